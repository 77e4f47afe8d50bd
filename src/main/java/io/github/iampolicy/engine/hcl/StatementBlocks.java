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
package io.github.iampolicy.engine.hcl;

import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code statement} block of an {@code aws_iam_policy_document} rendered as the JSON statement the AWS
 * provider makes of it. Apart from {@link PolicyDocuments} because the merge of documents and the rendering of
 * a block's attributes change for different reasons (provider merge semantics, attribute names).
 */
final class StatementBlocks {

    private static final List<List<String>> LISTS = List.of(
            List.of("actions", "Action"),
            List.of("not_actions", "NotAction"),
            List.of("resources", "Resource"),
            List.of("not_resources", "NotResource"));

    private StatementBlocks() {}

    static ObjectNode statement(HclBlocks.Block block) {
        ObjectNode body = block.body();
        List<ObjectNode.Member> members = new ArrayList<>();
        ObjectNode.Member sid = member(body, "sid", "Sid");
        if (sid != null) {
            members.add(sid);
        }
        ObjectNode.Member effect = member(body, "effect", "Effect");
        members.add(
                effect != null
                        ? effect
                        : new ObjectNode.Member(
                                "Effect", block.location(), ScalarNode.string(block.location(), "Allow")));
        for (List<String> list : LISTS) {
            ObjectNode.Member m = list(body, list.get(0), list.get(1));
            if (m != null) {
                members.add(m);
            }
        }
        principals(body, "principals", "Principal", members);
        principals(body, "not_principals", "NotPrincipal", members);
        conditions(body, members);
        return new ObjectNode(block.location(), null, members);
    }

    /** {@code principals { type = "AWS", identifiers = [...] }} blocks as one {@code Principal} object. */
    private static void principals(ObjectNode body, String type, String key, List<ObjectNode.Member> members) {
        List<HclBlocks.Block> blocks = HclBlocks.named(body, type);
        if (blocks.isEmpty()) {
            return;
        }
        Map<String, Grouped> byType = new LinkedHashMap<>();
        for (HclBlocks.Block b : blocks) {
            Node t = b.body().get("type");
            if (!(HclValues.documentString(t == null ? missing(b) : t) instanceof ScalarNode name)) {
                continue;
            }
            byType.computeIfAbsent(name.value(), k -> new Grouped(name.location()))
                    .add(b.body().get("identifiers"));
        }
        Location at = blocks.get(0).location();
        if (byType.size() == 1 && byType.containsKey("*") && byType.get("*").isOnly("*")) {
            members.add(new ObjectNode.Member(key, at, byType.get("*").values.get(0)));
            return;
        }
        List<ObjectNode.Member> types = new ArrayList<>();
        byType.forEach((name, g) -> types.add(new ObjectNode.Member(name, g.at, g.value())));
        members.add(new ObjectNode.Member(key, at, new ObjectNode(at, null, types)));
    }

    /** {@code condition { test, variable, values }} blocks as one {@code Condition} object. */
    private static void conditions(ObjectNode body, List<ObjectNode.Member> members) {
        List<HclBlocks.Block> blocks = HclBlocks.named(body, "condition");
        if (blocks.isEmpty()) {
            return;
        }
        Map<String, Map<String, Grouped>> byTest = new LinkedHashMap<>();
        Map<String, Location> testAt = new LinkedHashMap<>();
        for (HclBlocks.Block b : blocks) {
            Node test = HclValues.documentString(orMissing(b, "test"));
            Node variable = HclValues.documentString(orMissing(b, "variable"));
            if (!(test instanceof ScalarNode t) || !(variable instanceof ScalarNode v)) {
                continue;
            }
            testAt.putIfAbsent(t.value(), t.location());
            byTest.computeIfAbsent(t.value(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(v.value(), k -> new Grouped(v.location()))
                    .add(b.body().get("values"));
        }
        Location at = blocks.get(0).location();
        List<ObjectNode.Member> tests = new ArrayList<>();
        byTest.forEach((test, variables) -> {
            List<ObjectNode.Member> keys = new ArrayList<>();
            variables.forEach((name, g) -> keys.add(new ObjectNode.Member(name, g.at, g.value())));
            Location t = testAt.get(test);
            tests.add(new ObjectNode.Member(test, t, new ObjectNode(t, null, keys)));
        });
        members.add(new ObjectNode.Member("Condition", at, new ObjectNode(at, null, tests)));
    }

    private static Node orMissing(HclBlocks.Block b, String attribute) {
        Node n = b.body().get(attribute);
        return n == null ? missing(b) : n;
    }

    /** A required attribute that is missing: Terraform would reject the block; an empty string says so to rules. */
    private static Node missing(HclBlocks.Block b) {
        return ScalarNode.string(b.location(), "");
    }

    /** The values of several blocks or attributes gathered under one key. */
    private static final class Grouped {
        final Location at;
        final List<Node> values = new ArrayList<>();
        Location listAt;

        Grouped(Location at) {
            this.at = at;
        }

        void add(Node list) {
            if (list == null) {
                return;
            }
            if (listAt == null) {
                listAt = list.location();
            }
            if (list instanceof ArrayNode a && HclReader.function(a) == null) {
                a.elements().forEach(e -> values.add(HclValues.documentString(e)));
            } else {
                values.add(HclValues.documentString(list));
            }
        }

        boolean isOnly(String value) {
            return values.size() == 1 && values.get(0) instanceof ScalarNode s && value.equals(s.value());
        }

        Node value() {
            Location l = listAt == null ? at : listAt;
            return values.size() == 1 ? values.get(0) : new ArrayNode(l, null, values);
        }
    }

    /** A list attribute renamed, a single value rendered as itself; an empty list is left out as Terraform does. */
    private static ObjectNode.Member list(ObjectNode body, String attribute, String key) {
        ObjectNode.Member m = body.member(attribute);
        if (m == null) {
            return null;
        }
        Grouped g = new Grouped(m.value().location());
        g.add(m.value());
        return g.values.isEmpty() ? null : new ObjectNode.Member(key, m.keyLocation(), g.value());
    }

    /** A string attribute renamed. */
    static ObjectNode.Member member(ObjectNode body, String attribute, String key) {
        ObjectNode.Member m = body.member(attribute);
        return m == null ? null : new ObjectNode.Member(key, m.keyLocation(), HclValues.documentString(m.value()));
    }
}
