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
package io.github.iampolicy.engine.rules.document;

import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ScalarNode;

/** Shared wording of the document rules' messages, so that every rule names things the same way. */
final class Describe {

    private Describe() {}

    /** {@code Statement "Sid"} when the statement has a Sid, else its position {@code Statement[2]}. */
    static String statement(Statement s) {
        return s.sid() != null && !s.sid().isEmpty() ? "Statement \"" + s.sid() + "\"" : s.label();
    }

    /** {@code Statement "Sid"} or the position label, for a statement node without a {@link Statement}. */
    static String statement(String sid, String position) {
        return sid != null && !sid.isEmpty() ? "Statement \"" + sid + "\"" : position;
    }

    /** A string value as people read it: quoted, unknown tokens shown as {@code ${hint}}. */
    static String quoted(String value) {
        return "\"" + Values.display(value) + "\"";
    }

    /** A node for a message: a scalar's text (strings quoted), else its JSON type. */
    static String node(Node n) {
        if (n instanceof ScalarNode s) {
            return switch (s.type()) {
                case STRING -> "the string " + quoted(s.value());
                case NULL -> "null";
                default -> "the " + s.typeName() + " " + s.raw();
            };
        }
        return "an " + n.typeName();
    }
}
