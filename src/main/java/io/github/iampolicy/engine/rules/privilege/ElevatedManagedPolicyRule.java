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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.ManagedPolicyAttachment;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.AttachmentRule;
import io.github.iampolicy.engine.rules.RuleSettings;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM111 elevated-managed-policy: a template attaches an AWS managed policy that grants administrator access or a
 * direct path to it ({@code AdministratorAccess}, {@code IAMFullAccess}, {@code PowerUserAccess}) to a user, group
 * or role.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM111.md):
 * <ul>
 * <li>The ARN is matched after template values are resolved; the partition may be unknown
 * ({@code ${AWS::Partition}}, {@code data.aws_partition}), the account must be {@code aws} and the policy sit at
 * the root path, as these three do.</li>
 * <li>{@code error} for users and groups (long-term credentials of people), {@code warning} for roles, which are
 * reached through a trust policy and are sometimes deliberately privileged (deployment, break-glass).</li>
 * </ul>
 */
public final class ElevatedManagedPolicyRule implements AttachmentRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM111",
            "elevated-managed-policy",
            Severity.ERROR,
            "A template attaches an AWS managed policy that grants administrator access, or IAM write access that"
                    + " leads to it, to a user, group or role.",
            "Attach a customer managed policy that grants the actions the principal needs, on its resources.",
            9.0);

    /** Policy name to what it grants, as the message says it. */
    private static final Map<String, String> ELEVATED = Map.of(
            "AdministratorAccess",
            "every action on every resource",
            "IAMFullAccess",
            "every IAM action, so the holder can attach AdministratorAccess to itself or create an admin user",
            "PowerUserAccess",
            "every action outside IAM, Organizations and account management on every resource, including the"
                    + " data of every service");

    private static final Pattern AWS_MANAGED =
            Pattern.compile("(?:^|:)iam::aws:policy/(AdministratorAccess|IAMFullAccess|PowerUserAccess)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ManagedPolicyAttachment attachment, RuleSettings settings, Consumer<Finding> out) {
        Matcher m = AWS_MANAGED.matcher(attachment.arn().trim());
        if (!m.find() || m.end() != attachment.arn().trim().length()) {
            return;
        }
        String name = m.group(1);
        boolean person = !attachment.principal().equals("role");
        Severity severity =
                settings.severityOverrides().getOrDefault(INFO.id(), person ? Severity.ERROR : Severity.WARNING);
        String message =
                "The AWS managed policy " + name + " is attached to a " + attachment.principal() + ": it grants "
                        + ELEVATED.get(name) + "."
                        + (person
                                ? " A user's credentials should manage only that user's own credentials; grant the actions"
                                        + " the user needs instead."
                                : " Whoever the trust policy lets assume the role gets it; attach a policy with the actions"
                                        + " the role needs instead.");
        out.accept(new Finding(
                INFO,
                severity,
                attachment.file(),
                attachment.location(),
                attachment.path(),
                null,
                message,
                name,
                null));
    }
}
