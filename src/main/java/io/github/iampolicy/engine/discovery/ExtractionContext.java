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
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.suppress.InlineSuppression;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.TreeReader;
import java.util.ArrayList;
import java.util.List;

/** What one extraction run over one file accumulates; confined to a single thread. */
final class ExtractionContext {

    final SourceFile file;
    final String text;
    final TreeReader reader;
    /** Prefix of every policy path, for the documents of a multi-document YAML file ({@code [1].}). */
    String pathPrefix = "";
    /** Whom the identity policies found next apply to; set by the format's extractor around a resource. */
    Policy.Attachment attachment = Policy.Attachment.NONE;

    private String[] lines;
    private final List<Policy> policies = new ArrayList<>();
    private final List<FileProblem> problems = new ArrayList<>();
    private final List<InlineSuppression> suppressions = new ArrayList<>();
    private final List<ManagedPolicyAttachment> attachments = new ArrayList<>();

    ExtractionContext(SourceFile file, String text, TreeReader reader) {
        this.file = file;
        this.text = text;
        this.reader = reader;
    }

    void policy(String policyPath, PolicyKind kind, ObjectNode document, int sizeChars) {
        policy(policyPath, kind, document, sizeChars, Policy.Branches.NONE);
    }

    void policy(String policyPath, PolicyKind kind, ObjectNode document, int sizeChars, Policy.Branches branches) {
        // a trust or resource policy is no permission of the principal that holds it
        Policy.Attachment a = kind.isIdentity() ? attachment : Policy.Attachment.NONE;
        policies.add(new Policy(file.relativePath(), path(policyPath), kind, document, sizeChars, branches, a));
    }

    /** The policy path as reported: prefixed by the document index in a multi-document YAML file. */
    String path(String policyPath) {
        if (pathPrefix.isEmpty() || policyPath.isEmpty()) {
            return pathPrefix.isEmpty() ? policyPath : pathPrefix.substring(0, pathPrefix.length() - 1);
        }
        return pathPrefix + policyPath;
    }

    /** A managed policy attached by ARN to a principal of kind {@code principal} ({@code user}, ...). */
    void attachment(String path, Location at, String principal, String arn) {
        attachments.add(new ManagedPolicyAttachment(file.relativePath(), path(path), at, principal, arn));
    }

    void suppressions(List<InlineSuppression> found) {
        suppressions.addAll(found);
    }

    void problem(Location at, String message, boolean policyLike) {
        problem(at, message, policyLike, false);
    }

    void problem(Location at, String message, boolean policyLike, boolean limit) {
        problems.add(new FileProblem(at, message, policyLike, limit));
    }

    /** A policy the plugin cannot see without a tool rendering it first: an IAM001 note, not an error. */
    void unevaluated(Location at, String message) {
        problems.add(new FileProblem(at, message, false, false, true));
    }

    /** Line {@code n} (1-based) of the file without its line end, or {@code null} past the end. */
    String line(int n) {
        if (lines == null) {
            lines = text.split("\r\n|\r|\n", -1);
        }
        return n >= 1 && n <= lines.length ? lines[n - 1] : null;
    }

    ExtractedFile result() {
        return new ExtractedFile(file, policies, problems, suppressions, attachments);
    }
}
