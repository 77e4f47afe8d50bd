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
package io.github.iampolicy.engine.rules;

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;

/**
 * A rule that judges a policy as a whole (statements against each other, or the document around them), over
 * the same {@link AnalyzedPolicy} the statement rules share.
 */
public interface PolicyRule extends Rule {

    /** Reports the problems of the policy through {@link PolicyContext#report}. */
    void visitPolicy(AnalyzedPolicy policy, PolicyContext context);

    @Override
    default void check(PolicyContext context) {
        visitPolicy(context.analysis(), context);
    }
}
