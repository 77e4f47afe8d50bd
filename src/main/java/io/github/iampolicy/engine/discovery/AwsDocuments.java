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

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Policy documents and the AWS API outputs that wrap them ("Shapes" in src/site/markdown/rules/index.md): a raw policy,
 * {@code PolicyVersion.Document} (GetPolicyVersion), a top-level {@code PolicyDocument} (Get{User,Group,Role}Policy),
 * and {@code get-account-authorization-details}. The raw API returns documents URL-encoded; they are decoded.
 */
final class AwsDocuments {

    private AwsDocuments() {}

    /**
     * A policy document: {@code Statement} is an object or an array that is empty or holds an object. A string
     * or number {@code Statement} (or an array of strings) belongs to some other format.
     */
    static boolean isPolicy(ObjectNode root) {
        Node statement = root.get("Statement");
        if (statement instanceof ObjectNode) {
            return true;
        }
        return statement instanceof ArrayNode a
                && (a.size() == 0 || a.elements().stream().anyMatch(Node::isObject));
    }

    static void policy(ExtractionContext ctx, ObjectNode root) {
        // A policy fragment meant to be merged into a template by a macro: its intrinsics are template values.
        ObjectNode doc = CfnIntrinsics.hasIntrinsic(root)
                ? (ObjectNode) new CfnResolver(root).resolveValue(root)
                : (ObjectNode) Templates.resolve(root);
        ctx.policy("", PolicyKind.IDENTITY, doc, PolicySize.of(doc));
    }

    /** The wrapped documents of {@code root}, if any. */
    static void wrappers(ExtractionContext ctx, ObjectNode root) {
        if (root.get("PolicyVersion") instanceof ObjectNode version && version.has("Document")) {
            document(ctx, version.get("Document"), "PolicyVersion.Document", PolicyKind.MANAGED);
        }
        if (root.has("PolicyDocument")) {
            // GetUserPolicy, GetGroupPolicy and GetRolePolicy name the principal beside the document.
            PolicyKind kind = root.has("UserName")
                    ? PolicyKind.INLINE_USER
                    : root.has("GroupName")
                            ? PolicyKind.INLINE_GROUP
                            : root.has("RoleName") ? PolicyKind.INLINE_ROLE : PolicyKind.IDENTITY;
            document(ctx, root.get("PolicyDocument"), "PolicyDocument", kind);
        }
        Map<String, Set<String>> attached = attached(root);
        inlineLists(ctx, root, "UserDetailList", "UserPolicyList", PolicyKind.INLINE_USER);
        inlineLists(ctx, root, "GroupDetailList", "GroupPolicyList", PolicyKind.INLINE_GROUP);
        inlineLists(ctx, root, "RoleDetailList", "RolePolicyList", PolicyKind.INLINE_ROLE);
        if (root.get("RoleDetailList") instanceof ArrayNode roles) {
            for (int i = 0; i < roles.size(); i++) {
                if (roles.get(i) instanceof ObjectNode role && role.has("AssumeRolePolicyDocument")) {
                    document(
                            ctx,
                            role.get("AssumeRolePolicyDocument"),
                            "RoleDetailList[" + i + "].AssumeRolePolicyDocument",
                            PolicyKind.TRUST);
                }
            }
        }
        if (root.get("Policies") instanceof ArrayNode managed) {
            for (int i = 0; i < managed.size(); i++) {
                if (managed.get(i) instanceof ObjectNode policy
                        && policy.get("PolicyVersionList") instanceof ArrayNode versions) {
                    ctx.attachment = managedAttachment(policy, attached);
                    defaultVersion(ctx, policy, versions, "Policies[" + i + "].PolicyVersionList");
                    ctx.attachment = Policy.Attachment.NONE;
                }
            }
        }
    }

    private static void inlineLists(
            ExtractionContext ctx, ObjectNode root, String list, String policies, PolicyKind kind) {
        if (!(root.get(list) instanceof ArrayNode entries)) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof ObjectNode entry && entry.get(policies) instanceof ArrayNode inline) {
                ctx.attachment = new Policy.Attachment(Set.of(principal(list, i, entry)), true);
                for (int j = 0; j < inline.size(); j++) {
                    if (inline.get(j) instanceof ObjectNode p && p.has("PolicyDocument")) {
                        document(
                                ctx,
                                p.get("PolicyDocument"),
                                list + "[" + i + "]." + policies + "[" + j + "].PolicyDocument",
                                kind);
                    }
                }
                ctx.attachment = Policy.Attachment.NONE;
            }
        }
    }

    private static final Map<String, String> DETAIL_LISTS =
            Map.of("UserDetailList", "UserName", "GroupDetailList", "GroupName", "RoleDetailList", "RoleName");

    /**
     * The key of a principal of an authorization-details file ({@link Policy.Attachment}): its name, which is
     * unique per kind in an account, or its position.
     */
    private static String principal(String list, int i, ObjectNode entry) {
        String name = entry.string(DETAIL_LISTS.get(list));
        return list + ":" + (name != null ? name : "[" + i + "]");
    }

    /** Managed policy ARN to the principals whose {@code AttachedManagedPolicies} list it. */
    private static Map<String, Set<String>> attached(ObjectNode root) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String list : new TreeSet<>(DETAIL_LISTS.keySet())) {
            if (!(root.get(list) instanceof ArrayNode entries)) {
                continue;
            }
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) instanceof ObjectNode entry
                        && entry.get("AttachedManagedPolicies") instanceof ArrayNode policies) {
                    for (Node p : policies.elements()) {
                        String arn = p instanceof ObjectNode o ? o.string("PolicyArn") : null;
                        if (arn != null) {
                            out.computeIfAbsent(arn, k -> new LinkedHashSet<>()).add(principal(list, i, entry));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * A managed policy applies to the principals that list it; they are all of them when the file lists as
     * many as its {@code AttachmentCount} says (a whole account's details), otherwise it may be attached
     * elsewhere too.
     */
    private static Policy.Attachment managedAttachment(ObjectNode policy, Map<String, Set<String>> attached) {
        String arn = policy.string("Arn");
        Set<String> to = arn == null ? Set.of() : attached.getOrDefault(arn, Set.of());
        String count = policy.get("AttachmentCount") instanceof ScalarNode c ? c.value() : null;
        return new Policy.Attachment(
                to, !to.isEmpty() && String.valueOf(to.size()).equals(count));
    }

    /** Only the default version of a managed policy is in force; older versions are history. */
    private static void defaultVersion(ExtractionContext ctx, ObjectNode policy, ArrayNode versions, String path) {
        String defaultId = policy.string("DefaultVersionId");
        for (int j = 0; j < versions.size(); j++) {
            if (versions.get(j) instanceof ObjectNode v && v.has("Document")) {
                boolean isDefault = v.get("IsDefaultVersion") instanceof ScalarNode flag
                        ? "true".equalsIgnoreCase(flag.value())
                        : defaultId != null && defaultId.equals(v.string("VersionId"));
                if (isDefault) {
                    document(ctx, v.get("Document"), path + "[" + j + "].Document", PolicyKind.MANAGED);
                }
            }
        }
    }

    private static void document(ExtractionContext ctx, Node n, String path, PolicyKind kind) {
        if (n instanceof ObjectNode o) {
            ObjectNode doc = (ObjectNode) Templates.resolve(o);
            ctx.policy(path, kind, doc, PolicySize.of(doc));
        } else if (n instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            EmbeddedPolicy.extract(ctx, s, s.raw(), EmbeddedPolicy.Mode.TEMPLATE, true, path, kind);
        }
    }
}
