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
import io.github.iampolicy.engine.analysis.Granted;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.rules.selfmanage.UserResources;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IAM104 iam-write-outside-self-manage: an Allow statement that, after wildcard expansion against the
 * catalog, grants an {@code iam:} action of access level Write, Permissions management or Tagging that is not
 * in the self-manage set S. Such actions let users escalate (AttachUserPolicy, PutUserPolicy,
 * CreatePolicyVersion, SetDefaultPolicyVersion, AddUserToGroup, PassRole, UpdateAssumeRolePolicy, CreateUser,
 * CreateRole, Put/DeleteUserPermissionsBoundary, ...); the message names them, the best-known escalations
 * first.
 *
 * <p>Severity: {@code warning} for CreateServiceLinkedRole/DeleteServiceLinkedRole, and for TagUser/UntagUser
 * when every resource entry that can grant them is a self form of IAM202 ({@code user/${aws:username}},
 * {@code user/*}{@code /${aws:username}}); TagUser/UntagUser on any other user resource, on an unknown value or
 * with {@code NotResource} is an {@code error}. Also {@code warning}: {@code iam:PassRole} on named roles only
 * (no wildcard in the role name), and the attach and permissions-boundary actions under a condition that names
 * the policies ({@link NamedLimits}); the message names the roles, services and policies. A statement with both
 * kinds reports one finding at {@code error} naming all.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM104.md):
 * <ul>
 * <li>{@code NotAction} is expanded as its complement in the catalog: an Allow with {@code NotAction: s3:*}
 * grants every IAM write and is reported here as well as by IAM102 ({@code NotAction: iam:*} grants none).</li>
 * <li>An action whose resource types no {@code Resource} entry can match grants nothing and is not counted
 * ({@code iam:Create*} on {@code arn:aws:iam::*:mfa/*} grants only CreateVirtualMFADevice); an action without
 * resource types counts only when an entry can match {@code *}. Unknown values are assumed to match.
 * Resources never make a granted escalation harmless otherwise: AttachUserPolicy on the caller's own user is
 * the classic self-escalation.</li>
 * <li>Conditions do not matter (a {@code iam:PermissionsBoundary} condition does not stop PutUserPolicy).</li>
 * <li>Location: the {@code Action} entry that reached the first offending action, or the {@code NotAction}
 * value.</li>
 * </ul>
 */
public final class IamWriteOutsideSelfManageRule implements StatementRule {

    private static final java.util.Set<String> IAM = java.util.Set.of("iam");

    public static final RuleInfo INFO = new RuleInfo(
            "IAM104",
            "iam-write-outside-self-manage",
            Severity.ERROR,
            "An Allow statement grants IAM write, permissions-management or tagging actions outside the "
                    + "self-manage set, which let users escalate their privileges.",
            "Grant only the self-manage actions (passwords, access keys, SSH keys, signing certificates, "
                    + "service-specific credentials, MFA devices) on arn:aws:iam::*:user/${aws:username}. Move "
                    + "administrative IAM actions to a separate policy for administrators; replace iam:* style "
                    + "wildcards by the list of actions needed.",
            9.0);

    /** Escalation paths, in the order the message names them. */
    private static final List<Map.Entry<String, String>> ESCALATIONS = List.of(
            Map.entry("attachuserpolicy", "attach any managed policy, such as AdministratorAccess, to a user"),
            Map.entry("putuserpolicy", "write an inline policy granting anything to a user"),
            Map.entry("attachgrouppolicy", "attach any managed policy to a group"),
            Map.entry("putgrouppolicy", "write an inline policy for a group"),
            Map.entry("addusertogroup", "join a more privileged group"),
            Map.entry("createpolicyversion", "rewrite a managed policy"),
            Map.entry("setdefaultpolicyversion", "switch a managed policy to another version"),
            Map.entry("passrole", "pass a privileged role to a service"),
            Map.entry("attachrolepolicy", "attach any managed policy to a role"),
            Map.entry("putrolepolicy", "write an inline policy for a role"),
            Map.entry("updateassumerolepolicy", "let any principal assume a role"),
            Map.entry("createuser", "create users"),
            Map.entry("createrole", "create roles"),
            Map.entry("putuserpermissionsboundary", "replace a user's permissions boundary"),
            Map.entry("deleteuserpermissionsboundary", "remove a user's permissions boundary"),
            Map.entry("putrolepermissionsboundary", "replace a role's permissions boundary"),
            Map.entry("deleterolepermissionsboundary", "remove a role's permissions boundary"),
            Map.entry("tagrole", "change role tags used for access decisions"),
            Map.entry("taguser", "change user tags, an escalation where access is granted by principal tags"),
            Map.entry("untaguser", "remove user tags, an escalation where access is granted by principal tags"),
            Map.entry("createservicelinkedrole", "create service-linked roles"),
            Map.entry("deleteservicelinkedrole", "delete service-linked roles"));

    /** What each escalation lets a user do, by lower-case action name. */
    private static final Map<String, String> WHY = ESCALATIONS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** Position of each escalation in {@link #ESCALATIONS}: the sort below asks once per comparison. */
    private static final Map<String, Integer> RANKS = java.util.stream.IntStream.range(0, ESCALATIONS.size())
            .boxed()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(
                    i -> ESCALATIONS.get(i).getKey(), i -> i));

    private static final int MAX_NAMED = 6;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        ActionCatalog catalog = context.catalog();
        if (!st.isAllow()) {
            return;
        }
        List<Granted> writes = Grants.actions(
                analyzed,
                IAM,
                a -> a.service().equals("iam")
                        && a.accessLevel().isWrite()
                        && !context.settings().inSelfManage(a));
        List<Granted> offending = new ArrayList<>();
        Map<String, NamedLimits.Limit> limits = new HashMap<>();
        boolean error = false;
        for (Granted g : writes) {
            if (!analyzed.grantsOnSomeResource(g.action())) {
                continue;
            }
            offending.add(g);
            NamedLimits.Limit limit = NamedLimits.of(analyzed, g.action(), catalog);
            if (limit != null) {
                limits.put(g.action().key(), limit);
            }
            error |= !isWarningOnly(analyzed, g.action(), catalog) && (limit == null || !limit.named());
        }
        if (offending.isEmpty()) {
            return;
        }
        Severity severity = error ? Severity.ERROR : Severity.WARNING;
        ScalarNode first = offending.get(0).source();
        List<ActionInfo> named =
                new ArrayList<>(offending.stream().map(Granted::action).toList());
        named.sort(Comparator.comparingInt(IamWriteOutsideSelfManageRule::rank));
        List<String> parts = new ArrayList<>();
        for (ActionInfo a : named) {
            NamedLimits.Limit limit = limits.get(a.key());
            String why = limit != null ? limit.description() : WHY.get(a.name().toLowerCase(Locale.ROOT));
            parts.add(why == null ? a.fullName() : a.fullName() + " (" + why + ")");
        }
        String message = Grants.name(st) + " allows IAM actions outside the self-manage set: "
                + Grants.list(parts, MAX_NAMED)
                + (error
                        ? ". They let a user escalate their own privileges; grant them only to administrators."
                        : limits.values().stream().anyMatch(NamedLimits.Limit::named)
                                ? ". They reach only the roles or policies named; make sure none of those grants "
                                        + "more than the caller should have."
                                : ". Grant them only where needed and keep them off other users.");
        context.report(
                this,
                severity,
                Grants.actionLocation(st, first),
                st,
                offending.get(0).action().fullName(),
                message);
    }

    private static int rank(ActionInfo a) {
        return RANKS.getOrDefault(a.name().toLowerCase(Locale.ROOT), ESCALATIONS.size());
    }

    /** The warning cases of IAM104: service-linked roles, and TagUser/UntagUser on self forms only. */
    static boolean isWarningOnly(AnalyzedStatement analyzed, ActionInfo a, ActionCatalog catalog) {
        Statement st = analyzed.statement();
        String name = a.name().toLowerCase(Locale.ROOT);
        if (name.equals("createservicelinkedrole") || name.equals("deleteservicelinkedrole")) {
            return true;
        }
        if (name.equals("taguser") || name.equals("untaguser")) {
            if (st.resource() == null) {
                return false;
            }
            List<ScalarNode> granting = analyzed.grantingResources(a);
            return !granting.isEmpty()
                    && granting.stream()
                            .allMatch(r -> UserResources.classify(analyzed.pattern(r), UserResources.USER)
                                    == UserResources.Scope.SELF);
        }
        return false;
    }
}
