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
package io.github.iampolicy.engine.rules.resource;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import java.util.Set;

/**
 * IAM403 cross-account-trust-without-external-id: a role trust policy lets a whole account (its root,
 * {@code arn:aws:iam::123456789012:root}, or the bare account id) assume the role, without {@code sts:ExternalId}
 * or another condition naming who in that account may.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM403.md):
 * <ul>
 * <li>Only literal twelve-digit accounts count. An account given by a template value
 * ({@code ${AWS::AccountId}}, {@code ${data.aws_caller_identity.current.account_id}}) is most often the
 * template's own account and is not reported.</li>
 * <li>Accepted conditions (positive operator, a value that is not only wildcards): {@code sts:ExternalId} (the
 * third-party case), {@code aws:PrincipalArn} (names the principals of the other account),
 * {@code aws:MultiFactorAuthPresent} (people signing in with MFA, not a service acting for a customer).</li>
 * <li>Only statements granting {@code sts:AssumeRole} (by name or wildcard) count.</li>
 * </ul>
 */
public final class CrossAccountTrustRule implements TrustStatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM403",
            "cross-account-trust-without-external-id",
            Severity.WARNING,
            "A role trust policy lets a whole account assume the role without sts:ExternalId or a condition naming "
                    + "the principals of that account.",
            "Add a StringEquals condition on sts:ExternalId with the id the other party gave you, or name the role "
                    + "of the other account in Principal or in an aws:PrincipalArn condition.",
            5.5);

    private static final Set<String> ACCEPTED =
            Set.of("sts:externalid", "aws:principalarn", "aws:multifactorauthpresent");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow()
                || !Principals.restricting(st, ACCEPTED).isEmpty()
                || Grants.actions(analyzed, Set.of("sts"), a -> a.name().equals("AssumeRole"))
                        .isEmpty()) {
            return;
        }
        for (Principals.Entry e : Principals.of(st)) {
            String account = Principals.wholeAccount(e);
            if (account == null) {
                continue;
            }
            String message = Grants.name(st) + " lets every principal of account " + account
                    + " that is allowed sts:AssumeRole assume this role, without sts:ExternalId: a service of "
                    + "that account acting for its other customers can be made to use it (confused deputy). "
                    + "Require sts:ExternalId, or name the principals in Principal or aws:PrincipalArn.";
            context.report(this, INFO.defaultSeverity(), e.value().location(), st, "Principal:" + account, message);
            break;
        }
    }
}
