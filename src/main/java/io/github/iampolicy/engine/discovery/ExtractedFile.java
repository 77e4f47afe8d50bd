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
package io.github.iampolicy.engine.discovery;

import io.github.iampolicy.engine.model.ManagedPolicyAttachment;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.suppress.InlineSuppression;
import java.util.List;

/** What one file held: its policies, the problems met while reading it, and the suppressions written in it. */
public record ExtractedFile(
        SourceFile file,
        List<Policy> policies,
        List<FileProblem> problems,
        List<InlineSuppression> suppressions,
        List<ManagedPolicyAttachment> attachments) {

    public ExtractedFile {
        policies = List.copyOf(policies);
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
        suppressions = List.copyOf(suppressions);
    }

    public ExtractedFile(
            SourceFile file, List<Policy> policies, List<FileProblem> problems, List<InlineSuppression> suppressions) {
        this(file, policies, problems, suppressions, List.of());
    }

    public ExtractedFile(SourceFile file, List<Policy> policies, List<FileProblem> problems) {
        this(file, policies, problems, List.of(), List.of());
    }
}
