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
import java.util.List;
import java.util.regex.Pattern;

/** The blocks of a body read by {@link HclReader}, with their labels unwrapped. */
public final class HclBlocks {

    /** One block: {@code type "label" ... { body }}, located at its type name. */
    public record Block(String type, List<String> labels, Location location, ObjectNode body) {

        public Block {
            labels = List.copyOf(labels);
        }

        public String label(int i) {
            return i < labels.size() ? labels.get(i) : null;
        }
    }

    private HclBlocks() {}

    /** Every block of {@code body}, in order. */
    public static List<Block> of(ObjectNode body) {
        List<Block> out = new ArrayList<>();
        for (ObjectNode.Member m : body.members()) {
            Block b = block(m);
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The blocks of {@code body} of type {@code type}, and the {@code content} of each {@code dynamic "type"}
     * block that does not use its iterator: the block a toggle such as {@code for_each = var.on ? [1] : []}
     * produces, read as if it were on. Content built from the iterator's values is left out: what it holds is
     * known only to Terraform, and a guessed shape would be judged as if it were written.
     */
    public static List<Block> named(ObjectNode body, String type) {
        List<Block> out = new ArrayList<>();
        for (Block b : of(body)) {
            if (b.type().equals(type) && b.labels().isEmpty()) {
                out.add(b);
            } else if (b.type().equals("dynamic") && type.equals(b.label(0))) {
                String iterator = b.body().get("iterator") instanceof ScalarNode i ? i.raw() : type;
                for (Block content : of(b.body())) {
                    if (content.type().equals("content") && !uses(content.body(), iterator)) {
                        out.add(new Block(type, List.of(), b.location(), content.body()));
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code n} refers to the dynamic block iterator {@code iterator} ({@code iterator.value}, {@code .key}). */
    private static boolean uses(Node n, String iterator) {
        return uses(n, Pattern.compile("\\b" + Pattern.quote(iterator) + "\\s*\\.\\s*(value|key)\\b"));
    }

    private static boolean uses(Node n, Pattern reference) {
        if (n instanceof ObjectNode o) {
            return o.members().stream().anyMatch(m -> uses(m.value(), reference));
        }
        if (n instanceof ArrayNode a) {
            return a.elements().stream().anyMatch(e -> uses(e, reference));
        }
        return reference.matcher(((ScalarNode) n).raw()).find();
    }

    private static Block block(ObjectNode.Member m) {
        List<String> labels = new ArrayList<>();
        Node v = m.value();
        while (v instanceof ObjectNode o && !HclReader.BLOCK.equals(o.tag())) {
            if (o.members().size() != 1 || o.tag() != null) {
                return null;
            }
            labels.add(o.members().get(0).key());
            v = o.members().get(0).value();
        }
        return v instanceof ObjectNode body ? new Block(m.key(), labels, m.keyLocation(), body) : null;
    }
}
