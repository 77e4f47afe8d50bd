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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.ManagedPolicyAttachment;
import java.util.function.Consumer;

/**
 * A rule about the managed policies a template attaches by ARN, whose documents are not in the project (AWS
 * managed policies). The scanner hands it every {@link ManagedPolicyAttachment} of a file.
 */
public interface AttachmentRule extends Rule {

    /** Reports the problems of one attachment, at the configured severity, through {@code out}. */
    void check(ManagedPolicyAttachment attachment, RuleSettings settings, Consumer<Finding> out);

    /** An attachment rule reads no policy document: policies give it nothing to report. */
    @Override
    default void check(PolicyContext context) {}
}
