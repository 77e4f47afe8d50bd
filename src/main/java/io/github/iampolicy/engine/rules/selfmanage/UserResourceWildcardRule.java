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

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.analysis.Granted;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.PolicyRule;
import java.util.List;
import java.util.Locale;

/**
 * IAM201 user-resource-wildcard: an Allow statement grants a credential-changing action of S (access level
 * Write, Permissions management or Tagging) on a resource that covers a user other than the caller:
 * {@code *}, {@code arn:aws:iam::*:*}, {@code user/*}, {@code user/path/*}, {@code user/?*},
 * {@code user/${aws:username}*}, {@code user/*${aws:username}}, or {@code NotResource} (see
 * {@link UserResources}). Whoever has the policy can then create access keys or set the password of any
 * other user, administrators included.
 *
 * <p>Exemptions (src/site/markdown/rules/IAM201.md): {@code CreateVirtualMFADevice} on {@code mfa/*} or {@code *}
 * (device names are chosen freely; {@code mfa} is its only resource type); {@code DeleteVirtualMFADevice} and the other
 * {@code mfa}-typed actions on {@code mfa/*} or {@code *} are IAM203's; {@code ChangePassword} is IAM207's (the
 * API only acts on the caller). A resource of another type than the action's grants it nothing
 * ({@code mfa/*} next to EnableMFADevice): no IAM201.
 *
 * <p>Tag-based scoping: when the statement has {@code StringEquals} or {@code StringLike} on
 * {@code aws:ResourceTag/<key>} or {@code iam:ResourceTag/<key>} whose values are all {@code ${aws:username}},
 * the finding is a {@code warning}, unless some Allow of the same policy grants TagUser or UntagUser on a
 * user resource that is not a self form (a wildcard, another user, an unknown value, {@code NotResource}):
 * then users can tag another user with their own name and the finding stays an {@code error}.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM201.md):
 * <ul>
 * <li>Because the {@code mfa} cases all belong to IAM203 or are exempt, IAM201 judges each action on its
 * {@code user} resource type only; actions without a {@code user} type never trigger it.</li>
 * <li>{@code NotAction} grants its complement: an Allow with {@code NotAction: s3:*} on {@code *} is IAM201 too.</li>
 * <li>The {@code IfExists} forms of the tag operators are not tag-based scoping (they match users without
 * the tag); neither is a list of values with anything but {@code ${aws:username}}. Other conditions
 * never narrow the resource.</li>
 * <li>One finding per statement, naming its actions and covering resources, located at the first covering
 * {@code Resource} entry (or the {@code NotResource} value).</li>
 * </ul>
 */
public final class UserResourceWildcardRule implements PolicyRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM201",
            "user-resource-wildcard",
            Severity.ERROR,
            "An Allow statement grants a credential-changing self-manage action on a resource that covers "
                    + "other users.",
            "Scope the statement to the caller's own user: \"Resource\": [\"arn:aws:iam::*:user/${aws:username}\"] "
                    + "(add \"arn:aws:iam::*:user/*/${aws:username}\" for users with a path). Do not use \"*\", "
                    + "user/*, NotResource or wildcards around ${aws:username}.",
            9.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitPolicy(AnalyzedPolicy analysis, PolicyContext context) {
        Boolean tagsBeyondSelf = null;
        for (AnalyzedStatement analyzed : analysis.statements()) {
            Statement st = analyzed.statement();
            if (!st.isAllow()) {
                continue;
            }
            List<ActionInfo> actions = Grants.selfManageActions(
                            context,
                            analyzed,
                            a -> context.settings().inSelfManage(a)
                                    && a.accessLevel().isWrite()
                                    && a.hasResourceType(UserResources.USER)
                                    && !isChangePassword(a))
                    .stream()
                    .map(Granted::action)
                    .toList();
            if (actions.isEmpty()) {
                continue;
            }
            UserResources.Cover cover = UserResources.covering(st, UserResources.USER);
            if (!cover.any()) {
                continue;
            }
            Severity severity = Severity.ERROR;
            String tagNote = "";
            if (TagScoping.isTagScoped(st)) {
                if (tagsBeyondSelf == null) {
                    tagsBeyondSelf = TagScoping.letsChangeOtherUsersTags(context);
                }
                if (tagsBeyondSelf) {
                    tagNote = " Its resource-tag condition does not help: the policy also lets users change other "
                            + "users' tags (iam:TagUser/iam:UntagUser), so they can tag any user with their name.";
                } else {
                    severity = Severity.WARNING;
                    tagNote = " Its resource-tag condition limits it to users tagged with the caller's name; make "
                            + "sure no policy lets users change user tags.";
                }
            }
            String message = Grants.name(st) + " allows " + Grants.list(Credentials.names(actions), 6) + " on "
                    + cover.describe() + " (" + cover.whose() + " " + Credentials.kinds(actions) + ")." + tagNote
                    + " Scope it to " + Credentials.selfScoped(cover.entries(), UserResources.USER) + ".";
            context.report(this, severity, cover.location(st), st, cover.subject(), message);
        }
    }

    static boolean isChangePassword(ActionInfo a) {
        return a.name().toLowerCase(Locale.ROOT).equals("changepassword");
    }
}
