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
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates CloudFormation intrinsic functions, long ({@code {"Fn::Sub": ...}}) and short ({@code !Sub}) forms,
 * as far as a static check can ("CloudFormation" in src/site/markdown/rules/index.md).
 *
 * <p>Evaluating a node yields its <em>alternatives</em>: none for {@code AWS::NoValue}, one normally, several
 * when {@code Fn::If} is involved, because both branches are checked. In a list the alternatives are spliced
 * in; as a member value several alternatives become one array (an array branch contributes its elements);
 * inside a string ({@code Fn::Sub}, {@code Fn::Join}) they multiply into several strings.
 *
 * <p>{@code Fn::Sub} strings are CloudFormation syntax, so the placeholder rule of the template syntax is not applied
 * to their result: every {@code ${Name}} is already a reference that Sub itself resolves (a parameter default or
 * an unknown value, the same outcome as a placeholder), and {@code ${!Name}} must stay the literal
 * {@code ${Name}} that CloudFormation sends to IAM. The other two escapes of the template syntax, which CloudFormation
 * does not know, apply to Sub's literal text: {@code $${x}} is read like {@code ${!x}}, and {@code &{aws:x}}
 * is {@code ${aws:x}}. Plain strings get the full template syntax.
 *
 * <p>An evaluated intrinsic becomes a string scalar at the intrinsic's location whose {@code raw} is the
 * display form of its result, so rules reading {@code raw} never see CloudFormation syntax.
 */
final class CfnResolver {

    /**
     * Pseudo parameters naming where the stack is deployed: one account, partition and region, unknown here but
     * never several. Each is one unknown value, the same wherever it is read (whole or inside {@code Fn::Sub}),
     * never a wildcard: a wildcard would make {@code arn:${AWS::Partition}:iam::${AWS::AccountId}:user/x} look
     * like every account's users, and read as a principal, like everyone.
     */
    private static final Set<String> DEPLOYMENT = Set.of("AWS::AccountId", "AWS::Partition", "AWS::Region");

    private static final String NO_VALUE = "AWS::NoValue";

    /** The value each parameter has where this resolver reads: its default, or what the conditions allow. */
    private final Map<String, Node> defaults;
    /** Template conditions fixed to one value: their {@code Fn::If} yields only that branch. */
    private final Map<String, Boolean> chosen;

    private final CfnConditions conditions;

    CfnResolver(ObjectNode template) {
        this(template, Map.of());
    }

