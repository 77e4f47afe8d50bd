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
package io.github.iampolicy.engine.semantic;

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.text.PolicyTextLexer;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The safest and loosest bounds of policies with open values ({@link OpenValues}): copies of the documents,
 * positions kept, with each open entry replaced by {@code *}-wide text or by a text that matches nothing.
 */
final class Bounds {

    private Bounds() {}

    /** A text that matches nothing, for either the checker or the evaluator. */
    static final String NOTHING = Values.unknown("nothing");

    /**
     * Every statement as wide as its open values can make it, whatever its effect; read from the statements
     * of {@code analysed}, in their order, so the statements of the result line up with them.
     */
    static Policy widest(AnalyzedPolicy analysed) {
        Policy p = analysed.policy();
        boolean vars = Evaluator.variablesEnabled(p);
        List<Node> out = new ArrayList<>();
        for (AnalyzedStatement s : analysed.statements()) {
            ObjectNode o = s.statement().node();
            for (String key : List.of("Action", "NotAction", "Resource", "NotResource")) {
                if (o.get(key) != null) {
                    o = replace(o, key, entries(o.get(key), vars && key.endsWith("Resource"), !key.startsWith("Not")));
                }
            }
            out.add(o);
        }
        ObjectNode doc =
                replace(p.document(), "Statement", new ArrayNode(p.document().location(), null, out));
        return new Policy(p.file(), p.policyPath(), p.kind(), doc, p.sizeChars());
    }

    static boolean isOpenEffect(String effect) {
        return !effect.equals("Allow") && !effect.equals("Deny") && Values.hasUnknown(effect);
    }

    /** A resource entry's reason to be open other than an unknown value, or {@code null}. */
    static String variable(String v, boolean vars) {
        if (Values.hasUnknown(v)) {
            return null;
        }
        String other = Languages.otherVariable(v, vars);
        if (other != null) {
            return "the policy variable " + other;
        }
        return vars && Languages.userCount(Languages.tokens(v, true)) > 1 ? "${aws:username} used twice" : null;
    }

    /**
     * The bound of {@code policies} ({@code null} stays {@code null}): {@code loose} lets every open entry
     * help the counterexample, otherwise none.
     */
    static List<Policy> bound(List<Policy> policies, boolean candidate, boolean loose) {
        if (policies == null) {
            return null;
        }
        List<Policy> out = new ArrayList<>();
        for (Policy p : policies) {
            boolean vars = Evaluator.variablesEnabled(p);
            ObjectNode doc = p.document();
            Node st = doc.get("Statement");
            Node bounded = st instanceof ObjectNode o
                    ? statement(o, vars, candidate, loose)
                    : st instanceof ArrayNode a ? array(a, vars, candidate, loose) : st;
            out.add(new Policy(p.file(), p.policyPath(), p.kind(), replace(doc, "Statement", bounded), p.sizeChars()));
        }
        return out;
    }

    private static ArrayNode array(ArrayNode a, boolean vars, boolean candidate, boolean loose) {
        List<Node> out = new ArrayList<>();
        for (Node n : a.elements()) {
            out.add(n instanceof ObjectNode o ? statement(o, vars, candidate, loose) : n);
        }
        return new ArrayNode(a.location(), a.tag(), out);
    }

    private static ObjectNode statement(ObjectNode o, boolean vars, boolean candidate, boolean loose) {
        String effect = o.string("Effect");
        ObjectNode out = o;
        if (effect != null && isOpenEffect(effect)) {
            // an Allow lets requests through in the candidate, a Deny in the reference (it shrinks the bar)
            effect = loose == candidate ? "Allow" : "Deny";
            out = replace(out, "Effect", ((ScalarNode) o.get("Effect")).withValue(effect));
        }
        boolean helps = candidate == "Allow".equals(effect);
        for (String key : List.of("Action", "NotAction", "Resource", "NotResource")) {
            Node n = o.get(key);
            if (n == null) {
                continue;
            }
            boolean entryHelps = key.startsWith("Not") != helps;
            boolean widen = loose == entryHelps;
            boolean resource = key.endsWith("Resource");
            out = replace(out, key, entries(n, vars && resource, widen));
        }
        return out;
    }

    private static Node entries(Node n, boolean vars, boolean widen) {
        if (n instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            return s.withValue(entry(s.value(), vars, widen));
        }
        if (n instanceof ArrayNode a) {
            List<Node> out = new ArrayList<>();
            for (Node e : a.elements()) {
                out.add(e instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING ? entries(s, vars, widen) : e);
            }
            return new ArrayNode(a.location(), a.tag(), out);
        }
        return n;
    }

    /** An entry with its open parts as {@code *} (widen) or as a text matching nothing. */
    static String entry(String v, boolean vars, boolean widen) {
        boolean open = Values.hasUnknown(v) || variable(v, vars) != null;
        if (!open) {
            return v;
        }
        if (!widen) {
            return NOTHING;
        }
        String w = Values.replaceUnknown(v, "*");
        if (!vars) {
            return w;
        }
        // other variables (and a second ${aws:username}) read as any text
        StringBuilder b = new StringBuilder();
        boolean user = false;
        for (PolicyTextLexer.Token t : PolicyTextLexer.lex(w)) {
            if (!t.isBraced()) {
                b.append(t.text());
                continue;
            }
            boolean isUser = t.name().equalsIgnoreCase("aws:username");
            b.append(t.kind() == PolicyTextLexer.Kind.ESCAPE || isUser && !user ? t.text() : "*");
            user |= isUser;
        }
        return b.toString();
    }

    static ObjectNode replace(ObjectNode o, String key, Node value) {
        List<ObjectNode.Member> out = new ArrayList<>();
        for (ObjectNode.Member m : o.members()) {
            out.add(m.key().equals(key) ? new ObjectNode.Member(key, m.keyLocation(), value) : m);
        }
        return new ObjectNode(o.location(), o.tag(), out);
    }
}
