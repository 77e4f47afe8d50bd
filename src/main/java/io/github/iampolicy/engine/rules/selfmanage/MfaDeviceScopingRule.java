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
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * IAM203 mfa-device-scoping: an Allow statement grants an {@code mfa}-typed action of S other than
 * CreateVirtualMFADevice (DeleteVirtualMFADevice, TagMFADevice, UntagMFADevice, ListMFADeviceTags) on a
 * resource that covers other users' devices: {@code mfa/*}, {@code *}, {@code arn:aws:iam::*:*} and the
 * other wildcard forms of {@link UserResources}. A user can then delete or tag other users' devices.
 * IAM201 and IAM207 concern {@code user} resources only.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM203.md): {@code sms-mfa} (the second
 * resource type of DeleteVirtualMFADevice) counts like {@code mfa}; {@code NotResource} covers other devices unless an
 * entry excludes every device; {@code mfa/${aws:username}} names one device and is not flagged.
 * ListMFADeviceTags (the only read among these actions) counts when it is named literally; reached by a read
 * wildcard such as {@code iam:List*} or {@code *} it is left to IAM105 (the corpus verdicts for
 * {@code iam:List*} on {@code *} expect IAM105 and IAM207 only), while the delete and tag actions count
 * however they are reached. One finding per statement, located at the first covering entry.
 */
public final class MfaDeviceScopingRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM203",
            "mfa-device-scoping",
            Severity.WARNING,
            "An MFA-device action other than CreateVirtualMFADevice is allowed on every MFA device, so users can "
                    + "delete or tag other users' devices.",
            "Scope DeleteVirtualMFADevice and the MFA-device tag actions to arn:aws:iam::*:mfa/${aws:username}, or "
                    + "leave them out: DeactivateMFADevice on arn:aws:iam::*:user/${aws:username} detaches the "
                    + "caller's own device. Only CreateVirtualMFADevice needs arn:aws:iam::*:mfa/*.",
            5.5);

    private static final List<String> DEVICE_TYPES = List.of(UserResources.MFA, UserResources.SMS_MFA);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static boolean namedLiterally(Granted g) {
        return g.source() != null
                && g.source().value().equalsIgnoreCase(g.action().fullName());
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow()) {
            return;
        }
        List<ActionInfo> actions = new ArrayList<>();
        Set<ScalarNode> entries = new LinkedHashSet<>();
        List<ScalarNode> notResource = List.of();
        for (Granted g : Grants.selfManageActions(
                context,
                analyzed,
                a -> context.settings().inSelfManage(a)
                        && !a.name().equalsIgnoreCase("CreateVirtualMFADevice")
                        && DEVICE_TYPES.stream().anyMatch(a::hasResourceType))) {
            if (!g.action().accessLevel().isWrite() && !namedLiterally(g)) {
                continue; // a read reached by a wildcard such as iam:List* is IAM105's concern
            }
            boolean hit = false;
            for (String type : DEVICE_TYPES) {
                if (!g.action().hasResourceType(type)) {
                    continue;
                }
                UserResources.Cover c = UserResources.covering(st, type);
                entries.addAll(c.entries());
                if (!c.notResource().isEmpty()) {
                    notResource = c.notResource();
                }
                hit |= c.any();
            }
            if (hit) {
                actions.add(g.action());
            }
        }
        if (actions.isEmpty()) {
            return;
        }
        List<ScalarNode> ordered = new ArrayList<>(entries);
        ordered.sort((a, b) -> a.location().compareTo(b.location()));
        UserResources.Cover cover = new UserResources.Cover(List.copyOf(ordered), notResource);
        Location at = cover.location(st);
        String message = Grants.name(st) + " allows " + Grants.list(Credentials.names(actions), 5) + " on "
                + cover.describe() + " (" + cover.whose()
                + " MFA devices): a user can " + consequence(actions) + ". Scope it to "
                + Credentials.selfScoped(cover.entries(), UserResources.MFA) + " or leave it out.";
        context.report(this, INFO.defaultSeverity(), at, st, cover.subject(), message);
    }

    /** What the granted device actions let a user do to other users' devices, and only that. */
    static String consequence(List<ActionInfo> actions) {
        List<String> verbs = new ArrayList<>();
        if (actions.stream()
                .anyMatch(a -> a.name().toLowerCase(java.util.Locale.ROOT).startsWith("delete"))) {
            verbs.add("delete");
        }
        if (actions.stream().anyMatch(a -> a.accessLevel() == io.github.iampolicy.engine.catalog.AccessLevel.TAGGING)) {
            verbs.add("tag");
        }
        if (actions.stream()
                .anyMatch(a -> !a.accessLevel().isWrite()
                        && a.name().toLowerCase(java.util.Locale.ROOT).contains("tags"))) {
            verbs.add("read the tags of");
        } else if (actions.stream().anyMatch(a -> !a.accessLevel().isWrite())) {
            verbs.add("read");
        }
        if (verbs.isEmpty()) {
            verbs.add("change");
        }
        String joined = verbs.size() == 1
                ? verbs.get(0)
                : String.join(", ", verbs.subList(0, verbs.size() - 1)) + " or " + verbs.get(verbs.size() - 1);
        return joined + " other users' devices";
    }
}
