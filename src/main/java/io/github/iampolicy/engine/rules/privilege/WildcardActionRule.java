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
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM101 wildcard-action: an Allow statement whose {@code Action} holds {@code *}, {@code *:*} or
 * {@code service:*}.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM101.md):
 * <ul>
 * <li>An entry is a whole-service wildcard when the text after its first {@code :} is only {@code *}
 * characters, whatever the service part ({@code iam:*}, {@code IAM:*}, an unknown service such as
 * {@code service-prefix-1:*}, a template value {@code ${svc}:*}); {@code *} and {@code **} count as
 * {@code *}. Partial wildcards such as {@code iam:Get*} or {@code *:Get*} are not IAM101 (IAM104/IAM105 judge
 * what they expand to). Entries are not trimmed: {@code "ec2:* "} matches no action and is IAM005's.</li>
 * <li>{@code NotAction} is IAM102's concern, Deny statements never grant.</li>
 * <li>One finding per statement naming every such entry, located at the first.</li>
 * </ul>
 */
public final class WildcardActionRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM101",
            "wildcard-action",
            Severity.ERROR,
            "An Allow statement grants every action (\"*\") or every action of a service (\"service:*\").",
            "List the actions the users need instead of a wildcard. For self-managed credentials these are the "
                    + "actions of the AWS example policy (iam:ChangePassword, iam:CreateAccessKey, ...), each on "
                    + "arn:aws:iam::*:user/${aws:username}.",
            8.5);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow() || st.action() == null) {
            return;
        }
        List<ScalarNode> hits = new ArrayList<>();
        for (ScalarNode e : st.action()) {
            if (isWholeServiceWildcard(e.value())) {
                hits.add(e);
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        String what;
        if (hits.size() <= 3) {
            what = String.join(
                    " and ",
                    hits.stream().map(WildcardActionRule::describe).distinct().toList());
        } else {
            what = "every action of " + hits.size() + " services ("
                    + Grants.list(hits.stream().map(Grants::show).toList(), 4) + ")";
        }
        String message = Grants.name(st) + " allows " + what
                + ", including actions AWS adds later. List the actions the users need.";
        context.report(this, INFO.defaultSeverity(), hits.get(0).location(), st, Grants.show(hits.get(0)), message);
    }

    /** {@code *}, {@code *:*}, {@code service:*} (any service text), with any number of {@code *}. */
    static boolean isWholeServiceWildcard(String action) {
        int colon = action.indexOf(':');
        String name = colon < 0 ? action : action.substring(colon + 1);
        return !name.isEmpty() && name.chars().allMatch(c -> c == '*');
    }

    private static String describe(ScalarNode e) {
        String v = e.value();
        int colon = v.indexOf(':');
        String service = colon < 0 ? "*" : v.substring(0, colon);
        if (service.chars().allMatch(c -> c == '*')) {
            return "every action of every service (" + Grants.show(e) + ")";
        }
        return "every " + io.github.iampolicy.engine.text.Values.display(service) + " action (" + Grants.show(e) + ")";
    }
}
