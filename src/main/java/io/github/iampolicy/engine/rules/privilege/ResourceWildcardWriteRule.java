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
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * IAM110 resource-wildcard-write: an Allow statement grants, on {@code "*"} or a resource that is effectively
 * {@code *} for the action, Write or Permissions-management actions that support resource-level permissions
 * ({@code s3:PutObject}, {@code sqs:SendMessage}, {@code dynamodb:PutItem} on {@code *}).
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM110.md):
 * <ul>
 * <li>Only actions whose catalog entry lists resource types: an action that supports only {@code *}
 * ({@code cloudwatch:PutMetricData}, {@code logs:PutResourcePolicy}) could not be written narrower.</li>
 * <li>"Effectively {@code *}" as IAM107 decides it ({@code *}, {@code arn:aws:s3:::*}, {@code arn:aws:sqs:*:*:*});
 * a pattern naming part of a resource ({@code arn:aws:s3:::app-*}) is not reported. A condition on resource or
 * request tags or on the resource's account or organization selects resources by attribute and exempts the
 * statement; other conditions are not judged.</li>
 * <li>Left to the rules that already report them on the same statement: IAM actions (IAM104, IAM2xx), actions
 * reached through {@code *} or {@code service:*} (IAM101), {@code NotAction} (IAM102) and {@code NotResource}
 * (IAM103) statements, credential actions (IAM108), and permissions-management actions of other services, which
 * IAM107 warns about on any resource; when IAM107 is disabled, IAM110 counts them.</li>
 * <li>One finding per statement, at the entry naming the first action: {@code warning} when a
 * permissions-management action is among them, else {@code note} (a deploy or application role often writes to
 * resources it creates at run time; naming them is good practice, not a defect).</li>
 * </ul>
 */
public final class ResourceWildcardWriteRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM110",
            "resource-wildcard-write",
            Severity.NOTE,
            "An Allow statement grants write or permissions-management actions that support resource-level "
                    + "permissions on any resource (\"*\").",
            "Name the resources the actions must change (ARNs or ARN patterns of the application's resources).",
            4.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        boolean exposureReported = context.settings().enabled(ResourceExposureRule.INFO.id());
        if (!st.isAllow() || st.action() == null || st.resource() == null || scopedByAttributes(st)) {
            return;
        }
        Set<String> services = new TreeSet<>(analyzed.services());
        services.remove("iam");
        List<Granted> hits = new ArrayList<>();
        for (Granted g : Grants.actions(analyzed, services, a -> counts(a, exposureReported))) {
            if (g.source() != null
                    && !WildcardActionRule.isWholeServiceWildcard(g.source().value())
                    && Breadth.scope(analyzed, g.action(), context.catalog()) == Breadth.Scope.ANY) {
                hits.add(g);
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        // in the order they are written, so that the finding stands at the first entry that grants one
        hits.sort(java.util.Comparator.comparing(g -> g.source().location()));
        boolean permissions =
                hits.stream().anyMatch(g -> g.action().accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT);
        String message = Grants.name(st) + " allows " + hits.size()
                + (permissions ? " write or permissions-management action" : " write action")
                + (hits.size() == 1 ? "" : "s") + " on any resource ("
                + Grants.list(hits.stream().map(g -> g.action().fullName()).toList(), 5)
                + ") although " + (hits.size() == 1 ? "it supports" : "they support")
                + " resource-level permissions: the caller can change every such resource of the account. "
                + "Name the resources it must change.";
        Granted first = hits.get(0);
        context.report(
                this,
                permissions ? Severity.WARNING : Severity.NOTE,
                Grants.actionLocation(st, first.source()),
                st,
                first.action().fullName(),
                message);
    }

    /**
     * Whether a condition picks the resources by their attributes rather than their ARNs: resource or request tags
     * ({@code aws:ResourceTag/...}, {@code ec2:ResourceTag/...}, {@code aws:RequestTag/...}) or the resource's
     * account or organization. That is attribute-based access control, a narrowing that {@code "*"} must allow.
     */
    static boolean scopedByAttributes(Statement st) {
        for (Statement.Condition c : st.conditions()) {
            String key = c.key().toLowerCase(java.util.Locale.ROOT);
            int colon = key.indexOf(':');
            String name = colon < 0 ? key : key.substring(colon + 1);
            if (name.startsWith("resourcetag/")
                    || name.startsWith("requesttag/")
                    || key.equals("aws:resourceaccount")
                    || key.equals("aws:resourceorgid")
                    || key.equals("aws:resourceorgpaths")) {
                return true;
            }
        }
        return false;
    }

    /** A write or permissions-management action with resource types that no other rule reports on any resource. */
    private static boolean counts(ActionInfo a, boolean exposureReported) {
        // the access level first: it rules out most of a "*" statement's actions without a map lookup
        boolean level = a.accessLevel() == AccessLevel.WRITE
                || (a.accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT && !exposureReported);
        return level && !a.resourceTypes().isEmpty() && !CredentialsExposureRule.ACTIONS.containsKey(a.key());
    }
}
