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

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
import java.util.List;

/**
 * The concrete evaluator: decides one {@link Request} against identity policies exactly as the AWS
 * documentation describes it, written to be read side by side with that text. It shares nothing with the
 * symbolic checker except the parsed statements; the checker's counterexamples and the property tests are
 * verified with it.
 *
 * <p>Matching of actions and resources is in {@link PatternMatching}, of condition values in
 * {@link ConditionMatching}; neither shares code with the symbolic checker.
 *
 * <ul>
 *   <li>Decision (evaluation logic): an applicable Deny wins; otherwise an applicable Allow allows;
 *       otherwise the request is implicitly denied. Statement order does not matter.</li>
 *   <li>Actions: case-insensitive, {@code *} and {@code ?} wildcards; {@code NotAction} applies to every
 *       action none of its entries matches.</li>
 *   <li>Resources: case-sensitive, per-field wildcards (src/site/markdown/semantic-analysis.md section 2);
 *       {@code NotResource} applies to every resource none of its entries matches. A statement with neither
 *       element applies to nothing.</li>
 *   <li>Policy variables (Version 2012-10-17 only; otherwise {@code ${...}} is literal text): {@code ${key}}
 *       takes the request's value, {@code ${key, 'default'}} the default when the key is absent, {@code ${*}}
 *       {@code ${?}} {@code ${$}} are literal characters. A resource entry or condition value whose variable
 *       has no value matches nothing.</li>
 *   <li>Unknown template values ({@link io.github.iampolicy.engine.text.Values}) match nothing concrete.</li>
 *   <li>Conditions: AND across operators and keys, OR across values; negated operators need every value to
 *       differ; a missing key makes a condition false except for negated operators, {@code ...IfExists},
 *       {@code Null} (which tests presence) and {@code ForAllValues} (vacuously true). An unknown operator
 *       never holds (AWS rejects such a policy; IAM003 reports it).</li>
 * </ul>
 */
public final class Evaluator {

    /** Lets a caller fix the value of chosen conditions (e.g. conditions the checker does not model). */
    @FunctionalInterface
    public interface ConditionOracle {

        /** The assumed value of condition {@code index} of {@code s}, or {@code null} to evaluate it. */
        Boolean assume(Statement s, int index, Statement.Condition condition);

        ConditionOracle CONCRETE = (s, i, c) -> null;
    }

    private static final String VERSION = "2012-10-17";

    private Evaluator() {}

    public static Decision evaluate(List<Policy> policies, Request request) {
        return evaluate(policies, request, ConditionOracle.CONCRETE);
    }

    public static Decision evaluate(List<Policy> policies, Request request, ConditionOracle oracle) {
        return prepare(policies).evaluate(request, oracle);
    }

    /** Policies with their statements read once, for evaluating many requests. */
    public static Prepared prepare(List<Policy> policies) {
        List<Prepared.Entry> entries = new java.util.ArrayList<>();
        for (Policy p : policies) {
            boolean vars = variablesEnabled(p);
            for (Statement s : Statement.of(p.document())) {
                entries.add(new Prepared.Entry(p, s, vars));
            }
        }
        return new Prepared(List.copyOf(entries));
    }

    /** See {@link #prepare}. */
    public record Prepared(List<Entry> entries) {

        record Entry(Policy policy, Statement statement, boolean vars) {}

        public Decision evaluate(Request request) {
            return evaluate(request, ConditionOracle.CONCRETE);
        }

        public Decision evaluate(Request request, ConditionOracle oracle) {
            Policy allowPolicy = null;
            Statement allow = null;
            for (Entry e : entries) {
                Statement s = e.statement();
                if (!s.isAllow() && !s.isDeny() || !applies(s, e.vars(), request, oracle)) {
                    continue;
                }
                if (s.isDeny()) {
                    return new Decision(Decision.Effect.EXPLICIT_DENY, e.policy(), s);
                }
                if (allow == null) {
                    allow = s;
                    allowPolicy = e.policy();
                }
            }
            return allow == null
                    ? new Decision(Decision.Effect.IMPLICIT_DENY, null, null)
                    : new Decision(Decision.Effect.ALLOW, allowPolicy, allow);
        }
    }

