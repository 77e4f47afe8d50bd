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
import java.util.Locale;
import java.util.Set;

/**
 * IAM012 weak-condition: {@code aws:UserAgent} or {@code aws:Referer} in a condition.
 *
 * <p>Both keys are copied from HTTP headers that the caller writes: any SDK, the CLI
 * ({@code --debug}, {@code AWS_EXECUTION_ENV}) or curl sets them to whatever passes the check. AWS's
 * documentation of the global keys says not to use them to keep unauthorized parties out. An Allow gated
 * on them is open to anyone who sends the header ({@code warning}); a Deny gated on them stops only callers
 * who do not bother to change it ({@code note}).
 */
public final class WeakConditionRule implements StatementRule {

    private static final Set<String> CALLER_SET = Set.of("aws:useragent", "aws:referer");

    public static final RuleInfo INFO = new RuleInfo(
            "IAM012",
            "weak-condition",
            Severity.WARNING,
            "A condition relies on aws:UserAgent or aws:Referer, which the caller sets freely.",
            "Gate access on something the caller cannot forge: aws:SourceVpce, aws:SourceIp, aws:PrincipalOrgID, "
                    + "aws:SourceArn or a signed CloudFront request.",
            5.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        for (Statement.Condition c : s.conditions()) {
            if (!CALLER_SET.contains(c.key().toLowerCase(Locale.ROOT))) {
                continue;
            }
            context.report(
                    this,
                    s.isDeny() ? Severity.NOTE : Severity.WARNING,
                    c.keyLocation(),
                    s,
                    c.key(),
                    Describe.statement(s) + " decides on " + c.key() + ", an HTTP header the caller chooses: "
                            + (s.isDeny()
                                    ? "the Deny stops only callers who leave the header as it is."
                                    : "anyone who sends a matching header gets the access.")
                            + " Use a key the caller cannot forge (aws:SourceVpce, aws:PrincipalOrgID, aws:SourceArn).");
        }
    }
}
