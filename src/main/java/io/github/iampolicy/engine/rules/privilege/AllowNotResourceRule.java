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
package io.github.iampolicy.engine.rules.privilege;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;

/**
 * IAM103 allow-not-resource: an Allow statement with {@code NotResource}. It grants its actions on every
 * resource that is not listed: every other user, role and policy, including ones created later.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM103.md): one finding per statement,
 * located at the {@code NotResource} value. The rule reports whatever the actions are (an Allow of {@code s3:GetObject}
 * with {@code NotResource} is still flagged): the construct is the problem. IAM201/IAM207 additionally treat
 * such a statement as covering other users.
 */
public final class AllowNotResourceRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM103",
            "allow-not-resource",
            Severity.ERROR,
            "An Allow statement uses NotResource, which grants its actions on every resource not listed.",
            "Use Resource with the resources the users need, for example arn:aws:iam::*:user/${aws:username} "
                    + "for their own credentials. Keep NotResource for Deny statements.",
            7.5);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow() || st.notResource() == null) {
            return;
        }
        String excluded =
                Grants.list(st.notResource().stream().map(Grants::show).toList(), 5);
        String message = Grants.name(st) + " allows its actions on every resource except " + excluded
                + ": every other user, role and resource, including ones created later. "
                + "Use Resource with the resources the users need.";
        context.report(this, INFO.defaultSeverity(), st.locationOf("NotResource"), st, "NotResource", message);
    }
}