    /** Policy variables are substituted only under {@code "Version": "2012-10-17"}. */
    public static boolean variablesEnabled(Policy p) {
        return VERSION.equals(p.document().string("Version"));
    }

    /** Whether the action, resource and condition parts of {@code s} all hold for {@code r}. */
    public static boolean applies(Statement s, boolean vars, Request r, ConditionOracle oracle) {
        return actionMatches(s, r.action()) && resourceMatches(s, vars, r) && conditionsHold(s, vars, r, oracle);
    }

    public static boolean actionMatches(Statement s, String action) {
        if (s.action() != null) {
            return s.action().stream().anyMatch(e -> PatternMatching.actionEntryMatches(e.value(), action));
        }
        if (s.notAction() != null) {
            return s.notAction().stream().noneMatch(e -> PatternMatching.actionEntryMatches(e.value(), action));
        }
        return false;
    }

    public static boolean resourceMatches(Statement s, boolean vars, Request r) {
        if (s.resource() != null) {
            return s.resource().stream().anyMatch(e -> PatternMatching.resourceEntryMatches(e.value(), vars, r));
        }
        if (s.notResource() != null) {
            return s.notResource().stream().noneMatch(e -> PatternMatching.resourceEntryMatches(e.value(), vars, r));
        }
        return false;
    }

    static boolean conditionsHold(Statement s, boolean vars, Request r, ConditionOracle oracle) {
        List<Statement.Condition> cs = s.conditions();
        for (int i = 0; i < cs.size(); i++) {
            Boolean assumed = oracle.assume(s, i, cs.get(i));
            boolean holds = assumed != null ? assumed : conditionHolds(cs.get(i), vars, r);
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- conditions

    /** The parts of a condition operator name. */
    record Operator(String set, String base, boolean ifExists) {

        static Operator parse(String operator) {
            String set = null;
            String op = operator;
            if (op.startsWith("ForAllValues:")) {
                set = "all";
                op = op.substring("ForAllValues:".length());
            } else if (op.startsWith("ForAnyValue:")) {
                set = "any";
                op = op.substring("ForAnyValue:".length());
            }
            boolean ifExists = op.endsWith("IfExists") && !op.equals("IfExists");
            if (ifExists) {
                op = op.substring(0, op.length() - "IfExists".length());
            }
            return new Operator(set, op, ifExists);
        }

        boolean negated() {
            return switch (base) {
                case "StringNotEquals",
                        "StringNotEqualsIgnoreCase",
                        "StringNotLike",
                        "ArnNotEquals",
                        "ArnNotLike",
                        "NumericNotEquals",
                        "DateNotEquals",
                        "NotIpAddress" -> true;
                default -> false;
            };
        }

        boolean known() {
            return switch (base) {
                case "StringEquals",
                        "StringNotEquals",
                        "StringEqualsIgnoreCase",
                        "StringNotEqualsIgnoreCase",
                        "StringLike",
                        "StringNotLike",
                        "ArnEquals",
                        "ArnLike",
                        "ArnNotEquals",
                        "ArnNotLike",
                        "NumericEquals",
                        "NumericNotEquals",
                        "NumericLessThan",
                        "NumericLessThanEquals",
                        "NumericGreaterThan",
                        "NumericGreaterThanEquals",
                        "DateEquals",
                        "DateNotEquals",
                        "DateLessThan",
                        "DateLessThanEquals",
                        "DateGreaterThan",
                        "DateGreaterThanEquals",
                        "Bool",
                        "IpAddress",
                        "NotIpAddress",
                        "BinaryEquals" -> true;
                case "Null" -> set == null && !ifExists;
                default -> false;
            };
        }

        /** Variables are substituted only in String and ARN operators' values. */
        boolean takesVariables() {
            return base.startsWith("String") || base.startsWith("Arn");
        }
    }

    public static boolean conditionHolds(Statement.Condition c, boolean vars, Request r) {
        return ConditionMatching.holds(c, vars, r);
    }

    /** Whether address {@code ip} lies in {@code cidr} (a plain address means a /32 or /128). */
    static boolean inCidr(String ip, String cidr) {
        return ConditionMatching.inCidr(ip, cidr);
    }
}
