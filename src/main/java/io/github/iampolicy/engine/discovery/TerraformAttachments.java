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
import io.github.iampolicy.engine.hcl.HclReader;
import io.github.iampolicy.engine.hcl.HclValues;
import io.github.iampolicy.engine.suppress.InlineSuppressions;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Managed policies a Terraform configuration attaches by ARN ({@link
 * io.github.iampolicy.engine.model.ManagedPolicyAttachment}): the {@code policy_arn} of
 * {@code aws_iam_user_policy_attachment} and its group and role forms and of {@code aws_iam_policy_attachment},
 * and the {@code managed_policy_arns} of {@code aws_iam_role}, in {@code *.tf} and {@code *.tf.json} alike. A
 * reference to {@code data.aws_iam_policy.x.arn} is the {@code arn} that data source is given in the same file.
 */
final class TerraformAttachments {

    private static final Map<String, String> SINGLE = Map.of(
            "aws_iam_user_policy_attachment", "user",
            "aws_iam_group_policy_attachment", "group",
            "aws_iam_role_policy_attachment", "role");
    private static final String SHARED = "aws_iam_policy_attachment";
    private static final String ROLE = "aws_iam_role";
    private static final Pattern DATA_REF = Pattern.compile("data\\.aws_iam_policy\\.([A-Za-z_][A-Za-z0-9_-]*)\\.arn");

    private TerraformAttachments() {}

    /** The attachments of the resource blocks of a {@code *.tf} file. */
    static void hcl(ExtractionContext ctx, List<HclBlocks.Block> blocks) {
        Map<String, String> data = new HashMap<>();
        for (HclBlocks.Block b : blocks) {
            if (b.type().equals("data") && b.labels().size() == 2 && b.label(0).equals("aws_iam_policy")) {
                String arn = hclText(b.body().get("arn"), Map.of());
                if (arn != null) {
                    data.put(b.label(1), arn);
                }
            }
        }
        for (HclBlocks.Block b : blocks) {
            if (b.type().equals("resource") && b.labels().size() == 2) {
                resource(ctx, b.label(0), b.body(), "resource." + b.label(0) + "." + b.label(1), v -> hclText(v, data));
            }
        }
    }

    /** The attachments of the {@code resource} objects of a {@code *.tf.json} configuration. */
    static void config(ExtractionContext ctx, ObjectNode root) {
        Map<String, String> data = new HashMap<>();
        Function<Node, String> literal = v -> jsonText(v, Map.of());
        each(root.get("data"), "data", "aws_iam_policy", (body, path) -> {
            String arn = literal.apply(body.get("arn"));
            if (arn != null) {
                data.put(path.substring(path.lastIndexOf('.') + 1), arn);
            }
        });
        for (String type : List.of(
                ROLE,
                SHARED,
                "aws_iam_user_policy_attachment",
                "aws_iam_group_policy_attachment",
                "aws_iam_role_policy_attachment")) {
            each(root.get("resource"), "resource", type, (body, path) -> {
                if (!Terraform.POLICIES.containsKey(type)) { // those read their own suppressions
                    ctx.suppressions(InlineSuppressions.terraform(ctx.file.relativePath(), ctx.path(path), body));
                }
                resource(ctx, type, body, path, v -> jsonText(v, data));
            });
        }
    }

    /** Whether resources of {@code type} attach managed policies by ARN. */
    static boolean attaches(String type) {
        return type.equals(ROLE) || type.equals(SHARED) || SINGLE.containsKey(type);
    }

    /** The attachments of a resource of a plan, whose values are rendered: the ARN as it will be deployed. */
    static void plan(ExtractionContext ctx, String type, ObjectNode values, String path) {
        resource(ctx, type, values, path, v -> jsonText(v, Map.of()));
    }

    /** Each body of a resource or data source of {@code type}, with its path ({@code resource.type.name}). */
    private static void each(Node blocks, String prefix, String type, BiConsumer<ObjectNode, String> action) {
        if (blocks == null) {
            return;
        }
        Terraform.objects(
                blocks,
                prefix,
                (block, blockPath) -> Terraform.objects(block.get(type), blockPath + "." + type, (named, typePath) -> {
                    for (ObjectNode.Member name : named.members()) {
                        Terraform.objects(name.value(), typePath + "." + name.key(), action);
                    }
                }));
    }

    private static void resource(
            ExtractionContext ctx, String type, ObjectNode body, String path, Function<Node, String> text) {
        if (type.equals(ROLE)) {
            if (body.get("managed_policy_arns") instanceof ArrayNode list && HclReader.function(list) == null) {
                for (int i = 0; i < list.size(); i++) {
                    add(ctx, path + ".managed_policy_arns[" + i + "]", list.get(i), "role", text);
                }
            }
            return;
        }
        String principal = SINGLE.get(type);
        if (type.equals(SHARED)) {
            principal = names(body, "users") ? "user" : names(body, "groups") ? "group" : "role";
        }
        if (principal != null) {
            add(ctx, path + ".policy_arn", body.get("policy_arn"), principal, text);
        }
    }

    /** Whether an {@code aws_iam_policy_attachment} names any principal of this list (the strictest kind wins). */
    private static boolean names(ObjectNode body, String list) {
        Node n = body.get(list);
        boolean none = n == null
                || (n instanceof ScalarNode s && s.type() == ScalarNode.Type.NULL) // a plan's unset list
                || (n instanceof ArrayNode a && HclReader.function(a) == null && a.size() == 0);
        return !none;
    }

    private static void add(ExtractionContext ctx, String path, Node v, String principal, Function<Node, String> text) {
        String arn = v == null ? null : text.apply(v);
        if (arn != null) {
            ctx.attachment(path, v.location(), principal, arn);
        }
    }

    /** An HCL value as text, unknown parts included; a {@code data.aws_iam_policy.x.arn} reference resolved. */
    private static String hclText(Node v, Map<String, String> data) {
        if (v instanceof ScalarNode s && (HclReader.REF.equals(s.tag()) || HclReader.EXPR.equals(s.tag()))) {
            Matcher m = DATA_REF.matcher(s.raw().trim());
            return m.matches() ? data.get(m.group(1)) : null;
        }
        Node j = v == null ? null : HclValues.toJson(v);
        return j instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING ? s.value() : null;
    }

    /** A JSON configuration string; {@code ${...}} stays as written, only its sole-reference form is resolved. */
    private static String jsonText(Node v, Map<String, String> data) {
        if (!(v instanceof ScalarNode s) || s.type() != ScalarNode.Type.STRING) {
            return null;
        }
        String raw = s.raw();
        if (raw.startsWith("${") && raw.endsWith("}")) {
            Matcher m = DATA_REF.matcher(raw.substring(2, raw.length() - 1).trim());
            if (m.matches()) {
                return data.get(m.group(1));
            }
        }
        return raw;
    }
}
