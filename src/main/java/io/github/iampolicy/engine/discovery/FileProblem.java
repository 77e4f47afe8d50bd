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

import io.github.iampolicy.engine.tree.Location;

/**
 * A file that could not be read or parsed, in whole or in part.
 *
 * @param policyLike  the file's text looks like a policy (see
 *                    src/site/markdown/rules/index.md: {@code "Statement"} or
 *                    {@code Statement:} together with {@code Effect} or {@code Action}); only then is a
 *                    parse problem an IAM001 error, otherwise the file is skipped with a debug line
 * @param limit       a configured bound (size, depth, length, aliases, documents) was exceeded
 * @param unevaluated the text is a policy only once a tool renders it (Terraform {@code %{ if }} directives),
 *                    so its syntax says nothing of the deployed policy: an IAM001 note that it was not checked
 */
public record FileProblem(Location location, String message, boolean policyLike, boolean limit, boolean unevaluated) {

    public FileProblem(Location location, String message, boolean policyLike, boolean limit) {
        this(location, message, policyLike, limit, false);
    }
}
