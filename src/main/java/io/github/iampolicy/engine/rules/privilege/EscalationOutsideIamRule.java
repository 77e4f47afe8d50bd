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

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.PolicyRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * IAM106 escalation-outside-iam: the policy, across its statements, allows a privilege-escalation method that
 * needs no IAM write action but {@code iam:PassRole}: passing a role to new compute (an EC2 instance, a Lambda
 * function, a Glue job, a CloudFormation stack, ...) that then runs the caller's code as that role, or changing
 * the code or commands of existing compute on any resource. The methods are {@link EscalationMethods#ALL}.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM106.md):
 * <ul>
 * <li>A method counts when every step is allowed by some Allow statement on some resource, and no
 * unconditional Deny on {@code *} takes it back. Conditions of Allow statements are not judged.</li>
 * <li>Severity of the passing methods follows the roles {@code iam:PassRole} reaches: any role ({@code *},
 * {@code role/*}, {@code NotResource}) {@code error}; a pattern ({@code role/app-*}) {@code warning}; named roles
 * are not reported (the caller gains those roles' permissions, which a deploy role is meant to; IAM104 still
 * reports {@code iam:PassRole}).</li>
 * <li>The methods on existing compute count only when their first step is allowed on any resource
 * ({@code warning}): a deploy role updating its own functions by ARN is not reported.</li>
 * <li>One finding per policy, at the {@code iam:PassRole} entry (else the first step's entry), naming every
 * method found. IAM104 reports {@code iam:PassRole} itself.</li>
 * </ul>
 */
public final class EscalationOutsideIamRule implements PolicyRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM106",
            "escalation-outside-iam",
            Severity.ERROR,
            "The policy allows a privilege escalation without IAM write actions: passing a role to new compute it "
                    + "creates, or changing the code of existing compute on any resource.",
            "Restrict iam:PassRole to the roles the caller must hand out (with an iam:PassedToService condition), "
                    + "and scope code updates and commands to the functions, jobs and instances the caller owns.",
            8.0);

    private static final Set<String> KEYS = EscalationMethods.allKeys();
    private static final Set<String> SERVICES = Breadth.services(KEYS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitPolicy(AnalyzedPolicy analysis, PolicyContext context) {
        Map<String, Breadth.Allowed> widest = new HashMap<>();
        for (Breadth.Allowed a : Breadth.allowed(context, SERVICES, KEYS)) {
            widest.merge(a.action().key(), a, (x, y) -> y.scope().compareTo(x.scope()) > 0 ? y : x);
        }
        Breadth.Allowed passRole = widest.get(EscalationMethods.PASS_ROLE);
        List<String> found = new ArrayList<>();
        Severity severity = null;
        Breadth.Allowed at = null;
        boolean passing = false;
        for (EscalationMethods.Method m : EscalationMethods.ALL) {
            List<Breadth.Allowed> steps = steps(m, widest);
            if (steps == null) {
                continue;
            }
            Severity s;
            if (m.passRole()) {
                if (passRole == null) {
                    continue;
                }
                s = switch (passRole.scope()) {
                    case ANY -> Severity.ERROR;
                    case PATTERN -> Severity.WARNING;
                    case NAMED -> null;
                };
                if (s == null) {
                    continue; // named roles: the documented way to let a deployer hand out one role
                }
                passing = true;
            } else {
                if (steps.get(0).scope() != Breadth.Scope.ANY) {
                    continue;
                }
                s = Severity.WARNING;
                at = at == null ? steps.get(0) : at;
            }
            severity = severity == null || s.compareTo(severity) < 0 ? s : severity;
            found.add(m.id() + " ("
                    + String.join(
                            " + ",
                            steps.stream().map(a -> a.action().fullName()).toList())
                    + (m.passRole() ? " + iam:PassRole" : "") + ")");
        }
        if (found.isEmpty()) {
            return;
        }
        Breadth.Allowed where = passing ? passRole : at;
        String roles = !passing
                ? ""
                : switch (passRole.scope()) {
                    case ANY -> " iam:PassRole reaches every role of the account.";
                    case PATTERN -> " iam:PassRole reaches the roles its pattern matches.";
                    case NAMED -> "";
                };
        String message = "The policy allows privilege escalation without IAM write actions: "
                + Grants.list(found, 4)
                + ". The caller can run code of their choice as another role." + roles
                + " Restrict iam:PassRole to the roles needed (with iam:PassedToService) and scope code updates "
                + "to the caller's own functions, jobs and instances.";
        context.report(
                this,
                severity,
                Grants.actionLocation(where.statement(), where.source()),
                where.statement(),
                where.action().fullName(),
                message);
    }

    /** The widest grant of one action per step, or {@code null} when a step is not allowed. */
    private static List<Breadth.Allowed> steps(EscalationMethods.Method m, Map<String, Breadth.Allowed> widest) {
        List<Breadth.Allowed> out = new ArrayList<>();
        for (List<String> step : m.steps()) {
            Breadth.Allowed best = null;
            for (String action : step) {
                Breadth.Allowed a = widest.get(action.toLowerCase(Locale.ROOT));
                if (a != null && (best == null || a.scope().compareTo(best.scope()) > 0)) {
                    best = a;
                }
            }
            if (best == null) {
                return null;
            }
            out.add(best);
        }
        return out;
    }
}
