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
import io.github.iampolicy.engine.catalog.ConditionKeyType;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;

/**
 * IAM015 condition-type-mismatch: a condition operator of another type than its key.
 *
 * <p>AWS compares a key's value with the operator's type: a Numeric, Date or IpAddress operator on a key whose
 * values are not numbers, dates or addresses never matches, so an Allow grants nothing ({@code warning}) and a
 * Deny never applies ({@code error}); {@code Bool} on a key that is not boolean likewise. A String operator on an
 * ARN key works, but compares the ARN as one string, where the Arn operators match each component
 * ({@code note}). Keys come from AWS's global key table and the catalog; untyped keys, unknown values and
 * operators IAM003 reports are skipped. {@code aws:EpochTime} takes Numeric operators too, as AWS documents.
 */
public final class ConditionTypeMismatchRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM015",
            "condition-type-mismatch",
            Severity.WARNING,
            "A condition operator's type disagrees with its key's type, so the comparison never matches.",
            "Use the operator family of the key's type (String, Numeric, Date, Bool, IpAddress, Arn), as the "
                    + "Service Authorization Reference or the global key list gives it.",
            5.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        for (Statement.Condition c : Conditions.known(s)) {
            ConditionKey key = Conditions.find(context.catalog(), s, c.key());
            ConditionKeyType wanted =
                    family(Conditions.Operator.parse(c.operator()).base());
            if (key == null || key.type() == null || wanted == null || compatible(wanted, key)) {
                continue;
            }
            boolean arnAsString = wanted == ConditionKeyType.STRING && key.type() == ConditionKeyType.ARN;
            context.report(
                    this,
                    arnAsString ? Severity.NOTE : Conditions.failOpen(s),
                    c.operatorLocation(),
                    s,
                    c.operator() + " " + c.key(),
                    Describe.statement(s) + " compares " + c.key() + " (type "
                            + key.type().label() + ") with "
                            + c.operator() + ", a " + wanted.label() + " operator: "
                            + (arnAsString
                                    ? "the ARN is compared as one string; ArnLike and ArnEquals match it component by component."
                                    : "the comparison never matches, so "
                                            + (s.isDeny()
                                                    ? "the Deny never applies."
                                                    : "the condition is always false.")));
        }
    }

    /** The key type an operator compares, or {@code null} for operators that fit every key. */
    static ConditionKeyType family(String base) {
        if (base.startsWith("string")) {
            return ConditionKeyType.STRING;
        } else if (base.startsWith("numeric")) {
            return ConditionKeyType.NUMERIC;
        } else if (base.startsWith("date")) {
            return ConditionKeyType.DATE;
        } else if (base.equals("bool")) {
            return ConditionKeyType.BOOL;
        } else if (base.equals("ipaddress") || base.equals("notipaddress")) {
            return ConditionKeyType.IP_ADDRESS;
        }
        return null;
    }

    private static boolean compatible(ConditionKeyType op, ConditionKey key) {
        ConditionKeyType type = key.type();
        if (op == type) {
            return true;
        }
        return switch (op) {
            // AWS compares other types' text with the String operators without complaint, except ARNs (a note)
            case STRING -> type != ConditionKeyType.ARN;
            case NUMERIC -> key.name().equalsIgnoreCase("aws:EpochTime");
            default -> false;
        };
    }
}
