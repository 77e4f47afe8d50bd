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

import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement read leniently from its node: what analysis needs, with the elements' locations. Elements of
 * the wrong JSON type are left out here; IAM003 reports them from the node.
 *
 * @param index       position in the {@code Statement} list (0 for a single-object statement)
 * @param label       the Sid, or {@code Statement[i]} ({@code Statement} for a single object) when there is none
 * @param effect      the {@code Effect} text, or {@code null}
 * @param action      string entries of {@code Action}, or {@code null} when absent
 * @param notAction   string entries of {@code NotAction}, or {@code null}
 * @param resource    string entries of {@code Resource}, or {@code null}
 * @param notResource string entries of {@code NotResource}, or {@code null}
 * @param conditions  each operator/key pair of {@code Condition}
 */
public record Statement(
        int index,
        String label,
        ObjectNode node,
        String sid,
        String effect,
        List<ScalarNode> action,
        List<ScalarNode> notAction,
        List<ScalarNode> resource,
        List<ScalarNode> notResource,
        boolean hasPrincipal,
        List<Condition> conditions) {

    /** One operator, one key, its values (strings, booleans or numbers, all as text). */
    public record Condition(
            String operator, Location operatorLocation, String key, Location keyLocation, List<ScalarNode> values) {

        /** The values' resolved texts. */
        public List<String> texts() {
            return values.stream().map(ScalarNode::value).toList();
        }
    }

    public boolean isAllow() {
        return "Allow".equals(effect);
    }

    public boolean isDeny() {
        return "Deny".equals(effect);
    }

    public Location location() {
        return node.location();
    }

    /** The action entries in force: {@code Action}, else {@code NotAction}; never null. */
    public List<ScalarNode> actionEntries() {
        return action != null ? action : notAction != null ? notAction : List.of();
    }

    /** The resource entries in force: {@code Resource}, else {@code NotResource}; never null. */
    public List<ScalarNode> resourceEntries() {
        return resource != null ? resource : notResource != null ? notResource : List.of();
    }

    /** Location of the element {@code key} of this statement, or the statement's own. */
    public Location locationOf(String key) {
        ObjectNode.Member m = node.member(key);
        return m == null ? node.location() : m.value().location();
    }

    /** The statements of a policy document: an object, or the objects of an array. */
    public static List<Statement> of(ObjectNode document) {
        Node st = document.get("Statement");
        List<Statement> out = new ArrayList<>();
        if (st instanceof ObjectNode o) {
            out.add(read(0, "Statement", o));
        } else if (st instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof ObjectNode o) {
                    out.add(read(i, "Statement[" + i + "]", o));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Statement read(int index, String position, ObjectNode o) {
        String sid = o.get("Sid") instanceof ScalarNode s && s.type() != ScalarNode.Type.NULL ? s.value() : null;
        String label = sid != null && !sid.isEmpty() ? sid : position;
        String effect = o.get("Effect") instanceof ScalarNode s ? s.value() : null;
        List<Condition> conditions = new ArrayList<>();
        if (o.get("Condition") instanceof ObjectNode c) {
            for (ObjectNode.Member op : c.distinctMembers()) {
                if (op.value() instanceof ObjectNode keys) {
                    for (ObjectNode.Member k : keys.distinctMembers()) {
                        conditions.add(new Condition(
                                op.key(), op.keyLocation(), k.key(), k.keyLocation(), scalars(k.value(), true)));
                    }
                }
            }
        }
        return new Statement(
                index,
                label,
                o,
                sid,
                effect,
                strings(o.get("Action")),
                strings(o.get("NotAction")),
                strings(o.get("Resource")),
                strings(o.get("NotResource")),
                o.has("Principal") || o.has("NotPrincipal"),
                List.copyOf(conditions));
    }

    private static List<ScalarNode> strings(Node n) {
        return n == null ? null : scalars(n, false);
    }

    private static List<ScalarNode> scalars(Node n, boolean anyScalar) {
        List<ScalarNode> out = new ArrayList<>();
        if (n instanceof ScalarNode s) {
            if (anyScalar ? s.type() != ScalarNode.Type.NULL : s.type() == ScalarNode.Type.STRING) {
                out.add(s);
            }
        } else if (n instanceof ArrayNode a) {
            for (Node e : a.elements()) {
                if (e instanceof ScalarNode s
                        && (anyScalar ? s.type() != ScalarNode.Type.NULL : s.type() == ScalarNode.Type.STRING)) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }
}
