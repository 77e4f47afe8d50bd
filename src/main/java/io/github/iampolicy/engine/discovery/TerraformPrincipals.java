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

import io.github.iampolicy.engine.hcl.HclBlocks;
import io.github.iampolicy.engine.hcl.HclFile;
import io.github.iampolicy.engine.hcl.HclReader;
import io.github.iampolicy.engine.hcl.HclTemplate;
import io.github.iampolicy.engine.hcl.HclValues;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The principals of one Terraform file that each identity policy applies to ({@link Policy.Attachment}):
 * {@code aws_iam_user_policy} and its group and role forms name theirs, an {@code aws_iam_policy} gets those of
 * the attachments that name it by reference, and an {@code aws_iam_policy_document} those of the resources
 * whose {@code policy} it is. A principal is keyed by its resource address ({@code user:aws_iam_user.dev}); a
 * literal name meets the resource of that {@code name}.
 */
final class TerraformPrincipals {

    private static final Map<String, String> INLINE =
            Map.of("aws_iam_user_policy", "user", "aws_iam_group_policy", "group", "aws_iam_role_policy", "role");
    private static final Map<String, String> ATTACHMENTS = Map.of(
            "aws_iam_user_policy_attachment", "user",
            "aws_iam_group_policy_attachment", "group",
            "aws_iam_role_policy_attachment", "role");
    private static final Map<String, String> LISTS = Map.of("users", "user", "groups", "group", "roles", "role");
    private static final Map<String, String> PRINCIPALS =
            Map.of("aws_iam_user", "user", "aws_iam_group", "group", "aws_iam_role", "role");
    private static final Pattern PRINCIPAL_REF =
            Pattern.compile("(aws_iam_(?:user|group|role))\\.([A-Za-z_][A-Za-z0-9_-]*)\\.(?:name|id|arn|unique_id)");
    private static final Pattern POLICY_REF =
            Pattern.compile("aws_iam_policy\\.([A-Za-z_][A-Za-z0-9_-]*)\\.(?:arn|id)");

    private final HclFile hcl;
    private final Map<String, String> byName = new HashMap<>();
    /** {@code aws_iam_policy} name to the principals its attachments name. */
    private final Map<String, Set<String>> managed = new HashMap<>();
    /** {@code aws_iam_policy_document} name to the attachment of the resources it is the policy of. */
    private final Map<String, Policy.Attachment> documents = new HashMap<>();

    TerraformPrincipals(HclFile hcl, List<HclBlocks.Block> blocks) {
        this.hcl = hcl;
        for (HclBlocks.Block b : resources(blocks)) {
            String kind = PRINCIPALS.get(b.label(0));
            String name = kind == null ? null : literal(b.body().get("name"));
            if (name != null) {
                byName.put(kind + "-name:" + name, kind + ":" + b.label(0) + "." + b.label(1));
            }
        }
        for (HclBlocks.Block b : resources(blocks)) {
            String policy = reference(b.body().get("policy_arn"), POLICY_REF);
            if (policy == null) {
                continue;
            }
            Set<String> to = managed.computeIfAbsent(policy, k -> new LinkedHashSet<>());
            String kind = ATTACHMENTS.get(b.label(0));
            if (kind != null) {
                to.add(key(kind, b.body().get(kind)));
            } else if (b.label(0).equals("aws_iam_policy_attachment")) {
                LISTS.forEach((list, k) -> keys(k, b.body().get(list), to));
            }
        }
        for (HclBlocks.Block b : resources(blocks)) {
            Node v = b.body().get("policy");
            String doc = v == null ? null : HclValues.documentReference(hcl, v);
            if (doc != null) {
                Policy.Attachment a = of(b);
                documents.merge(doc, a, (x, y) -> {
                    Set<String> all = new LinkedHashSet<>(x.principals());
                    all.addAll(y.principals());
                    return new Policy.Attachment(all, x.complete() && y.complete());
                });
            }
        }
    }

    private static List<HclBlocks.Block> resources(List<HclBlocks.Block> blocks) {
        return blocks.stream()
                .filter(b -> b.type().equals("resource") && b.labels().size() == 2)
                .toList();
    }

    /** The attachment of the policy a resource block holds. */
    Policy.Attachment of(HclBlocks.Block b) {
        String kind = INLINE.get(b.label(0));
        if (kind != null) {
            return new Policy.Attachment(Set.of(key(kind, b.body().get(kind))), true);
        }
        Set<String> to = b.label(0).equals("aws_iam_policy") ? managed.get(b.label(1)) : null;
        return to == null ? Policy.Attachment.NONE : new Policy.Attachment(to, false);
    }

    /** The attachment of a policy document, through the resources whose policy it is. */
    Policy.Attachment document(String name) {
        return documents.getOrDefault(name, Policy.Attachment.NONE);
    }

    private void keys(String kind, Node list, Set<String> out) {
        if (list instanceof ArrayNode a && a.tag() == null) {
            a.elements().forEach(e -> out.add(key(kind, e)));
        } else if (list != null) {
            out.add("?" + list.location());
        }
    }

    private String key(String kind, Node v) {
        if (v == null) {
            return "?";
        }
        Matcher m = expression(v) == null
                ? null
                : PRINCIPAL_REF.matcher(expression(v).trim());
        if (m != null && m.matches() && kind.equals(PRINCIPALS.get(m.group(1)))) {
            return kind + ":" + m.group(1) + "." + m.group(2);
        }
        String name = literal(v);
        if (name == null) {
            return "?" + v.location(); // a value only Terraform knows: it meets no other principal
        }
        return byName.getOrDefault(kind + "-name:" + name, kind + "-name:" + name);
    }

    private String reference(Node v, Pattern p) {
        String e = v == null ? null : expression(v);
        Matcher m = e == null ? null : p.matcher(e.trim());
        return m != null && m.matches() ? m.group(1) : null;
    }

    /** A bare reference or the only interpolation of a string, or {@code null}. */
    private String expression(Node v) {
        if (v instanceof ScalarNode s && (HclReader.REF.equals(s.tag()) || HclReader.EXPR.equals(s.tag()))) {
            return s.raw();
        }
        HclTemplate t = v instanceof ScalarNode s && s.tag() == null ? hcl.template(s.location()) : null;
        return t == null ? null : t.soleInterpolation();
    }

    private static String literal(Node v) {
        Node j = v == null ? null : HclValues.toJson(v);
        return j instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING && !Values.hasUnknown(s.value())
                ? s.value()
                : null;
    }
}
