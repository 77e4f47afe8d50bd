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
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * IAM204 mfa-enforcement-pattern: a Deny meant to enforce MFA (a Deny with {@code NotAction}, or with
 * {@code Action} {@code *}, whose condition tests {@code aws:MultiFactorAuthPresent} or
 * {@code aws:MultiFactorAuthAge}) that
 * <ul>
 * <li>uses {@code Bool} with {@code "false"} (or JSON {@code false}) on aws:MultiFactorAuthPresent: it does
 * not match when the key is absent, as for requests signed with long-term access keys, so those go through
 * without MFA ({@code BoolIfExists} is the fix);</li>
 * <li>has a {@code Resource} other than {@code *} (no entry is {@code *}, or it uses {@code NotResource}): it
 * leaves the other resources unprotected;</li>
 * <li>exempts DeactivateMFADevice or DeleteVirtualMFADevice in its {@code NotAction}, named or reached by a
 * wildcard ({@code iam:*}, {@code iam:*MFADevice}): a stolen password then suffices to remove MFA.</li>
 * </ul>
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM204.md): {@code Action} {@code *} means an
 * entry {@code *} or {@code *:*}; condition keys are compared case-insensitively, the operator {@code Bool} exactly
 * (IAM003 reports others). One finding per statement listing every problem, located at the earliest offending element.
 */
public final class MfaEnforcementPatternRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM204",
            "mfa-enforcement-pattern",
            Severity.WARNING,
            "A Deny statement meant to enforce MFA lets requests through: Bool with \"false\", a Resource other "
                    + "than \"*\", or a NotAction that exempts removing MFA devices.",
            "Use the AWS pattern: \"Effect\": \"Deny\", a NotAction listing only the MFA set-up actions "
                    + "(iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:GetUser, iam:GetMFADevice, "
                    + "iam:ListMFADevices, iam:ListVirtualMFADevices, iam:ResyncMFADevice, sts:GetSessionToken), "
                    + "\"Resource\": \"*\" and \"Condition\": {\"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": "
                    + "\"false\"}}.",
            6.0);

    /** The MFA-removal actions as {@code ActionInfo.key()} spells them (lower case). */
    private static final Set<String> MFA_REMOVAL_KEYS = Set.of("iam:deactivatemfadevice", "iam:deletevirtualmfadevice");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Whether the statement is a Deny meant to enforce MFA in the sense of IAM204 (its page). */
    static boolean isMfaEnforcingShape(Statement st) {
        if (!st.isDeny() || !MfaConditions.testsMfa(st)) {
            return false;
        }
        if (st.notAction() != null && st.action() == null) {
            return true;
        }
        return st.action() != null
                && st.action().stream()
                        .anyMatch(e -> e.value().equals("*") || e.value().equals("*:*"));
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!isMfaEnforcingShape(st)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Location first = null;
        for (Statement.Condition c : st.conditions()) {
            if (MfaConditions.isBoolFalse(c)) {
                problems.add("uses Bool with \"false\" on " + c.key() + ", which does not match requests "
                        + "without the key (made with access keys), so they need no MFA; use BoolIfExists");
                first = earliest(first, c.operatorLocation());
                break;
            }
        }
        boolean star = st.resource() != null
                && st.resource().stream()
                        .anyMatch(r -> ResourcePattern.of(r.value()).isAllStar());
        if (!star) {
            String where = st.resource() != null
                    ? "applies only to "
                            + Grants.list(
                                    st.resource().stream().map(Grants::show).toList(), 3)
                    : "uses NotResource";
            problems.add(where + " instead of \"*\", so other resources need no MFA");
            first = earliest(first, st.locationOf(st.resource() != null ? "Resource" : "NotResource"));
        }
        if (st.notAction() != null && st.action() == null) {
            Set<String> exempt = new LinkedHashSet<>();
            ScalarNode at = null;
            for (ScalarNode e : st.notAction()) {
                for (ActionInfo a : analyzed.expandWithin(e.value(), "iam")) { // both removal actions are IAM's
                    if (MFA_REMOVAL_KEYS.contains(a.key())) {
                        exempt.add(a.fullName()
                                + (e.value().equalsIgnoreCase(a.fullName()) ? "" : " (via " + Grants.show(e) + ")"));
                        at = at == null ? e : at;
                    }
                }
            }
            if (at != null) {
                problems.add("exempts " + String.join(" and ", exempt)
                        + " in its NotAction, so a stolen password suffices to remove the user's MFA");
                first = earliest(first, at.location());
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        String message = Grants.name(st) + " is meant to enforce MFA but " + String.join("; it ", problems) + ".";
        context.report(this, INFO.defaultSeverity(), first, st, "mfa-deny", message);
    }

    private static Location earliest(Location a, Location b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }
}
