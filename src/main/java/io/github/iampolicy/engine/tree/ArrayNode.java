package io.github.iampolicy.engine.tree;

import java.util.List;

/** A JSON array or YAML sequence. */
public record ArrayNode(Location location, String tag, List<Node> elements) implements Node {

    public ArrayNode {
        elements = List.copyOf(elements);
    }

    public int size() {
        return elements.size();
    }

    public Node get(int i) {
        return elements.get(i);
    }

    @Override
    public String typeName() {
        return "array";
    }
}
