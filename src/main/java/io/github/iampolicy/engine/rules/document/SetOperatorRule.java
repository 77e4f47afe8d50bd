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

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.catalog.ConditionKey;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;

/**
 * IAM017 set-operator-misuse: {@code ForAllValues}/{@code ForAnyValue} that does not fit the key.
 *
 * <ul>
 *   <li>{@code ForAllValues} on a single-valued key: a set operator over an absent key is true for
 *       {@code ForAllValues}, so an Allow with it also matches requests without the key ({@code warning});
 *       {@code ForAnyValue} on a single-valued key works but says something the key cannot do
 *       ({@code note}).</li>
 *   <li>A multivalued key ({@code aws:TagKeys}, {@code aws:PrincipalOrgPaths}, AWS's {@code ArrayOf...} types)
 *       without a set operator: AWS compares the request's set against the values in a way it documents as
 *       undefined for these keys; say which of any or all is meant ({@code warning}).</li>
 *   <li>{@code Null} with a set operator, which AWS does not support ({@code warning}).</li>
 * </ul>
 * Untyped keys and unknown values are skipped; a Deny with {@code ForAllValues} on a single-valued key applies
 * to more requests, not fewer, so it is a {@code note}.
 */
public final class SetOperatorRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM017",
            "set-operator-misuse",
            Severity.WARNING,
            "A set operator on a single-valued key, a multivalued key without one, or Null with one.",
            "Use ForAnyValue or ForAllValues with multivalued keys only, and plain operators with single-valued keys; "
                    + "with ForAllValues in an Allow also require the key (Null: false).",
            4.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        for (Statement.Condition c : Conditions.known(s)) {
            Conditions.Operator op = Conditions.Operator.parse(c.operator());
            String where = Describe.statement(s) + " uses " + c.operator() + " on " + c.key() + ": ";
            if (op.base().equals("null")) {
                if (op.set() != null) {
                    report(
                            context,
                            s,
                            c,
                            Severity.WARNING,
                            where + "AWS does not support a set operator with " + "Null. Write \"Null\" alone.");
                }
                continue;
            }
            ConditionKey key = Conditions.find(context.catalog(), s, c.key());
            if (key == null || key.type() == null) {
                continue;
            }
            if (op.set() != null && !key.multiValued()) {
                boolean all = op.set().equals("forallvalues");
                Severity severity = all && s.isAllow() ? Severity.WARNING : Severity.NOTE;
                report(
                        context,
                        s,
                        c,
                        severity,
                        where + "the key is single-valued. "
                                + (all
                                        ? "ForAllValues is true when the request lacks the key, so the statement also "
                                                + "matches requests without it. Drop the set operator."
                                        : "Drop the set operator."));
            } else if (op.set() == null && key.multiValued()) {
                report(
                        context,
                        s,
                        c,
                        Severity.WARNING,
                        where + "the key is multivalued and the operator "
                                + "does not say whether any or all of the request's values must match. Use "
                                + "ForAnyValue: or ForAllValues:.");
            }
        }
    }

    private void report(PolicyContext context, Statement s, Statement.Condition c, Severity severity, String message) {
        context.report(this, severity, c.operatorLocation(), s, c.operator() + " " + c.key(), message);
    }
}
