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
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The principals of one CloudFormation template that each identity policy applies to
 * ({@link Policy.Attachment}): a user, group or role's own {@code Policies}, the {@code Users}, {@code Groups} and
 * {@code Roles} of an {@code AWS::IAM::Policy} or {@code AWS::IAM::ManagedPolicy}, and the managed policies a
 * principal lists in {@code ManagedPolicyArns} by {@code Ref}. A principal is keyed by its logical id, so that
 * {@code !Ref Developer} and the {@code Developer} resource meet; a literal name meets the resource of that
 * {@code UserName}, {@code GroupName} or {@code RoleName}.
 */
final class CfnPrincipals {

    private static final Map<String, String> KINDS =
            Map.of("AWS::IAM::User", "user", "AWS::IAM::Group", "group", "AWS::IAM::Role", "role");
    private static final Map<String, String> LISTS = Map.of("Users", "user", "Groups", "group", "Roles", "role");

    private final CfnResolver resolver;
    /** {@code user-name:alice} to {@code user:Developer} when the resource Developer is named alice. */
    private final Map<String, String> byName = new HashMap<>();
    /** Managed policy logical id to the principals that list it in {@code ManagedPolicyArns}. */
    private final Map<String, Set<String>> managed = new HashMap<>();

    CfnPrincipals(ObjectNode resources, CfnResolver resolver) {
        this.resolver = resolver;
        for (ObjectNode.Member m : resources.distinctMembers()) {
            String kind = m.value() instanceof ObjectNode r && r.string("Type") != null
                    ? KINDS.get(r.string("Type").trim())
                    : null;
            if (kind == null || !(((ObjectNode) m.value()).get("Properties") instanceof ObjectNode props)) {
                continue;
            }
            String self = kind + ":" + m.key();
            String nameKey = kind.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.substring(1) + "Name";
            String name = literal(props.get(nameKey));
            if (name != null) {
                byName.put(kind + "-name:" + name, self);
            }
            if (props.get("ManagedPolicyArns") instanceof ArrayNode arns) {
                for (Node e : arns.elements()) {
                    String ref = ref(e);
                    if (ref != null) {
                        managed.computeIfAbsent(ref, k -> new LinkedHashSet<>()).add(self);
                    }
                }
            }
        }
    }

    /** The attachment of the inline {@code Policies} of a user, group or role resource. */
    Policy.Attachment own(String logicalId, String type) {
        String kind = KINDS.get(type);
        return kind == null ? Policy.Attachment.NONE : new Policy.Attachment(Set.of(kind + ":" + logicalId), true);
    }

    /**
     * The attachment of an {@code AWS::IAM::Policy} ({@code inline}) or {@code AWS::IAM::ManagedPolicy}: the
     * principals it names, and for a managed policy those that list it.
     */
    Policy.Attachment named(String logicalId, ObjectNode props, boolean inline) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, String> list : LISTS.entrySet()) {
            Node n = props.get(list.getKey());
            if (n == null) {
                continue;
            }
            if (n instanceof ArrayNode a && n.tag() == null) {
                for (Node e : a.elements()) {
                    out.add(key(list.getValue(), e));
                }
            } else {
                out.add(unknown(n)); // a list built by an intrinsic: nobody knows whom it names
            }
        }
        if (!inline) {
            out.addAll(managed.getOrDefault(logicalId, Set.of()));
        }
        return out.isEmpty() ? Policy.Attachment.NONE : new Policy.Attachment(out, inline);
    }

    private String key(String kind, Node e) {
        String ref = ref(e);
        if (ref != null) {
            return kind + ":" + ref;
        }
        String name = literal(e);
        if (name == null) {
            return unknown(e);
        }
        return byName.getOrDefault(kind + "-name:" + name, kind + "-name:" + name);
    }

    private static String unknown(Node n) {
        return "?" + n.location();
    }

    private String literal(Node n) {
        Node v = n == null ? null : resolver.resolveValue(n);
        return v instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING && !Values.hasUnknown(s.value())
                ? s.value()
                : null;
    }

    /** The logical id {@code n} refers to with {@code Ref}, or {@code null}. */
    static String ref(Node n) {
        if (n instanceof ScalarNode s && "!Ref".equals(s.tag())) {
            return s.value();
        }
        if (n instanceof ObjectNode o
                && o.members().size() == 1
                && o.members().get(0).key().equals("Ref")
                && o.members().get(0).value() instanceof ScalarNode s
                && s.tag() == null) {
            return s.value();
        }
        return null;
    }
}
