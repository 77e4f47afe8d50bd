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
package io.github.iampolicy.engine.rules;

import io.github.iampolicy.engine.text.PolicyTextLexer;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;

/** Finds policy variables ({@code ${aws:username}}, {@code ${aws:PrincipalTag/team}}) in a document. */
public final class PolicyVariables {

    private PolicyVariables() {}

    public static boolean usedIn(Node node) {
        if (node instanceof ScalarNode s) {
            return s.type() == ScalarNode.Type.STRING && containsVariable(s.value());
        }
        if (node instanceof ArrayNode a) {
            return a.elements().stream().anyMatch(PolicyVariables::usedIn);
        }
        ObjectNode o = (ObjectNode) node;
        return o.members().stream().anyMatch(m -> usedIn(m.value()));
    }

    /** True when {@code s} contains {@code ${name}} whose name has a {@code :} (a policy variable, not an escape). */
    public static boolean containsVariable(String s) {
        return PolicyTextLexer.hasVariable(s);
    }
}
