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
package io.github.iampolicy.engine.rules.semantic;

import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.semantic.CheckResult;
import java.util.List;
import java.util.Map;

/** Message pieces shared by the semantic rules. */
final class Explain {

    private Explain() {}

    /** {@code MFA present}, {@code MFA absent}, {@code aws:MultiFactorAuthPresent=false}. */
    static String context(Counterexample c) {
        Map<String, String> ctx = c.context();
        String mfa = ctx.get("aws:MultiFactorAuthPresent");
        if (mfa == null) {
            return "MFA absent (long-term access key)";
        }
        String age = ctx.get("aws:MultiFactorAuthAge");
        // explain assumes the checker's default age; any other age is part of the request and is printed
        return mfa.equals("true")
                ? "MFA present (aws:MultiFactorAuthPresent=true"
                        + (age == null || age.equals("60") ? "" : ", aws:MultiFactorAuthAge=" + age) + ")"
                : "MFA not used (aws:MultiFactorAuthPresent=" + mfa + ")";
    }

    /** {@code statement "Sid"}, or the position ({@code Statement[2]}) of a statement without Sid. */
    static String statement(Statement s) {
        return s.sid() != null && !s.sid().isEmpty() ? "statement \"" + s.sid() + "\"" : s.label();
    }

    /** The clause for a counterexample that needs unmodelled conditions, or empty. */
    static String assumptions(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        return ", provided the condition" + (names.size() > 1 ? "s " : " ") + String.join(", ", names)
                + (names.size() > 1 ? " (not modelled by the checker) let" : " (not modelled by the checker) lets")
                + " it through";
    }

    static Severity severity(CheckResult.Fail f) {
        return f.definite() ? Severity.ERROR : Severity.WARNING;
    }

    /**
     * The clause for a counterexample that involves unknown template values: {@code , whatever `${Acct}` is
     * (shown with `123456789012`)} when one exists for every value, {@code , if `${var.action}` is
     * `UpdateAccessKey`} when it needs these values.
     */
    /**
     * Reports a request the policy must not allow, on the statement that allows it: {@code lead} says what
     * the request breaks, the rest (caller, action, resource, context, assumptions) is the same for every rule.
     */
    static void request(Rule rule, PolicyContext ctx, Branched.Outcome o, CheckResult.Fail f, String lead) {
        Counterexample c = f.counterexample();
        ctx.report(
                rule,
                o.severity(f),
                f.decision().statement().location(),
                f.decision().statement(),
                c.action(),
                lead + ": user " + c.username() + " runs " + c.action() + " on " + c.resource() + " (" + context(c)
                        + "), allowed by " + statement(f.decision().statement()) + assumptions(f.assumptions())
                        + unknowns(f.unknowns()) + o.clause() + ".",
                c);
    }

    static String unknowns(CheckResult.Unknowns u) {
        if (u.names().isEmpty()) {
            return "";
        }
        if (u.forAll()) {
            List<String> names = u.names().stream().map(k -> "`" + k + "`").toList();
            String shown = u.values().isEmpty()
                    ? ""
                    : " (shown with "
                            + String.join(
                                    ", ",
                                    u.values().values().stream()
                                            .map(v -> "`" + v + "`")
                                            .toList()) + ")";
            return ", whatever " + String.join(" and ", names) + (names.size() > 1 ? " are" : " is") + shown;
        }
        List<String> values = new java.util.ArrayList<>();
        u.values().forEach((k, v) -> values.add("`" + k + "` is `" + v + "`"));
        return ", if " + String.join(" and ", values) + " (unknown template values)";
    }

    static void unknown(Rule rule, PolicyContext ctx, String question, CheckResult.Unknown u) {
        ctx.report(
                rule,
                ctx.settings().semantic().unknownSeverity(),
                ctx.policy().document().location(),
                null,
                "unknown",
                "The semantic check could not decide " + question + ": " + u.reason() + ".");
    }
}
