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
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IAM108 credentials-exposure: an Allow statement grants, on any resource, an action that returns credentials
 * or lets the caller sign in elsewhere: {@code sts:AssumeRole}, {@code sts:GetFederationToken},
 * {@code redshift:GetClusterCredentials}, {@code rds-db:connect}, {@code ec2:GetPasswordData},
 * ... (the list is {@link #ACTIONS}).
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM108.md):
 * <ul>
 * <li>The list follows cloudsplaining's "credentials exposure" actions, without the {@code iam:} ones (the
 * self-manage rules judge those) and without {@code sts:GetSessionToken} (it returns the caller's own
 * permissions). {@code ec2-instance-connect:SendSSHPublicKey} is an escalation to the instance's role, IAM106's.</li>
 * <li>"Any resource" as for IAM107; an action without resource types counts whenever it is granted.</li>
 * <li>{@code note} for {@code ecr:GetAuthorizationToken} and {@code codeartifact:GetAuthorizationToken}: every
 * container or package pull needs them and the token carries only the caller's own permissions;
 * {@code warning} for the others. One finding per statement.</li>
 * </ul>
 */
public final class CredentialsExposureRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM108",
            "credentials-exposure",
            Severity.WARNING,
            "An Allow statement grants, on any resource, actions that return credentials or passwords (assume any "
                    + "role, federation tokens, database credentials, instance passwords).",
            "Name the roles, database users, clusters and instances the caller needs credentials for.",
            6.0);

    /** The actions (lower case) and whether a grant of them alone is only a note. */
    static final Map<String, Boolean> ACTIONS = actions();

    private static Map<String, Boolean> actions() {
        Map<String, Boolean> actions = new LinkedHashMap<>();
        for (String a : List.of(
                "sts:AssumeRole",
                "sts:GetFederationToken",
                "redshift:GetClusterCredentials",
                "redshift:GetClusterCredentialsWithIAM",
                "redshift-serverless:GetCredentials",
                "rds-db:connect",
                "ec2:GetPasswordData",
                "lightsail:GetInstanceAccessDetails",
                "lightsail:GetRelationalDatabaseMasterUserPassword",
                "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
                "gamelift:RequestUploadCredentials",
                "chime:CreateApiKey",
                "mediapackage:RotateIngestEndpointCredentials")) {
            actions.put(a.toLowerCase(java.util.Locale.ROOT), false);
        }
        // token actions alone are what every container build needs: a note, not a warning
        actions.put("ecr:getauthorizationtoken", true);
        actions.put("codeartifact:getauthorizationtoken", true);
        return java.util.Collections.unmodifiableMap(actions);
    }

    private static final Set<String> SERVICES = Breadth.services(ACTIONS.keySet());

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
        List<Granted> hits = new ArrayList<>();
        boolean warning = false;
        for (Granted g : Grants.actions(analyzed, SERVICES, a -> ACTIONS.containsKey(a.key()))) {
            if (Breadth.scope(analyzed, g.action(), context.catalog()) == Breadth.Scope.ANY) {
                hits.add(g);
                warning |= !ACTIONS.get(g.action().key());
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        String message = Grants.name(st) + " allows "
                + Grants.list(hits.stream().map(g -> g.action().fullName()).toList(), 5)
                + " on any resource: "
                + (warning
                        ? "the caller can obtain credentials of any role, database user or instance that "
                                + "accepts them. Name the roles, users and instances needed."
                        : "registry tokens carry only the caller's own permissions; noted for review.");
        Granted first = hits.get(0);
        context.report(
                this,
                warning ? Severity.WARNING : Severity.NOTE,
                Grants.actionLocation(st, first.source()),
                st,
                first.action().fullName(),
                message);
    }
}
