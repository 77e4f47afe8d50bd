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

import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a template condition's value says about the parameters it tests, so that a branch of an {@code Fn::If} is
 * not read with a parameter {@code Default} the condition rules out there: under {@code HasKey} written
 * {@code !Not [!Equals [!Ref Key, ""]]}, {@code Key} is some value other than {@code ""}, never its default
 * {@code ""}. {@code Fn::Equals}, {@code Fn::Not}, {@code Fn::And}, {@code Fn::Or} and {@code Condition} over
 * {@code Ref}s of parameters and literal values are understood; anything else leaves the defaults as they are.
 */
final class CfnConditions {

    /** Deeper nesting of conditions through {@code Condition} is not followed (it also stops a cycle). */
    private static final int MAX_DEPTH = 16;

    private final Map<String, Node> conditions;

    CfnConditions(ObjectNode template) {
        Map<String, Node> c = new HashMap<>();
        if (template.get("Conditions") instanceof ObjectNode conds) {
            for (ObjectNode.Member m : conds.distinctMembers()) {
                c.put(m.key(), m.value());
            }
        }
        this.conditions = Map.copyOf(c);
    }

    /**
     * The parameter values where condition {@code name} is {@code value}: {@code defaults} with a parameter fixed
     * to the literal it must equal, and without a default the condition excludes.
     */
    Map<String, Node> assume(String name, boolean value, Map<String, Node> defaults) {
        if (!conditions.containsKey(name)) {
            return defaults;
        }
        Map<String, Node> out = new HashMap<>(defaults);
        assume(conditions.get(name), value, out, 0);
        return Map.copyOf(out);
    }

    private void assume(Node cond, boolean value, Map<String, Node> values, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String ref = conditionRef(cond);
        if (ref != null) {
            Node body = conditions.get(ref);
            if (body != null) {
                assume(body, value, values, depth + 1);
            }
            return;
        }
        CfnIntrinsics.Intrinsic fn = CfnIntrinsics.intrinsic(cond);
        List<Node> args = fn != null && fn.argument() instanceof ArrayNode a ? a.elements() : null;
        if (args == null) {
            return;
        }
        switch (fn.name()) {
            case "Fn::Not" -> {
                if (args.size() == 1) {
                    assume(args.get(0), !value, values, depth + 1);
                }
            }
            case "Fn::And", "Fn::Or" -> {
                if (value == fn.name().equals("Fn::And")) {
                    // every operand has this value: each one says something on its own
                    args.forEach(a -> assume(a, value, values, depth + 1));
                } else {
                    excludeIfContradicted(cond, value, values);
                }
            }
            case "Fn::Equals" -> equals(args, value, values);
            default -> {}
        }
    }

    private static void equals(List<Node> args, boolean value, Map<String, Node> values) {
        if (args.size() != 2) {
            return;
        }
        String param = parameter(args.get(0));
        Node literal = args.get(1);
        if (param == null) {
            param = parameter(args.get(1));
            literal = args.get(0);
        }
        if (param == null || !(literal instanceof ScalarNode lit) || CfnIntrinsics.intrinsic(literal) != null) {
            return;
        }
        if (value) {
            values.put(param, lit);
        } else if (values.get(param) instanceof ScalarNode def && def.value().equals(lit.value())) {
            values.remove(param); // some value other than the literal: unknown, and not the default
        }
    }

    /** Where the operands cannot be told apart, parameters whose defaults give the other value become unknown. */
    private void excludeIfContradicted(Node cond, boolean value, Map<String, Node> values) {
        Boolean actual = evaluate(cond, values, 0);
        if (actual != null && actual != value) {
            Set<String> used = new java.util.HashSet<>();
            parameters(cond, used, 0);
            used.forEach(values::remove);
        }
    }

    /** The value of {@code cond} with the parameters' current values, {@code null} when it is not known. */
    private Boolean evaluate(Node cond, Map<String, Node> values, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        String ref = conditionRef(cond);
        if (ref != null) {
            Node body = conditions.get(ref);
            return body == null ? null : evaluate(body, values, depth + 1);
        }
        CfnIntrinsics.Intrinsic fn = CfnIntrinsics.intrinsic(cond);
        List<Node> args = fn != null && fn.argument() instanceof ArrayNode a ? a.elements() : null;
        if (args == null) {
            return null;
        }
        switch (fn.name()) {
            case "Fn::Not": {
                Boolean v = args.size() == 1 ? evaluate(args.get(0), values, depth + 1) : null;
                return v == null ? null : !v;
            }
            case "Fn::And":
            case "Fn::Or": {
                boolean and = fn.name().equals("Fn::And");
                boolean unknown = false;
                for (Node a : args) {
                    Boolean v = evaluate(a, values, depth + 1);
                    if (v == null) {
                        unknown = true;
                    } else if (v != and) {
                        return v; // false decides an And, true an Or
                    }
                }
                return unknown ? null : and;
            }
            case "Fn::Equals": {
                String left = args.size() == 2 ? text(args.get(0), values) : null;
                String right = args.size() == 2 ? text(args.get(1), values) : null;
                return left == null || right == null ? null : left.equals(right);
            }
            default:
                return null;
        }
    }

    private static String text(Node n, Map<String, Node> values) {
        String param = parameter(n);
        if (param != null) {
            return values.get(param) instanceof ScalarNode s ? s.value() : null;
        }
        return n instanceof ScalarNode s && CfnIntrinsics.intrinsic(n) == null ? s.value() : null;
    }

    private void parameters(Node cond, Set<String> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        String param = parameter(cond);
        String ref = conditionRef(cond);
        CfnIntrinsics.Intrinsic fn = CfnIntrinsics.intrinsic(cond);
        if (param != null) {
            out.add(param);
        } else if (ref != null && conditions.get(ref) != null) {
            parameters(conditions.get(ref), out, depth + 1);
        } else if (fn != null && fn.argument() instanceof ArrayNode a) {
            a.elements().forEach(e -> parameters(e, out, depth + 1));
        }
    }

    /** The template parameter {@code n} is a {@code Ref} of, not a pseudo parameter; else {@code null}. */
    private static String parameter(Node n) {
        CfnIntrinsics.Intrinsic fn = CfnIntrinsics.intrinsic(n);
        if (fn != null && fn.name().equals("Ref") && fn.argument() instanceof ScalarNode s) {
            String name = s.value().trim();
            return name.startsWith("AWS::") ? null : name;
        }
        return null;
    }

    /** The condition {@code {"Condition": name}} or {@code !Condition name} names, else {@code null}. */
    private static String conditionRef(Node n) {
        Node arg = null;
        if ("!Condition".equals(n.tag())) {
            arg = n;
        } else if (n instanceof ObjectNode o
                && o.members().size() == 1
                && o.members().get(0).key().equals("Condition")) {
            arg = o.members().get(0).value();
        }
        return arg instanceof ScalarNode s ? s.value().trim() : null;
    }
}
