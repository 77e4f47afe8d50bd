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

/**
 * Counts the non-whitespace characters of a policy as AWS would receive it (IAM010): the compact JSON of the
 * resolved document, every member kept (duplicates too, as they would be sent), unknown values shown as
 * {@code ${hint}} since their real length is unknown.
 */
final class PolicySize {

    private PolicySize() {}

    static int of(Node document) {
        int[] count = {0};
        count(document, count);
        return count[0];
    }

    /** Non-whitespace characters of an embedded policy string as written. */
    static int ofText(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static void count(Node n, int[] count) {
        if (n instanceof ObjectNode o) {
            count[0] += 2 + Math.max(0, o.members().size() - 1); // braces and commas
            for (ObjectNode.Member m : o.members()) {
                count[0] += quoted(m.key()) + 1; // key and colon
                count(m.value(), count);
            }
        } else if (n instanceof ArrayNode a) {
            count[0] += 2 + Math.max(0, a.size() - 1);
            a.elements().forEach(e -> count(e, count));
        } else {
            ScalarNode s = (ScalarNode) n;
            count[0] += s.type() == ScalarNode.Type.STRING ? quoted(Values.display(s.value())) : ofText(s.value());
        }
    }

    /** Length of the JSON string literal without its whitespace characters. */
    private static int quoted(String s) {
        int n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
                n += 2; // escaped: the escape sequence has no whitespace character
            } else if (c < 0x20) {
                n += 6;
            } else if (!Character.isWhitespace(c)) {
                n++;
            }
        }
        return n;
    }
}
