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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One policy document found in a file.
 *
 * @param file       path relative to the project base directory, with {@code /} separators
 * @param policyPath where the document sits inside the file, e.g.
 *                   {@code Resources.SelfServicePolicy.Properties.PolicyDocument}; empty for a whole-file policy
 * @param kind       what the container says the policy is attached to
 * @param document   the document, with template values already resolved
 * @param sizeChars  non-whitespace characters of the document as AWS would receive it, or -1 when unknown
 * @param branches   the template conditions ({@code Fn::If}) the document depends on, and the document for
 *                   each combination of them; {@link Branches#NONE} when it depends on none
 * @param attachment the principals of the same file the policy applies to, {@link Attachment#NONE} when the
 *                   file does not say
 */
public record Policy(
        String file,
        String policyPath,
        PolicyKind kind,
        ObjectNode document,
        int sizeChars,
        Branches branches,
        Attachment attachment) {

    public Policy(String file, String policyPath, PolicyKind kind, ObjectNode document, int sizeChars) {
        this(file, policyPath, kind, document, sizeChars, Branches.NONE, Attachment.NONE);
    }

    public Policy(
            String file, String policyPath, PolicyKind kind, ObjectNode document, int sizeChars, Branches branches) {
        this(file, policyPath, kind, document, sizeChars, branches, Attachment.NONE);
    }

    public Policy withAttachment(Attachment a) {
        return new Policy(file, policyPath, kind, document, sizeChars, branches, a);
    }

    /**
     * Who a policy applies to, as far as its file says. Keys name principals within the file, e.g.
     * {@code user:Developer} (a CloudFormation logical id) or {@code user-name:alice}; a principal the file
     * names only through an unknown value gets a key of its own, so that it matches no other.
     *
     * @param principals the principals' keys
     * @param complete   whether these are all principals the policy can ever apply to: true for an inline
     *                   policy, false for a managed policy, which may be attached elsewhere too
     */
    public record Attachment(Set<String> principals, boolean complete) {

        public static final Attachment NONE = new Attachment(Set.of(), false);

        public Attachment {
            principals = Set.copyOf(principals);
        }

        /**
         * Whether {@code other} applies to every caller of this policy: then its Deny statements bind each
         * request this policy allows, as AWS evaluates all policies of a principal together.
         */
        public boolean alwaysWith(Attachment other) {
            return complete && !principals.isEmpty() && other.principals.containsAll(principals);
        }
    }

    /**
     * The document per combination of template conditions. {@link #document} reads every branch at once (what
     * the pattern rules check); the semantic rules check each combination.
     *
     * @param conditions the condition names, in the template's order
     * @param variants   one entry per combination; empty when there were too many to enumerate or the document
     *                   has a shape that cannot be split, so that no verdict may rest on the union
     */
    public record Branches(List<String> conditions, List<Variant> variants) {

        public static final Branches NONE = new Branches(List.of(), List.of());

        public Branches {
            conditions = List.copyOf(conditions);
            variants = List.copyOf(variants);
        }
    }

    /** The document as deployed when each template condition takes the given value. */
    public record Variant(Map<String, Boolean> values, ObjectNode document) {

        public Variant {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }
}
