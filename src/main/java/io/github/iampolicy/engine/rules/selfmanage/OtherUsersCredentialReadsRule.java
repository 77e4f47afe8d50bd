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
import io.github.iampolicy.engine.catalog.AccessLevel;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import java.util.List;

/**
 * IAM207 other-users-credential-reads: an Allow statement grants a Read or List action of S that acts on
 * users (GetUser, ListAccessKeys, ListMFADevices, GetLoginProfile, ListSSHPublicKeys, GetAccessKeyLastUsed,
 * ...), or ChangePassword, on a resource that covers users other than the caller, judged as for IAM201
 * ({@code *}, {@code user/*}, {@code NotResource}, ...). It exposes other users' credential metadata: which
 * users lack MFA, access key ids and ages. ChangePassword only ever changes the caller's password, but a
 * wildcard resource for it is sloppy scoping.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM207.md): ListMFADeviceTags, the only
 * {@code mfa}-typed read of S, is IAM203's; a resource of another type grants a {@code user}-typed action nothing. One
 * finding per statement naming the actions and covering resources, located at the first covering entry (or the
 * {@code NotResource} value).
 */
public final class OtherUsersCredentialReadsRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM207",
            "other-users-credential-reads",
            Severity.WARNING,
            "A self-manage read or list action (or ChangePassword) is allowed on a resource that covers other "
                    + "users, exposing their credential metadata.",
            "Scope GetUser, ListAccessKeys, ListMFADevices and the other per-user reads (and ChangePassword) to "
                    + "arn:aws:iam::*:user/${aws:username}; keep \"*\" for the account-view actions such as "
                    + "iam:ListVirtualMFADevices.",
            5.0);

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
        List<ActionInfo> actions = Grants.selfManageActions(
                        context,
                        analyzed,
                        a -> context.settings().inSelfManage(a)
                                && a.hasResourceType(UserResources.USER)
                                && (a.accessLevel() == AccessLevel.READ
                                        || a.accessLevel() == AccessLevel.LIST
                                        || UserResourceWildcardRule.isChangePassword(a)))
                .stream()
                .map(Granted::action)
                .toList();
        if (actions.isEmpty()) {
            return;
        }
        UserResources.Cover cover = UserResources.covering(st, UserResources.USER);
        if (!cover.any()) {
            return;
        }
        boolean onlyChangePassword = actions.stream().allMatch(UserResourceWildcardRule::isChangePassword);
        String what = onlyChangePassword
                ? "): the API only changes the caller's own password, but the resource should say so"
                : "): exposes other users' credential metadata, such as which users lack MFA and their key ids "
                        + "and ages";
        String message = Grants.name(st) + " allows " + Grants.list(Credentials.names(actions), 6) + " on "
                + cover.describe() + " (" + cover.whose() + " " + Credentials.kinds(actions) + what
                + ". Scope it to " + Credentials.selfScoped(cover.entries(), UserResources.USER) + ".";
        context.report(this, INFO.defaultSeverity(), cover.location(st), st, cover.subject(), message);
    }
}
