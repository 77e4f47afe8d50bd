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
package io.github.iampolicy.engine.rules.semantic;

import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.semantic.CheckResult;
import io.github.iampolicy.engine.semantic.SemanticChecker;
import java.util.List;

/**
 * IAM301 other-user-access (src/site/markdown/rules/IAM301.md): there is a caller u and a request - a
 * credential-changing action of S other than ChangePassword and CreateVirtualMFADevice, on the user resource of a user
 * other than u - that the whole policy allows, Deny, NotAction, NotResource and wildcards taken into account. The
 * finding carries the counterexample, re-verified by the concrete evaluator.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM301.md):
 * <ul>
 * <li>"Credential-changing" is the catalog's access level Write, Permissions management or Tagging, and the
 * action must have the {@code user} resource type (the request is on a user ARN); actions added to S with
 * {@code allowedActions} count when they qualify.</li>
 * <li>Callers are IAM users (they have {@code aws:username}); the MFA context is absent, true or false.</li>
 * <li>Unknown template values match nothing (as in the evaluator); other policy variables than
 * {@code ${aws:username}} on a statement that grants or denies such an action make the outcome UNKNOWN.</li>
 * <li>An UNKNOWN outcome is reported at {@code semanticUnknownSeverity} (warning by default).</li>
 * </ul>
 */
public final class OtherUserAccessRule implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM301",
            "other-user-access",
            Severity.ERROR,
            "Semantic check: some user can change another user's credentials through this policy (Deny, NotAction, "
                    + "NotResource, wildcards and MFA conditions taken into account); a counterexample is given.",
            "Scope every credential-changing action to arn:aws:iam::*:user/${aws:username} and make sure no "
                    + "NotResource, wildcard or Deny gap lets the counterexample request through.",
            9.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PolicyContext ctx) {
        List<String> cred = ctx.settings().selfManageActions().stream()
                .sorted()
                .filter(a -> !a.equals("iam:changepassword") && !a.equals("iam:createvirtualmfadevice"))
                .filter(a -> {
                    ActionInfo info = ctx.catalog().action(a);
                    return info != null && info.accessLevel().isWrite() && info.hasResourceType("user");
                })
                .toList();
        SemanticChecker checker = new SemanticChecker(ctx.catalog());
        Branched.Outcome o = Branched.check(ctx, a -> checker.otherUserAccessOf(SamePrincipal.with(a, ctx), cred));
        CheckResult r = o.result();
        if (r instanceof CheckResult.Fail f) {
            Counterexample c = f.counterexample();
            ctx.report(
                    this,
                    o.severity(f),
                    f.decision().statement().location(),
                    f.decision().statement(),
                    c.action(),
                    (c.username() == null
                                    ? "A session of the role can change an IAM user's credentials: "
                                    : "User " + c.username() + " can change another user's credentials: ")
                            + Explain.statement(f.decision().statement()) + " allows " + c.action() + " on "
                            + c.resource() + " (" + Explain.context(c) + ")" + Explain.assumptions(f.assumptions())
                            + Explain.unknowns(f.unknowns())
                            + o.clause()
                            + (c.username() == null
                                    ? ". A role has no user name to scope them to: remove credential actions on "
                                            + "IAM users from the role's policy, or grant them to an administrators' "
                                            + "role only."
                                    : ". Scope credential actions to arn:aws:iam::*:user/${aws:username}."),
                    c);
        } else if (r instanceof CheckResult.Unknown u) {
            Explain.unknown(this, ctx, "whether a user can change another user's credentials", u);
        }
    }
}
