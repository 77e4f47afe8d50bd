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
import io.github.iampolicy.engine.catalog.AccessLevel;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IAM107 resource-exposure: an Allow statement grants, on any resource, an action of access level Permissions
 * management of a service other than IAM: {@code s3:PutBucketPolicy}, {@code kms:PutKeyPolicy},
 * {@code kms:CreateGrant}, {@code lambda:AddPermission}, {@code ecr:SetRepositoryPolicy},
 * {@code sns:AddPermission}, {@code secretsmanager:PutResourcePolicy}, {@code ram:CreateResourceShare}, ... With
 * them the caller can open those resources to other accounts or to everyone.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM107.md):
 * <ul>
 * <li>"Any resource": a {@code Resource} entry that is effectively {@code *} for the action ({@code *},
 * {@code arn:aws:s3:::*}, {@code arn:aws:sns:*:*:*}), or {@code NotResource}; named resources and patterns such
 * as {@code arn:aws:s3:::app-*} are not reported. Conditions are not judged.</li>
 * <li>IAM actions are IAM104's; the credential actions of IAM108 ({@code rds-db:connect}, ...) are IAM108's.</li>
 * <li>{@code note} when every such action supports only {@code *} ({@code logs:PutResourcePolicy}, which Step
 * Functions and vended logs need): nothing narrower could be written.</li>
 * <li>{@code warning}: a typical application role has no permissions-management action at all, and a deploy role
 * that needs one can name its resources. One finding per statement, at the entry naming the first action.</li>
 * </ul>
 */
public final class ResourceExposureRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM107",
            "resource-exposure",
            Severity.WARNING,
            "An Allow statement grants permissions-management actions of a service other than IAM (resource "
                    + "policies, grants, shares) on any resource.",
            "Name the buckets, keys, functions, topics or queues whose policies the caller must manage, or remove "
                    + "the permissions-management actions.",
            6.5);

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
        Set<String> services = new java.util.TreeSet<>(analyzed.services());
        services.remove("iam");
        List<Granted> hits = new ArrayList<>();
        for (Granted g : Grants.actions(
                analyzed,
                services,
                a -> a.accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT
                        && !CredentialsExposureRule.ACTIONS.containsKey(a.key()))) {
            if (Breadth.scope(analyzed, g.action(), context.catalog()) == Breadth.Scope.ANY) {
                hits.add(g);
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        // an action without resource types cannot be scoped: its author had no choice, so only a note
        boolean scopable =
                hits.stream().anyMatch(g -> !g.action().resourceTypes().isEmpty());
        String message = Grants.name(st) + " allows " + hits.size() + " permissions-management action"
                + (hits.size() == 1 ? "" : "s") + " on any resource ("
                + Grants.list(hits.stream().map(g -> g.action().fullName()).toList(), 5)
                + "): the caller can rewrite resource policies, grants or shares and open those resources to "
                + "other accounts or to everyone. "
                + (scopable
                        ? "Name the resources whose policies the caller must manage."
                        : "These actions support only \"*\"; keep them only where the caller needs them.");
        Granted first = hits.get(0);
        context.report(
                this,
                scopable ? Severity.WARNING : Severity.NOTE,
                Grants.actionLocation(st, first.source()),
                st,
                first.action().fullName(),
                message);
    }
}
