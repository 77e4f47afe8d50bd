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

import dk.brics.automaton.Automaton;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.catalog.ResourceType;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counterexample shown: a resource a person would believe (the action's own ARN format filled with the
 * caller's name, a user ARN of another user), re-checked with the concrete evaluator before it is reported.
 */
final class WitnessFinder {

    private final ActionCatalog catalog;

    WitnessFinder(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    /** A readable member of {@code d}: an ARN of the action's own resource types first, then the shortest. */
    String witness(Automaton d, SemanticChecker.Atom atom, String u, boolean iam301) {
        List<String> hints = new ArrayList<>();
        String other = "bob".equalsIgnoreCase(u) ? "alice" : "bob";
        if (iam301) {
            for (String n : List.of(other, "carol", u == null ? "carol2" : u + "2")) {
                hints.add("arn:aws:iam::" + SemanticChecker.ACCOUNT + ":user/" + n);
            }
        } else {
            ActionInfo info = catalog.action(atom.key());
            if (info != null) {
                for (ActionInfo.ResourceRef ref : info.resourceTypes()) {
                    ResourceType t = catalog.resourceType(info.service(), ref.type());
                    if (t != null && t.arnFormat() != null) {
                        for (String n : List.of(u, other)) {
                            hints.add(fill(t.arnFormat(), n));
                        }
                    }
                }
            }
            hints.add("*");
        }
        for (String h : hints) {
            if (d.run(h)) {
                return h;
            }
        }
        for (Automaton pref : UserArns.preferences(iam301, u)) {
            String s = d.intersection(pref).getShortestExample(true);
            if (s != null) {
                return s;
            }
        }
        return d.getShortestExample(true);
    }

    private static String fill(String format, String name) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            int open = format.indexOf("${", i);
            if (open < 0) {
                b.append(format, i, format.length());
                break;
            }
            int close = format.indexOf('}', open);
            b.append(format, i, open);
            String v = format.substring(open + 2, close);
            b.append(
                    switch (v) {
                        case "Partition" -> "aws";
                        case "Region" -> "us-east-1";
                        case "Account" -> SemanticChecker.ACCOUNT;
                        default -> name;
                    });
            i = close + 1;
        }
        return b.toString();
    }

    /** Re-checks the witness with the concrete evaluator before it may be reported. */
    static CheckResult verify(
            RequestSpace run,
            SemanticChecker.Atom atom,
            String resource,
            Map<String, String> ctx,
            Unmodelled.Mode mode,
            List<Policy> reference,
            Request proto) {
        Request r = Request.of(atom.display(), resource, ctx);
        Evaluator.ConditionOracle oracle = oracle(run, mode);
        List<Policy> candidate = run.stmts.stream()
                .filter(s -> s.candidate)
                .map(s -> s.policy)
                .distinct()
                .toList();
        Decision c = Evaluator.evaluate(candidate, r, oracle);
        boolean ok = c.allowed();
        if (reference == null) {
            ok &= UserArns.namesOtherUser(resource, ctx.get("aws:username"));
        } else {
            ok &= !Evaluator.evaluate(reference, r, oracle).allowed();
        }
        if (!ok) {
            return new CheckResult.Unknown("internal: the counterexample " + atom.display() + " on " + resource
                    + " was not confirmed by the concrete evaluator");
        }
        List<String> assumptions = mode.lenient() ? assumptions(run, r) : List.of();
        return new CheckResult.Fail(
                new Counterexample(ctx.get("aws:username"), atom.display(), resource, withoutUser(ctx)),
                r,
                c,
                assumptions);
    }

    private static Map<String, String> withoutUser(Map<String, String> ctx) {
        Map<String, String> m = new LinkedHashMap<>(ctx);
        m.remove("aws:username");
        return m;
    }

    private static Evaluator.ConditionOracle oracle(RequestSpace run, Unmodelled.Mode mode) {
        // Statement records are re-read by the evaluator; their object nodes are the same instances
        Map<Object, RequestSpace.Stmt> by = new java.util.IdentityHashMap<>();
        run.stmts.forEach(s -> by.put(s.st.node(), s));
        return (st, i, c) -> {
            RequestSpace.Stmt s = by.get(st.node());
            if (s == null || !s.unmodelled.contains(i)) {
                return null;
            }
            return RequestSpace.assumed(s, i, mode);
        };
    }

    /**
     * The unmodelled conditions a lenient counterexample relies on: those of the statements whose action,
     * resource and modelled conditions match the request and whose assumed value helps it.
     */
    private static List<String> assumptions(RequestSpace run, Request r) {
        Evaluator.ConditionOracle modelledOnly = (st, i, c) -> null;
        Set<String> names = new LinkedHashSet<>();
        for (RequestSpace.Stmt s : run.stmts) {
            if (s.unmodelled.isEmpty()) {
                continue;
            }
            Evaluator.ConditionOracle skipUnmodelled = (st, i, c) ->
                    st.node() == s.st.node() && s.unmodelled.contains(i) ? Boolean.TRUE : modelledOnly.assume(st, i, c);
            if (Evaluator.applies(s.st, s.vars, r, skipUnmodelled)) {
                for (int i : s.unmodelled) {
                    Statement.Condition c = s.st.conditions().get(i);
                    names.add(c.operator() + " " + c.key());
                }
            }
        }
        return new ArrayList<>(names);
    }
}