    CfnResolver(ObjectNode template, Map<String, Boolean> chosen) {
        // in the caller's order: assumptions are applied one after the other, and where the combination
        // contradicts itself the order decides the values, so it must not vary between runs as Map.copyOf's does
        this.chosen = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(chosen));
        Map<String, Node> d = new HashMap<>();
        if (template.get("Parameters") instanceof ObjectNode params) {
            for (ObjectNode.Member m : params.distinctMembers()) {
                if (m.value() instanceof ObjectNode p
                        && p.get("Default") instanceof ScalarNode def
                        && def.type() != ScalarNode.Type.NULL) {
                    d.put(m.key(), def);
                }
            }
        }
        this.conditions = new CfnConditions(template);
        Map<String, Node> values = Map.copyOf(d);
        for (Map.Entry<String, Boolean> c : this.chosen.entrySet()) {
            values = conditions.assume(c.getKey(), c.getValue(), values);
        }
        this.defaults = values;
    }

    private CfnResolver(CfnResolver outer, Map<String, Node> defaults) {
        this.chosen = outer.chosen;
        this.conditions = outer.conditions;
        this.defaults = defaults;
    }

    /** This resolver inside the branch of {@code Fn::If} where {@code condition} is {@code value}. */
    private CfnResolver where(String condition, boolean value) {
        Map<String, Node> values = conditions.assume(condition, value, defaults);
        return values.equals(defaults) ? this : new CfnResolver(this, values);
    }

    /** The single value of {@code n} resolved; several alternatives become an array, none {@code null}. */
    Node resolveValue(Node n) {
        return combine(resolve(n), n.location());
    }

    /** Every alternative of {@code n}. */
    List<Node> resolve(Node n) {
        CfnIntrinsics.Intrinsic fn = CfnIntrinsics.intrinsic(n);
        if (fn != null) {
            return evaluate(fn);
        }
        if (n instanceof ScalarNode s) {
            return List.of(s.type() == ScalarNode.Type.STRING ? s.withValue(Values.resolveTemplate(s.raw())) : s);
        }
        if (n instanceof ArrayNode a) {
            List<Node> out = new ArrayList<>();
            for (Node e : a.elements()) {
                out.addAll(resolve(e));
            }
            return List.of(new ArrayNode(a.location(), a.tag(), out));
        }
        ObjectNode o = (ObjectNode) n;
        List<ObjectNode.Member> out = new ArrayList<>(o.members().size());
        for (ObjectNode.Member m : o.members()) {
            Node v = combine(resolve(m.value()), m.value().location());
            if (v != null) {
                out.add(new ObjectNode.Member(m.key(), m.keyLocation(), v));
            }
        }
        return List.of(new ObjectNode(o.location(), o.tag(), out));
    }

    private static Node combine(List<Node> alternatives, Location at) {
        if (alternatives.isEmpty()) {
            return null;
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        List<Node> flat = new ArrayList<>();
        for (Node a : alternatives) {
            if (a instanceof ArrayNode arr) {
                flat.addAll(arr.elements());
            } else {
                flat.add(a);
            }
        }
        return new ArrayNode(at, null, flat);
    }

    private List<Node> evaluate(CfnIntrinsics.Intrinsic fn) {
        Location at = fn.at();
        switch (fn.name()) {
            case "Ref": {
                String name = fn.argument() instanceof ScalarNode s ? s.value().trim() : null;
                if (name == null) {
                    return List.of(CfnTexts.unknown(at, "Ref"));
                }
                if (name.equals(NO_VALUE)) {
                    return List.of();
                }
                return CfnTexts.strings(at, reference(name, true));
            }
            case "Fn::Sub":
                return sub(fn);
            case "Fn::Join":
                return join(fn);
            case "Fn::If": {
                if (!(fn.argument() instanceof ArrayNode args) || args.size() != 3) {
                    return List.of(CfnTexts.unknown(at, "Fn::If"));
                }
                String condition =
                        args.get(0) instanceof ScalarNode c ? c.value().trim() : null;
                Boolean value = condition == null ? null : chosen.get(condition);
                if (value != null) {
                    return resolve(args.get(value ? 1 : 2));
                }
                if (condition == null) {
                    List<Node> out = new ArrayList<>(resolve(args.get(1)));
                    out.addAll(resolve(args.get(2)));
                    return out;
                }
                List<Node> out = new ArrayList<>(where(condition, true).resolve(args.get(1)));
                out.addAll(where(condition, false).resolve(args.get(2)));
                return out;
            }
            case "Fn::GetAtt": {
                String hint = fn.argument() instanceof ScalarNode s
                        ? s.value()
                        : fn.argument() instanceof ArrayNode a
                                ? String.join(".", CfnIntrinsics.scalarTexts(a))
                                : "GetAtt";
                return List.of(CfnTexts.unknown(at, hint));
            }
            case "Fn::Transform": {
                // a macro's output: named after the macro, as people know it (AWS::Include, String, their own)
                String macro = fn.argument() instanceof ObjectNode o
                                && o.get("Name") instanceof ScalarNode n
                                && n.type() == ScalarNode.Type.STRING
                        ? n.value().trim().replace("::", "-")
                        : "unnamed";
                return List.of(CfnTexts.unknown(at, "macro." + macro));
            }
            default:
                // Fn::ImportValue, Fn::Select, Fn::Split, Fn::FindInMap, Fn::Base64, ...: known only at deploy time.
                // Two of them are one unknown only when they read the same thing: the semantic check gives equal
                // hints equal values. The hint is what the template wrote, never where: it shows in messages and
                // in fingerprint subjects, which must survive moved lines
                String name = fn.name().replace("Fn::", "");
                return List.of(CfnTexts.unknown(
                        at,
                        fn.argument() instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING
                                ? name + "." + s.value()
                                : CfnIntrinsics.hint(name + "." + CfnIntrinsics.reads(fn.argument()))));
        }
    }

    /**
     * The strings a reference stands for. Unless {@code ref} (a {@code Ref}, not a {@code ${...}} inside
     * {@code Fn::Sub}), a name with {@code :} that is not an {@code AWS::} pseudo parameter is a policy variable
     * such as {@code ${aws:username}}, kept literally.
     */
    private List<String> reference(String name, boolean ref) {
        if (DEPLOYMENT.contains(name)) {
            return List.of(Values.unknown(name.replace("::", ".")));
        }
        if (name.startsWith("AWS::")) {
            // AWS::StackName, AWS::URLSuffix, ...: named ${AWS.StackName} as the pseudo parameters above are
            return List.of(Values.unknown(name.replace("::", ".")));
        }
        if (!ref && name.indexOf(':') >= 0) {
            return List.of("${" + name + "}");
        }
        Node def = defaults.get(name);
        if (def instanceof ScalarNode s) {
            return List.of(s.type() == ScalarNode.Type.STRING ? Values.resolveTemplate(s.raw()) : s.value());
        }
        return List.of(Values.unknown(name));
    }

    private List<Node> sub(CfnIntrinsics.Intrinsic fn) {
        Node arg = fn.argument();
        String template;
        Map<String, List<String>> vars = new HashMap<>();
        if (arg instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            template = s.raw();
        } else if (arg instanceof ArrayNode a
                && a.size() >= 1
                && a.get(0) instanceof ScalarNode s
                && s.type() == ScalarNode.Type.STRING) {
            template = s.raw();
            if (a.size() > 1 && a.get(1) instanceof ObjectNode map) {
                for (ObjectNode.Member m : map.distinctMembers()) {
                    vars.put(m.key(), CfnTexts.texts(resolve(m.value())));
                }
            }
        } else {
            return List.of(CfnTexts.unknown(fn.at(), "Fn::Sub"));
        }
        List<StringBuilder> results = CfnTexts.substitute(
                template,
                name -> vars.containsKey(name)
                        ? vars.get(name)
                        : name.indexOf('.') > 0 && !name.startsWith("AWS::") && name.indexOf(':') < 0
                                ? List.of(Values.unknown(name)) // ${Resource.Attribute}: Fn::GetAtt
                                : reference(name, false));
        List<Node> out = new ArrayList<>();
        for (StringBuilder r : results) {
            String v = r.toString();
            out.add(new ScalarNode(fn.at(), null, ScalarNode.Type.STRING, Values.display(v), v));
        }
        return out;
    }

    private List<Node> join(CfnIntrinsics.Intrinsic fn) {
        if (!(fn.argument() instanceof ArrayNode a)
                || a.size() != 2
                || !(a.get(0) instanceof ScalarNode delim)
                || !(a.get(1) instanceof ArrayNode parts)
                || CfnIntrinsics.intrinsic(parts) != null) {
            return List.of(CfnTexts.unknown(fn.at(), "Fn::Join"));
        }
        List<StringBuilder> results = new ArrayList<>(List.of(new StringBuilder()));
        boolean first = true;
        for (Node part : parts.elements()) {
            List<Node> alternatives = resolve(part);
            if (alternatives.isEmpty()) {
                continue; // AWS::NoValue drops the element
            }
            if (!first) {
                CfnTexts.appendAll(results, delim.value());
            }
            first = false;
            List<String> values = CfnTexts.texts(alternatives);
            if (values.size() > 1 && results.size() * values.size() > CfnTexts.MAX_ALTERNATIVES) {
                values = List.of(Values.unknown("Fn::Join"));
            }
            results = CfnTexts.product(results, values);
        }
        List<Node> out = new ArrayList<>();
        for (StringBuilder r : results) {
            String v = r.toString();
            out.add(new ScalarNode(fn.at(), null, ScalarNode.Type.STRING, Values.display(v), v));
        }
        return out;
    }
}
