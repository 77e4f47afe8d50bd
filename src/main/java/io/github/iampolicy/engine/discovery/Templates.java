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

import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the template syntax ("Template syntax" in src/site/markdown/rules/index.md) to every string scalar of a tree.
 */
final class Templates {

    private Templates() {}

    static Node resolve(Node n) {
        if (n instanceof ScalarNode s) {
            return s.type() == ScalarNode.Type.STRING ? s.withValue(Values.resolveTemplate(s.raw())) : s;
        }
        if (n instanceof ArrayNode a) {
            List<Node> out = new ArrayList<>(a.size());
            a.elements().forEach(e -> out.add(resolve(e)));
            return new ArrayNode(a.location(), a.tag(), out);
        }
        ObjectNode o = (ObjectNode) n;
        List<ObjectNode.Member> out = new ArrayList<>(o.members().size());
        o.members().forEach(m -> out.add(new ObjectNode.Member(m.key(), m.keyLocation(), resolve(m.value()))));
        return new ObjectNode(o.location(), o.tag(), out);
    }
}
