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
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IAM102 allow-not-action: an Allow statement with {@code NotAction}. It grants every action that is not
 * listed, in every service, including actions AWS adds later.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM102.md): one finding per statement,
 * located at the {@code NotAction} value; the message says how many catalog actions the statement grants today and
 * names a few IAM actions among them, if any. What those actions are (IAM writes, credential actions) is left to IAM104
 * and IAM201, which expand {@code NotAction} as its complement in the catalog; IAM101 and IAM105 judge only
 * {@code Action} patterns.
 */
public final class AllowNotActionRule implements StatementRule {

    private static final Set<String> IAM = Set.of("iam");

    public static final RuleInfo INFO = new RuleInfo(
            "IAM102",
            "allow-not-action",
            Severity.ERROR,
            "An Allow statement uses NotAction, which grants every action not listed, in every service.",
            "Use Action with the list of actions the users need. Keep NotAction for Deny statements (such as "
                    + "the MFA-enforcing Deny of the AWS self-manage example).",
            8.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow() || st.notAction() == null) {
            return;
        }
        // counting the complement is enough; listing twenty thousand actions is not
        Set<ActionInfo> notActions = new HashSet<>();
        for (ScalarNode e : st.notAction()) {
            notActions.addAll(analyzed.expand(e.value()));
        }
        int allowed = context.catalog().size() - notActions.size();
        List<String> iam = Grants.actions(analyzed, IAM, a -> true).stream()
                .map(g -> g.action().fullName())
                .toList();
        String excluded = Grants.list(st.notAction().stream().map(Grants::show).toList(), 5);
        StringBuilder m = new StringBuilder(Grants.name(st))
                .append(" allows every action except ")
                .append(excluded)
                .append(" (")
                .append(allowed)
                .append(" known actions today");
        if (!iam.isEmpty()) {
            m.append(", among them ").append(Grants.list(iam, 3));
        }
        m.append("), and every action AWS adds later. Use Action with the actions the users need.");
        context.report(this, INFO.defaultSeverity(), st.locationOf("NotAction"), st, "NotAction", m.toString());
    }
}
