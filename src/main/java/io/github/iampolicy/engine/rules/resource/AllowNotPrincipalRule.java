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
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;

/**
 * IAM402 allow-not-principal: an Allow statement of a resource policy with {@code NotPrincipal}. It grants its
 * actions to every principal not listed: every other account, and anonymous callers.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM402.md): one finding per statement,
 * located at the {@code NotPrincipal} value. In a role's trust policy AWS rejects {@code NotPrincipal} whatever the
 * effect; IAM407 reports that, so this rule leaves trust policies alone.
 */
public final class AllowNotPrincipalRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM402",
            "allow-not-principal",
            Severity.ERROR,
            "An Allow statement of a resource policy uses NotPrincipal, which grants its actions to every principal "
                    + "not listed, anonymous callers included.",
            "Use Principal with the principals that need access. Keep NotPrincipal for Deny statements, or better "
                    + "use a Deny with Principal \"*\" and a condition on aws:PrincipalArn.",
            8.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public boolean identityOnly() {
        return false;
    }

    @Override
    public boolean appliesTo(PolicyContext context) {
        return Principals.isResourcePolicy(context);
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow() || !st.node().has("NotPrincipal")) {
            return;
        }
        String message = Grants.name(st) + " allows its actions to every principal except those of NotPrincipal: "
                + "every other account and anonymous callers. Use Principal with the principals that need access.";
        context.report(this, INFO.defaultSeverity(), st.locationOf("NotPrincipal"), st, "NotPrincipal", message);
    }
}
