/*
 * Copyright 2026 The iam-policy-maven-plugin authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.iampolicy.engine.rules.semantic;

import io.github.iampolicy.engine.rules.Rule;
import java.util.List;

/** The semantic rules IAM301, IAM302 and IAM303, in id order. IAM301 and IAM302 apply to identity policies only; IAM303
 * to resource policies too. */
public final class SemanticRules {

    public static final List<Rule> ALL =
            List.of(new OtherUserAccessRule(), new ExceedsReferenceRule(), new ForbiddenAccessRule());

    private SemanticRules() {}
}
