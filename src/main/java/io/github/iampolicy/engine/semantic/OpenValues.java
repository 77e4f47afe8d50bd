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
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values the checker cannot read exactly - unknown template values ({@link Values}: parameters without
 * default, imports, attributes, Terraform interpolations) and policy variables other than
 * {@code ${aws:username}} - as free variables of the request space, in every element of Allow and Deny.
 *
 * <p>The check runs on two bounds of the policies. The <em>safest</em> one fixes every open entry so that the
 * counterexample gets least: entries whose matching lets a request through (an Allow's {@code Action} and
 * {@code Resource}, a Deny's {@code NotAction} and {@code NotResource}, the reverse for the reference) match
 * nothing, the others match as if the value were {@code *}, and an unknown {@code Effect} is Deny (Allow in
 * the reference). Whatever the values are, each of them allows at least what the safest bound allows, so a
 * counterexample there holds for every value. The <em>loosest</em> bound is the mirror image and allows at
 * least what any values allow, so nothing found there means nothing for any value. In between, the
 * counterexample of the loosest bound suggests values ({@link Instances}), and a value is reported only when
 * the check of the policies instantiated with it confirms the counterexample. Unknown values are taken to
 * hold no {@code :} where they stand in the fields before an ARN's resource part.
 */
final class OpenValues {

    /** The check to bound: a closed policy set in, a verdict out. */
    interface Check {
        CheckResult run(List<AnalyzedPolicy> candidate, List<AnalyzedPolicy> reference);
    }

    /**
     * CloudFormation's deploying account and partition ({@code AWS::AccountId}, {@code AWS::Partition}): one
     * value each, that of the principals the stack creates, so the callers of the request space. Fixing them
     * makes {@code arn:${AWS::Partition}:iam::${AWS::AccountId}:user/x} decide as its literal counterpart does.
     * The region stays open: callers act in every region, not only the stack's.
     */
    private static final Map<String, String> DEPLOYMENT =
            Map.of("AWS.AccountId", SemanticChecker.ACCOUNT, "AWS.Partition", "aws");

    private OpenValues() {}

    /**
     * The verdict of {@code check} on the policies, their open values bounded; each bound and instance is
     * analysed once, by {@code analyses}.
     */
    static CheckResult decide(
            Analyses analyses, List<AnalyzedPolicy> candidate, List<AnalyzedPolicy> reference, Check check) {
        Set<String> hints = new LinkedHashSet<>();
        Set<String> variables = new LinkedHashSet<>();
        scan(candidate, hints, variables);
        scan(reference == null ? List.of() : reference, hints, variables);
        if (DEPLOYMENT.keySet().stream().anyMatch(hints::contains)) {
            candidate = analyses.of(Instances.apply(Analyses.policies(candidate), DEPLOYMENT));
            reference = analyses.of(Instances.apply(Analyses.policies(reference), DEPLOYMENT));
            hints.removeAll(DEPLOYMENT.keySet());
        }
        if (hints.isEmpty() && variables.isEmpty()) {
            return check.run(candidate, reference);
        }
        CheckResult safe = check.run(bound(analyses, candidate, true, false), bound(analyses, reference, false, false));
        if (safe instanceof CheckResult.Fail f) {
            List<String> names = display(involved(analyses, candidate, reference, f.request()));
            return f.with(new CheckResult.Unknowns(names, Map.of(), true));
        }
        CheckResult loose = check.run(bound(analyses, candidate, true, true), bound(analyses, reference, false, true));
        if (!(loose instanceof CheckResult.Fail f)) {
            return loose instanceof CheckResult.Pass ? safe : loose;
        }
        if (!variables.isEmpty()) {
            return new CheckResult.Unknown(variables.iterator().next()
                    + " is outside the decided fragment: it may open "
                    + f.counterexample().action() + " on " + f.counterexample().resource());
        }
        Set<String> open = involved(analyses, candidate, reference, f.request());
        Instances.Domain domain = Instances.domain(candidate, reference, f, open);
        CheckResult.Fail first = null;
        Map<String, String> firstValues = null;
        CheckResult.Fail opening = null;
        Map<String, String> openingValues = null;
        boolean every = domain.complete();
        for (Map<String, String> values : domain.combinations()) {
            // unknowns not involved in the suggestion stay bounded safest: a finding holds whatever they are
            CheckResult r = check.run(
                    analyses.of(Bounds.bound(Instances.apply(Analyses.policies(candidate), values), true, false)),
                    analyses.of(Bounds.bound(Instances.apply(Analyses.policies(reference), values), false, false)));
            if (r instanceof CheckResult.Fail g) {
                if (first == null) {
                    first = g;
                    firstValues = values;
                }
                if (opening == null && g.assumptions().isEmpty()) {
                    opening = g;
                    openingValues = values;
                }
                every &= g.assumptions().isEmpty();
            } else {
                every = false;
            }
        }
        if (every && opening != null) {
            return first.with(new CheckResult.Unknowns(display(open), shown(firstValues), true));
        }
        if (first != null) {
            CheckResult.Fail g = opening != null ? opening : first;
            Map<String, String> v = opening != null ? openingValues : firstValues;
            return g.with(new CheckResult.Unknowns(display(v.keySet()), shown(v), false));
        }
        return new CheckResult.Unknown("the unknown value" + (open.size() > 1 ? "s " : " ")
                + String.join(", ", display(open)) + " may open "
                + f.counterexample().action() + " on "
                + Values.display(f.counterexample().resource()) + ", but none of the values tried does");
    }

    /** The analysed bound of {@code policies} ({@link Bounds#bound}); {@code null} stays {@code null}. */
    private static List<AnalyzedPolicy> bound(
            Analyses analyses, List<AnalyzedPolicy> policies, boolean candidate, boolean loose) {
        return analyses.of(Bounds.bound(Analyses.policies(policies), candidate, loose));
    }

    private static Map<String, String> shown(Map<String, String> values) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> out.put("${" + k + "}", v));
        return out;
    }

    private static List<String> display(java.util.Collection<String> hints) {
        return hints.stream().map(h -> "${" + h + "}").toList();
    }

    /** Hints of unknowns in the statements whose action and resource could match {@code r} for some value. */
    private static Set<String> involved(
            Analyses analyses, List<AnalyzedPolicy> candidate, List<AnalyzedPolicy> reference, Request r) {
        Set<String> out = new LinkedHashSet<>();
        List<AnalyzedPolicy> all = new ArrayList<>(candidate);
        if (reference != null) {
            all.addAll(reference);
        }
        for (AnalyzedPolicy original : all) {
            List<AnalyzedStatement> loose = analyses.of(Bounds.widest(original)).statements();
            List<AnalyzedStatement> st = original.statements();
            boolean vars = Evaluator.variablesEnabled(original.policy());
            for (int i = 0; i < st.size() && i < loose.size(); i++) {
                Statement wide = loose.get(i).statement();
                if (Evaluator.actionMatches(wide, r.action()) && Evaluator.resourceMatches(wide, vars, r)) {
                    out.addAll(hints(st.get(i).statement()));
                }
            }
        }
        return out;
    }

    private static List<String> hints(Statement s) {
        List<String> out = new ArrayList<>();
        if (s.effect() != null) {
            out.addAll(Values.unknownHints(s.effect()));
        }
        for (ScalarNode e : s.actionEntries()) {
            out.addAll(Values.unknownHints(e.value()));
        }
        for (ScalarNode e : s.resourceEntries()) {
            out.addAll(Values.unknownHints(e.value()));
        }
        for (Statement.Condition c : s.conditions()) {
            c.texts().forEach(t -> out.addAll(Values.unknownHints(t)));
        }
        return out;
    }

    private static void scan(List<AnalyzedPolicy> policies, Set<String> hints, Set<String> variables) {
        for (AnalyzedPolicy p : policies) {
            boolean vars = Evaluator.variablesEnabled(p.policy());
            for (AnalyzedStatement a : p.statements()) {
                Statement s = a.statement();
                if (s.effect() != null && Bounds.isOpenEffect(s.effect())) {
                    hints.addAll(Values.unknownHints(s.effect()));
                }
                for (ScalarNode e : s.actionEntries()) {
                    hints.addAll(Values.unknownHints(e.value()));
                }
                for (ScalarNode e : s.resourceEntries()) {
                    hints.addAll(Values.unknownHints(e.value()));
                    String v = Bounds.variable(e.value(), vars);
                    if (v != null) {
                        variables.add(v + " in statement \"" + s.label() + "\"");
                    }
                }
            }
        }
    }
}
