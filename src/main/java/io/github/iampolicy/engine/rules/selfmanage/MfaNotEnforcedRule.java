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
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IAM205 mfa-not-enforced (policy level): the policy allows credential-changing actions of S (access level
 * Write, Permissions management or Tagging: ChangePassword, CreateAccessKey, DeactivateMFADevice, ...) and has
 * no MFA-enforcing Deny. {@code note} by default, {@code error} when {@code requireMfa} is set.
 *
 * <p>An <em>MFA-enforcing Deny</em> is a Deny statement
 * <ol>
 * <li>whose condition matches every request made without MFA: {@code BoolIfExists
 * aws:MultiFactorAuthPresent "false"}, {@code Null aws:MultiFactorAuthAge "true"}, or
 * {@code NumericGreaterThan[Equals]IfExists aws:MultiFactorAuthAge};</li>
 * <li>with a {@code Resource} entry {@code *};</li>
 * <li>that denies at least one of the credential-changing actions the policy allows (a {@code NotAction} that
 * exempts all of them, such as {@code NotAction: iam:*}, enforces nothing on credentials).</li>
 * </ol>
 * Its {@code NotAction} may exempt the MFA set-up actions (CreateVirtualMFADevice, EnableMFADevice,
 * ResyncMFADevice, ChangePassword), as AWS's examples do: users must be able to register their first device.
 * A Deny with {@code Bool ... "false"} does <em>not</em> count: requests signed with long-term access keys carry no
 * MFA key and pass it (IAM204 says so too). {@code Null aws:MultiFactorAuthPresent "true"} does not count either:
 * console sessions without MFA carry the key with {@code false}.
 *
 * <p>Decision of this implementation (for users: src/site/markdown/rules/IAM205.md): an Allow whose own condition
 * requires MFA ({@code Bool aws:MultiFactorAuthPresent "true"}, {@code NumericLessThan[Equals] aws:MultiFactorAuthAge},
 * {@code Null aws:MultiFactorAuthAge "false"}) does not allow anything without MFA, so its actions do not count. The
 * finding names the unprotected actions and is located at the {@code Action} entry that reached the first (or
 * the {@code NotAction} value) of the first statement allowing them.
 */
public final class MfaNotEnforcedRule implements PolicyRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM205",
            "mfa-not-enforced",
            Severity.NOTE,
            "The policy allows users to change credentials without MFA: no Deny statement requires MFA.",
            "Add the Deny of the AWS self-manage example: \"Effect\": \"Deny\", a NotAction listing only the MFA "
                    + "set-up actions, \"Resource\": \"*\", \"Condition\": {\"BoolIfExists\": "
                    + "{\"aws:MultiFactorAuthPresent\": \"false\"}}. Set requireMfa to make this an error.",
            3.5);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitPolicy(AnalyzedPolicy analysis, PolicyContext context) {
        Map<String, ActionInfo> unprotected = new LinkedHashMap<>();
        Statement firstStatement = null;
        ScalarNode firstSource = null;
        for (AnalyzedStatement analyzed : analysis.statements()) {
            Statement st = analyzed.statement();
            if (!st.isAllow() || st.conditions().stream().anyMatch(MfaConditions::requiresMfa)) {
                continue;
            }
            for (Granted g : Grants.selfManageActions(
                    context,
                    analyzed,
                    a -> context.settings().inSelfManage(a) && a.accessLevel().isWrite())) {
                if (!analyzed.grantsOnSomeResource(g.action())) {
                    continue;
                }
                if (firstStatement == null) {
                    firstStatement = st;
                    firstSource = g.source();
                }
                unprotected.putIfAbsent(g.action().key(), g.action());
            }
        }
        if (unprotected.isEmpty()) {
            return;
        }
        for (AnalyzedStatement analyzed : analysis.statements()) {
            Statement st = analyzed.statement();
            if (isEnforcingDeny(context, analyzed, unprotected.values())) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        unprotected.values().forEach(a -> names.add(a.fullName()));
        String message = "The policy allows " + Grants.list(names, 6) + " (first in " + Grants.name(firstStatement)
                + ") without MFA: no Deny statement denies requests made without MFA (BoolIfExists "
                + "aws:MultiFactorAuthPresent \"false\" on \"*\"). A stolen password or access key can change the "
                + "user's credentials.";
        context.report(
                this,
                context.settings().requireMfa() ? Severity.ERROR : INFO.defaultSeverity(),
                Grants.actionLocation(firstStatement, firstSource),
                firstStatement,
                names.get(0),
                message);
    }

    /** The definition of the class comment. */
    static boolean isEnforcingDeny(PolicyContext context, AnalyzedStatement analyzed, Iterable<ActionInfo> actions) {
        Statement st = analyzed.statement();
        if (!st.isDeny() || st.conditions().stream().noneMatch(MfaConditions::matchesWithoutMfa)) {
            return false;
        }
        if (st.resource() == null
                || st.resource().stream().noneMatch(r -> analyzed.pattern(r).isAllStar())) {
            return false;
        }
        java.util.Set<String> wanted = new java.util.HashSet<>();
        actions.forEach(a -> wanted.add(a.key()));
        return !Grants.selfManageActions(context, analyzed, a -> wanted.contains(a.key()))
                .isEmpty();
    }
}
