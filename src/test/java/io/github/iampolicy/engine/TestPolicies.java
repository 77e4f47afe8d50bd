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
package io.github.iampolicy.engine;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link Policy} objects from JSON text for rule tests, resolving template syntax as discovery does. */
public final class TestPolicies {

    private static final TreeReader READER = new TreeReader();

    private TestPolicies() {}

    public static Policy policy(String json) {
        return policy(json, PolicyKind.IDENTITY);
    }

    public static Policy policy(String json, PolicyKind kind) {
        try {
            Node root = READER.read(json, TreeReader.Syntax.JSON).get(0);
            ObjectNode doc = (ObjectNode) resolve(root);
            int size =
                    (int) json.chars().filter(c -> !Character.isWhitespace(c)).count();
            return new Policy("test.json", "", kind, doc, size);
        } catch (TreeParseException e) {
            throw new IllegalArgumentException(e.getMessage() + " at " + e.location(), e);
        }
    }

    /** A one-statement identity policy (Version 2012-10-17) around the given statement JSON. */
    public static Policy statement(String statementJson) {
        return policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + statementJson + "]}");
    }

    static Node resolve(Node n) {
        if (n instanceof ScalarNode s) {
            return s.type() == ScalarNode.Type.STRING ? s.withValue(Values.resolveTemplate(s.raw())) : s;
        }
        if (n instanceof ArrayNode a) {
            List<Node> out = new ArrayList<>();
            a.elements().forEach(e -> out.add(resolve(e)));
            return new ArrayNode(a.location(), a.tag(), out);
        }
        ObjectNode o = (ObjectNode) n;
        List<ObjectNode.Member> out = new ArrayList<>();
        o.members().forEach(m -> out.add(new ObjectNode.Member(m.key(), m.keyLocation(), resolve(m.value()))));
        return new ObjectNode(o.location(), o.tag(), out);
    }
}
