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
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.function.Predicate;

/**
 * IAM016 malformed-condition-value: a value the operator cannot read: not a number for the Numeric operators,
 * not an ISO 8601 date or epoch seconds for the Date operators, not {@code true}/{@code false} for
 * {@code Bool} and {@code Null}, not an IP address or CIDR block for {@code IpAddress}/{@code NotIpAddress}.
 *
 * <p>IAM rejects some of these when the policy is saved, which fails a deployment late; the others are
 * accepted and never match, so an Allow grants nothing and a Deny never applies. Values with a policy variable,
 * an unknown template value or template-engine syntax ({@code {{sourceIp}}}, {@code <cidr>}) are skipped.
 */
public final class MalformedConditionValueRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM016",
            "malformed-condition-value",
            Severity.ERROR,
            "A condition value is not a number, date, boolean or IP address as its operator requires.",
            "Write numbers as digits, dates as ISO 8601 (2026-01-31T00:00:00Z), booleans as true or false and "
                    + "addresses as CIDR blocks (203.0.113.0/24).",
            5.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        for (Statement.Condition c : Conditions.known(s)) {
            String base = Conditions.Operator.parse(c.operator()).base();
            String expected = expected(base);
            Predicate<String> valid = validator(base);
            if (valid == null) {
                continue;
            }
            for (ScalarNode v : c.values()) {
                String value = v.value().strip();
                if (!Conditions.templated(value) && !valid.test(value)) {
                    context.report(
                            this,
                            Severity.ERROR,
                            v.location(),
                            s,
                            c.key() + "=" + v.value(),
                            Describe.statement(s) + " gives " + c.operator() + " on " + c.key() + " the value "
                                    + Describe.quoted(v.value()) + ", which is not " + expected
                                    + ". AWS rejects the policy or the comparison never matches.");
                    break;
                }
            }
        }
    }

    private static Predicate<String> validator(String base) {
        if (base.startsWith("numeric")) {
            return ConditionValues::isNumber;
        } else if (base.startsWith("date")) {
            return ConditionValues::isDate;
        } else if (base.equals("bool") || base.equals("null")) {
            return ConditionValues::isBool;
        } else if (base.equals("ipaddress") || base.equals("notipaddress")) {
            return ConditionValues::isCidr;
        }
        return null;
    }

    private static String expected(String base) {
        if (base.startsWith("numeric")) {
            return "a number";
        } else if (base.startsWith("date")) {
            return "an ISO 8601 date or epoch seconds";
        } else if (base.equals("ipaddress") || base.equals("notipaddress")) {
            return "an IP address or CIDR block";
        }
        return "true or false";
    }
}
