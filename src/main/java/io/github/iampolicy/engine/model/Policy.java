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
package io.github.iampolicy.engine.model;

import io.github.iampolicy.engine.tree.ObjectNode;

/**
 * One policy document found in a file.
 *
 * @param file       path relative to the project base directory, with {@code /} separators
 * @param policyPath where the document sits inside the file, e.g.
 *                   {@code Resources.SelfServicePolicy.Properties.PolicyDocument}; empty for a whole-file policy
 * @param kind       what the container says the policy is attached to
 * @param document   the document, with template values already resolved
 * @param sizeChars  non-whitespace characters of the document as AWS would receive it, or -1 when unknown
 */
public record Policy(String file, String policyPath, PolicyKind kind, ObjectNode document, int sizeChars) {}
