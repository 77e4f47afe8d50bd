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
package io.github.iampolicy.engine.tree;

import io.github.iampolicy.engine.text.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the engine's unknown-value marks out of user text. The engine marks unknown values with two private-use
 * characters ({@link Values#START}, {@link Values#END}); written into a file, directly or as a JSON or YAML
 * escape, they would make a literal look unknown and dodge the rules.
 */
final class EngineMarks {

    private static final Pattern MARK_ESCAPE = Pattern.compile("\\\\(u|U0000)([eE]00[12])");

    private EngineMarks() {}

    /**
     * The marks and their escapes become U+FFFD, which matches in the rules what it matches in AWS, nothing.
     * Lengths are kept, so positions do not move.
     */
    static String reserve(String text) {
        String out = text;
        if (out.indexOf(Values.START) >= 0 || out.indexOf(Values.END) >= 0) {
            out = out.replace(Values.START, '\uFFFD').replace(Values.END, '\uFFFD');
        }
        if (out.indexOf('\\') >= 0) {
            out = MARK_ESCAPE.matcher(out).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group(1) + "FFFD"));
        }
        return out;
    }

    /**
     * A decoded string may still hold an escape of an engine mark meant for text parsed later (a policy in a
     * string), so each string of a tree read from a stream gets the treatment a whole file's text gets.
     */
    static Node reserveIn(Node n) {
        if (n instanceof ScalarNode s) {
            return s.type() == ScalarNode.Type.STRING
                    ? new ScalarNode(s.location(), s.tag(), s.type(), unmark(s.raw()), unmark(s.value()))
                    : s;
        }
        if (n instanceof ArrayNode a) {
            List<Node> out = new ArrayList<>(a.size());
            a.elements().forEach(e -> out.add(reserveIn(e)));
            return new ArrayNode(a.location(), a.tag(), out);
        }
        ObjectNode o = (ObjectNode) n;
        List<ObjectNode.Member> out = new ArrayList<>(o.members().size());
        o.members()
                .forEach(m -> out.add(new ObjectNode.Member(unmark(m.key()), m.keyLocation(), reserveIn(m.value()))));
        return new ObjectNode(o.location(), o.tag(), out);
    }

    private static String unmark(String s) {
        return s == null ? null : reserve(s);
    }
}
