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
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM202 username-scoping: an Allow statement grants a {@code user}-typed action of S on a user resource that
 * names one user but is not a self form ({@code user/${aws:username}}, {@code user/*}{@code /${aws:username}}):
 * <ul>
 * <li>another variable ({@code ${aws:userid}}, {@code ${aws:PrincipalTag/...}}, or {@code ${aws:username}}
 * with more characters in the name such as {@code ${aws:username}-admin}): {@code error}, it does not name the
 * caller's own user;</li>
 * <li>a literal user name ({@code user/Maria}) or an unknown template value ({@code user/${name}},
 * {@code user/${aws.username}}): {@code warning}, every user the policy is attached to manages that one
 * user's credentials, or the analyser cannot tell.</li>
 * </ul>
 * Resources that cover other users ({@code *}, {@code user/*}, {@code user/${aws:username}*},
 * {@code NotResource}) are IAM201's or IAM207's concern, never IAM202's; a resource of another type is not a
 * user resource.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM202.md): every {@code user}-typed action
 * of S counts, reads and ChangePassword included; a literal path before {@code /${aws:username}} is a self form too
 * (names are unique); an entry that is wholly an unknown value (a Terraform {@code ${aws_iam_user.x.arn}}) is an
 * unknown user name. One finding per statement at the most severe level found, naming every such entry, located at
 * the first.
 */
public final class UsernameScopingRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM202",
            "username-scoping",
            Severity.ERROR,
            "A self-manage action is scoped to one user that is not provably the caller (another variable, a "
                    + "literal name or an unknown value) instead of ${aws:username}.",
            "Use arn:aws:iam::*:user/${aws:username} (and arn:aws:iam::*:user/*/${aws:username} for users with a "
                    + "path). ${aws:userid} and principal tags do not name the user resource; a literal name lets "
                    + "everyone with the policy manage that user's credentials.",
            6.5);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow() || st.resource() == null) {
            return;
        }
        List<ActionInfo> actions = Grants.selfManageActions(
                        context,
                        analyzed,
                        a -> context.settings().inSelfManage(a) && a.hasResourceType(UserResources.USER))
                .stream()
                .map(Granted::action)
                .toList();
        if (actions.isEmpty()) {
            return;
        }
        List<ScalarNode> hits = new ArrayList<>();
        List<String> why = new ArrayList<>();
        boolean error = false;
        for (ScalarNode r : st.resource()) {
            UserResources.Scope s = UserResources.classify(analyzed.pattern(r), UserResources.USER);
            if (!s.isSingle()) {
                continue;
            }
            hits.add(r);
            error |= s == UserResources.Scope.VARIABLE;
            why.add(Grants.show(r) + " (" + explain(s) + ")");
        }
        if (hits.isEmpty()) {
            return;
        }
        String message = Grants.name(st) + " scopes " + Grants.list(Credentials.names(actions), 6) + " to "
                + String.join(", ", why) + ". Scope it to "
                + Credentials.selfScoped(hits, UserResources.USER) + ".";
        context.report(
                this,
                error ? Severity.ERROR : Severity.WARNING,
                hits.get(0).location(),
                st,
                Grants.show(hits.get(0)),
                message);
    }

    private static String explain(UserResources.Scope s) {
        return switch (s) {
            case VARIABLE -> "a variable that does not name the caller's own user";
            case LITERAL -> "one fixed user: everyone with this policy manages that user's credentials";
            default -> "a template value the analyser cannot see; it must resolve to ${aws:username}";
        };
    }
}
