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
package io.github.iampolicy.engine.rules.selfmanage;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.analysis.Granted;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IAM206 account-enumeration: an Allow statement grants ListUsers, ListRoles, ListGroups or ListPolicies
 * (named, or reached by a wildcard or {@code NotAction}) on {@code *}. These actions have no resource-level
 * permissions, so only a resource matching {@code *} (or {@code NotResource}) grants them; on {@code user/*}
 * they grant nothing (IAM006). The console's IAM pages need ListUsers, hence only a {@code note}: it reveals
 * every user, role, group or policy name of the account.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM206.md): one finding per statement naming
 * the actions, located at the {@code Action} entry that reached the first of them (the {@code NotAction} value for
 * NotAction).
 */
public final class AccountEnumerationRule implements StatementRule {

    private static final java.util.Set<String> IAM = java.util.Set.of("iam");

    public static final RuleInfo INFO = new RuleInfo(
            "IAM206",
            "account-enumeration",
            Severity.NOTE,
            "ListUsers, ListRoles, ListGroups or ListPolicies is allowed, which lets users enumerate the account.",
            "Keep these actions only if users need them (the IAM console's user list needs iam:ListUsers); they "
                    + "reveal the names of every user, role, group or policy.",
            2.0);

    private static final Set<String> ENUMERATION =
            Set.of("iam:listusers", "iam:listroles", "iam:listgroups", "iam:listpolicies");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow()) {
            return;
        }
        List<Granted> granted =
                Grants.actions(analyzed, IAM, a -> ENUMERATION.contains(a.key().toLowerCase(Locale.ROOT))).stream()
                        .filter(g -> analyzed.grantsOnSomeResource(g.action()))
                        .toList();
        if (granted.isEmpty()) {
            return;
        }
        String message = Grants.name(st) + " allows "
                + String.join(
                        ", ", granted.stream().map(g -> g.action().fullName()).toList())
                + " on \"*\": users can list every " + what(granted)
                + " of the account. Keep it only if they need it (the IAM console's user list does).";
        context.report(
                this,
                INFO.defaultSeverity(),
                Grants.actionLocation(st, granted.get(0).source()),
                st,
                granted.get(0).action().fullName(),
                message);
    }

    private static String what(List<Granted> granted) {
        List<String> w = granted.stream()
                .map(g -> switch (g.action().name()) {
                    case "ListUsers" -> "user";
                    case "ListRoles" -> "role";
                    case "ListGroups" -> "group";
                    default -> "policy";
                })
                .toList();
        if (w.size() == 1) {
            return w.get(0);
        }
        return String.join(", ", w.subList(0, w.size() - 1)) + " and " + w.get(w.size() - 1);
    }
}
