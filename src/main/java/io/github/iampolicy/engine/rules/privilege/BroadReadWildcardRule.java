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
import io.github.iampolicy.engine.catalog.AccessLevel;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * IAM105 broad-read-wildcard: an Allow statement whose {@code Action} holds a wildcard pattern (such as
 * {@code iam:Get*}, {@code iam:List*}, {@code iam:*}, {@code *}) that expands to IAM Read or List actions
 * outside S ∪ V. They let users map the account (every role's trust policy, every policy document,
 * {@code GetAccountAuthorizationDetails}), which prepares escalation. Other services' read wildcards are not
 * flagged.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM105.md):
 * <ul>
 * <li>Any {@code Action} entry with {@code *} or {@code ?} counts when its expansion reaches such an
 * {@code iam:} action, including cross-service patterns like {@code *:Get*}. Literally named actions are
 * never IAM105 (the author chose them). {@code NotAction} is IAM102's concern.</li>
 * <li>An expanded action counts only where a resource entry can grant it (as for IAM104): {@code iam:Get*} on
 * {@code arn:aws:iam::*:user/${aws:username}} still reaches GetUserPolicy, but not GetRole.</li>
 * <li>One finding per statement naming the patterns and some of the actions, located at the first pattern.</li>
 * </ul>
 */
public final class BroadReadWildcardRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM105",
            "broad-read-wildcard",
            Severity.WARNING,
            "An Allow statement uses an IAM wildcard that grants read or list actions beyond the self-manage and "
                    + "account-view sets.",
            "Replace the wildcard by the read actions the users need, such as iam:GetUser and "
                    + "iam:ListAccessKeys on arn:aws:iam::*:user/${aws:username}, and iam:ListVirtualMFADevices or "
                    + "iam:GetAccountPasswordPolicy on \"*\".",
            4.0);

    private static final int MAX_NAMED = 4;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        RuleSettings settings = context.settings();
        if (!st.isAllow() || st.action() == null) {
            return;
        }
        List<ScalarNode> patterns = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>();
        for (ScalarNode e : st.action()) {
            if (!Glob.hasWildcard(e.value())) {
                continue;
            }
            boolean hit = false;
            for (ActionInfo a : analyzed.expandWithin(e.value(), "iam")) {
                if (isRead(a.accessLevel())
                        && !settings.inSelfManage(a)
                        && !settings.inAccountView(a)
                        && analyzed.grantsOnSomeResource(a)) {
                    reached.add(a.fullName());
                    hit = true;
                }
            }
            if (hit) {
                patterns.add(e);
            }
        }
        if (patterns.isEmpty()) {
            return;
        }
        String message = Grants.name(st) + " allows "
                + Grants.list(patterns.stream().map(Grants::show).toList(), 5)
                + ", which reaches " + reached.size() + " IAM read/list action" + (reached.size() == 1 ? "" : "s")
                + " beyond the self-manage and account-view sets (" + Grants.list(List.copyOf(reached), MAX_NAMED)
                + "): users can map the account's users, roles and policies. Name the read actions they need.";
        context.report(
                this, INFO.defaultSeverity(), patterns.get(0).location(), st, Grants.show(patterns.get(0)), message);
    }

    private static boolean isRead(AccessLevel level) {
        return level == AccessLevel.READ || level == AccessLevel.LIST;
    }
}
