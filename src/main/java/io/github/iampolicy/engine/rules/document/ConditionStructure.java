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
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;

/**
 * IAM003's checks of a statement's {@code Condition}: an object of known operators, each an object of keys whose
 * values are scalars or lists of them, and {@code Null} only with {@code true} or {@code false}.
 */
final class ConditionStructure {

    private final StructureReport out;

    ConditionStructure(StructureReport out) {
        this.out = out;
    }

    void check(Node c, String name, Statement s) {
        if (!(c instanceof ObjectNode co)) {
            out.report(
                    c.location(),
                    s,
                    "Condition",
                    name + " \"Condition\" is " + Describe.node(c)
                            + "; it must be an object of operators, such as {\"Bool\": {\"aws:SecureTransport\": "
                            + "\"true\"}}.");
            return;
        }
        for (ObjectNode.Member op : co.distinctMembers()) {
            if (!ConditionOperators.isKnown(op.key())) {
                out.report(
                        op.keyLocation(),
                        s,
                        op.key(),
                        name + " uses the unknown condition operator \""
                                + op.key() + "\"; AWS rejects the policy. Use a documented operator such as "
                                + "StringEquals, StringLike, Bool, BoolIfExists, NumericLessThan, DateGreaterThan, "
                                + "IpAddress, ArnLike or Null (optionally with ForAllValues:/ForAnyValue: and IfExists).");
            }
            if (!(op.value() instanceof ObjectNode keys)) {
                out.report(
                        op.value().location(),
                        s,
                        op.key(),
                        name + " condition \"" + op.key() + "\" is "
                                + Describe.node(op.value())
                                + "; it must be an object of condition keys and values, "
                                + "such as {\"aws:MultiFactorAuthPresent\": \"true\"}.");
                continue;
            }
            for (ObjectNode.Member k : keys.distinctMembers()) {
                conditionValue(k.value(), name + " condition " + op.key() + " \"" + k.key() + "\"", k.key(), s);
                if (op.key().equalsIgnoreCase("Null")) {
                    nullValues(k.value(), name + " condition Null \"" + k.key() + "\"", k.key(), s);
                }
            }
        }
    }

    private void conditionValue(Node v, String what, String key, Statement s) {
        if (v instanceof ArrayNode a) {
            if (a.size() == 0) {
                out.report(
                        a.location(),
                        s,
                        key,
                        what + " has an empty list of values; it matches nothing. " + "Give at least one value.");
            }
            for (Node e : a.elements()) {
                if (!isConditionScalar(e)) {
                    out.report(
                            e.location(),
                            s,
                            key,
                            what + " has " + Describe.node(e) + " in its values; condition "
                                    + "values must be strings, booleans or numbers.");
                }
            }
        } else if (!isConditionScalar(v)) {
            out.report(
                    v.location(),
                    s,
                    key,
                    what + " is " + Describe.node(v) + "; condition values must be strings, "
                            + "booleans or numbers, or a list of them.");
        }
    }

    /**
     * AWS documents only {@code true} (the key is absent) and {@code false} (present) for {@code Null};
     * any other value never holds, so the condition silently disables its statement.
     */
    private void nullValues(Node v, String what, String key, Statement s) {
        List<Node> values = v instanceof ArrayNode a ? a.elements() : List.of(v);
        for (Node e : values) {
            if (e instanceof ScalarNode sn
                    && sn.type() != ScalarNode.Type.NULL
                    && !Values.hasUnknown(sn.value())
                    && !sn.value().equalsIgnoreCase("true")
                    && !sn.value().equalsIgnoreCase("false")) {
                out.report(
                        e.location(),
                        s,
                        key,
                        what + " has the value \"" + sn.value() + "\"; Null takes only \"true\" (the key is "
                                + "absent) or \"false\" (the key is present), any other value never holds.");
            }
        }
    }

    private static boolean isConditionScalar(Node n) {
        return n instanceof ScalarNode sn && sn.type() != ScalarNode.Type.NULL;
    }
}
