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

import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.suppress.InlineSuppressions;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Policies of Terraform JSON configurations ({@code *.tf.json}) and of plans ({@code terraform show -json})
 * ("Shapes" in src/site/markdown/rules/index.md).
 *
 * <p>In a configuration, the policy string is Terraform template text: every {@code ${...}} is an
 * interpolation (unknown value). A plan holds rendered values, in which {@code ${aws:username}} is the policy
 * variable itself; its strings only get the template syntax. Where a list index is needed to tell
 * two entries apart it is part of the policy path ({@code resource.aws_iam_policy.p[1].policy}); a single
 * entry wrapped in an array (common in generated JSON) gets none.
 */
final class Terraform {

    /** Resource type → (attribute → kind); shared with the HCL reading of {@code *.tf} files. */
    static final Map<String, Map<String, PolicyKind>> POLICIES = Map.of(
            "aws_iam_policy", Map.of("policy", PolicyKind.MANAGED),
            "aws_iam_user_policy", Map.of("policy", PolicyKind.INLINE_USER),
            "aws_iam_group_policy", Map.of("policy", PolicyKind.INLINE_GROUP),
            "aws_iam_role_policy", Map.of("policy", PolicyKind.INLINE_ROLE),
            "aws_iam_role", Map.of("assume_role_policy", PolicyKind.TRUST),
            "aws_s3_bucket_policy", Map.of("policy", PolicyKind.RESOURCE),
            "aws_kms_key", Map.of("policy", PolicyKind.RESOURCE),
            "aws_sqs_queue_policy", Map.of("policy", PolicyKind.RESOURCE),
            "aws_sns_topic_policy", Map.of("policy", PolicyKind.RESOURCE),
            "aws_ecr_repository_policy", Map.of("policy", PolicyKind.RESOURCE));

    /**
     * Policies in nested blocks: resource type → block type → (attribute → kind), e.g. the
     * {@code inline_policy} blocks of {@code aws_iam_role}; shared with the HCL reading.
     */
    static final Map<String, Map<String, Map<String, PolicyKind>>> NESTED =
            Map.of("aws_iam_role", Map.of("inline_policy", Map.of("policy", PolicyKind.INLINE_ROLE)));

    private Terraform() {}

    static void extractConfig(ExtractionContext ctx, ObjectNode root) {
        TerraformAttachments.config(ctx, root);
        Node resource = root.get("resource");
        if (resource == null) {
            return;
        }
        objects(resource, "resource", (block, blockPath) -> {
            for (ObjectNode.Member type : block.members()) {
                Map<String, PolicyKind> attributes = POLICIES.get(type.key());
                if (attributes == null) {
                    continue;
                }
                objects(type.value(), blockPath + "." + type.key(), (named, typePath) -> {
                    for (ObjectNode.Member name : named.members()) {
                        objects(name.value(), typePath + "." + name.key(), (body, bodyPath) -> {
                            ctx.suppressions(
                                    InlineSuppressions.terraform(ctx.file.relativePath(), ctx.path(bodyPath), body));
                            attributes(ctx, body, bodyPath, attributes, EmbeddedPolicy.Mode.TERRAFORM);
                            nested(ctx, type.key(), body, bodyPath, EmbeddedPolicy.Mode.TERRAFORM);
                        });
                    }
                });
            }
        });
    }

    /** Each object of {@code n}: itself, or the objects of an array (Terraform JSON allows both). */
    static void objects(Node n, String path, BiConsumer<ObjectNode, String> action) {
        if (n instanceof ObjectNode o) {
            action.accept(o, path);
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof ObjectNode o) {
                    action.accept(o, a.size() > 1 ? path + "[" + i + "]" : path);
                }
            }
        }
    }

    private static void attributes(
            ExtractionContext ctx,
            ObjectNode body,
            String path,
            Map<String, PolicyKind> attributes,
            EmbeddedPolicy.Mode mode) {
        attributes.keySet().stream().sorted().forEach(attribute -> {
            if (body.get(attribute) instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
                EmbeddedPolicy.extract(ctx, s, s.raw(), mode, false, path + "." + attribute, attributes.get(attribute));
            }
        });
    }

    /** A plan, recognised by content. */
    static boolean isPlan(ObjectNode root) {
        return root.get("planned_values") instanceof ObjectNode || root.get("resource_changes") instanceof ArrayNode;
    }

    /**
     * The planned values, child modules included; a resource missing there (e.g. planned only in
     * {@code resource_changes}) is taken from its change's {@code after}. Each address is reported once.
     */
    static void extractPlan(ExtractionContext ctx, ObjectNode root) {
        Set<String> seen = new HashSet<>();
        if (root.get("planned_values") instanceof ObjectNode planned
                && planned.get("root_module") instanceof ObjectNode module) {
            module(ctx, module, "planned_values.root_module", seen);
        }
        if (root.get("resource_changes") instanceof ArrayNode changes) {
            for (int i = 0; i < changes.size(); i++) {
                if (changes.get(i) instanceof ObjectNode change
                        && change.get("change") instanceof ObjectNode c
                        && c.get("after") instanceof ObjectNode after) {
                    resource(ctx, change, after, "resource_changes[" + i + "].change.after", seen);
                }
            }
        }
    }

    private static void module(ExtractionContext ctx, ObjectNode module, String path, Set<String> seen) {
        if (module.get("resources") instanceof ArrayNode resources) {
            for (int i = 0; i < resources.size(); i++) {
                if (resources.get(i) instanceof ObjectNode r && r.get("values") instanceof ObjectNode values) {
                    resource(ctx, r, values, path + ".resources[" + i + "].values", seen);
                }
            }
        }
        if (module.get("child_modules") instanceof ArrayNode children) {
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i) instanceof ObjectNode child) {
                    module(ctx, child, path + ".child_modules[" + i + "]", seen);
                }
            }
        }
    }

    /** Paths of plan policies are the resource address and attribute, e.g. {@code module.m.aws_iam_policy.p.policy}. */
    static void resource(
            ExtractionContext ctx, ObjectNode r, ObjectNode values, String fallbackPath, Set<String> seen) {
        String mode = r.string("mode");
        String type = r.string("type");
        // a plan written by hand (or by an attacker) may lack the type; Map.of lookups reject null keys
        Map<String, PolicyKind> attributes = type == null ? null : POLICIES.get(type);
        boolean attaches = type != null && TerraformAttachments.attaches(type);
        if ((attributes == null && !attaches) || (mode != null && !mode.equals("managed"))) {
            return;
        }
        String address = r.string("address");
        if (address != null && !seen.add(address)) {
            return;
        }
        String path = address != null ? address : fallbackPath;
        if (attaches) {
            TerraformAttachments.plan(ctx, type, values, path);
        }
        if (attributes == null) {
            return;
        }
        attributes(ctx, values, path, attributes, EmbeddedPolicy.Mode.TEMPLATE);
        nested(ctx, type, values, path, EmbeddedPolicy.Mode.TEMPLATE);
    }

    /** The policies of the nested blocks of a resource of type {@code type} ({@link #NESTED}). */
    private static void nested(
            ExtractionContext ctx, String type, ObjectNode body, String path, EmbeddedPolicy.Mode mode) {
        NESTED.getOrDefault(type, Map.of()).forEach((block, attributes) -> {
            if (body.get(block) != null) {
                objects(body.get(block), path + "." + block, (o, p) -> attributes(ctx, o, p, attributes, mode));
            }
        });
    }
}
