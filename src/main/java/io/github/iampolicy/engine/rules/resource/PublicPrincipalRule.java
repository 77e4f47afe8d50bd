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
package io.github.iampolicy.engine.rules.resource;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.analysis.Granted;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IAM401 public-principal: an Allow statement of a trust or resource policy whose principal is everyone
 * ({@code "*"} or {@code {"AWS": "*"}}), anonymous callers included.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM401.md):
 * <ul>
 * <li>No finding when a positive condition (not a negation, not {@code Null}, not {@code ...IfExists}) on a key
 * that names who calls or from where narrows the statement: {@link #RESTRICTING}. A value that is only
 * wildcards narrows nothing. {@link PublicNarrowing} adds {@code aws:PrincipalIsAWSService} and a Deny that
 * fences the Allow.</li>
 * <li>{@code warning} when the only such condition is {@code aws:SourceIp}: still anyone, but from the listed
 * networks; {@code warning} when every granted action is a read or list (a public website bucket is often
 * meant to be public); {@code error} otherwise: public write, permissions management, {@code NotAction}, a
 * wildcard service, or assuming a role.</li>
 * <li>Deny statements are never reported: {@code Principal "*"} is how a Deny applies to every caller.</li>
 * </ul>
 */
public final class PublicPrincipalRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM401",
            "public-principal",
            Severity.ERROR,
            "An Allow statement of a trust or resource policy grants its actions to everyone (Principal \"*\") "
                    + "without a condition that narrows who may call.",
            "Name the principals that need access, or add a condition such as aws:PrincipalOrgID, "
                    + "aws:SourceArn, aws:SourceAccount or aws:SourceVpce.",
            8.5);

    /** Keys whose positive condition makes a public principal acceptable (lower case). */
    static final Set<String> RESTRICTING = Set.of(
            "aws:principalorgid",
            "aws:principalorgpaths",
            "aws:principalaccount",
            "aws:principalarn",
            "aws:principalservicename",
            "aws:userid",
            "aws:sourcearn",
            "aws:sourceaccount",
            "aws:sourceowner",
            "aws:sourceorgid",
            "aws:sourceorgpaths",
            "aws:sourcevpc",
            "aws:sourcevpce",
            "kms:calleraccount",
            "s3:dataaccesspointaccount",
            "s3:dataaccesspointarn");

    private static final Set<String> SOURCE_IP = Set.of("aws:sourceip");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public boolean identityOnly() {
        return false;
    }

    @Override
    public boolean appliesTo(PolicyContext context) {
        return !(context.isIdentityPolicy() || context.policy().kind() == PolicyKind.ENDPOINT);
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow()) {
            return;
        }
        Principals.Entry everyone = Principals.of(st).stream()
                .filter(Principals.Entry::isEveryone)
                .findFirst()
                .orElse(null);
        if (everyone == null
                || !Principals.restricting(st, RESTRICTING).isEmpty()
                || PublicNarrowing.servicePrincipalsOnly(st)
                || PublicNarrowing.fencedByDeny(context, st, RESTRICTING)) {
            return;
        }
        boolean ipOnly = !Principals.restricting(st, SOURCE_IP).isEmpty();
        Set<String> writes = writes(context, analyzed);
        boolean write = !writes.isEmpty();
        Severity severity = write && !ipOnly ? Severity.ERROR : Severity.WARNING;
        String granted =
                Grants.list(st.actionEntries().stream().map(Grants::show).toList(), 4);
        StringBuilder m = new StringBuilder(Grants.name(st))
                .append(" allows ")
                .append(st.action() == null ? "every action but " : "")
                .append(granted)
                .append(" to everyone (Principal \"*\"), callers without AWS credentials included");
        if (ipOnly) {
            m.append(", from the networks of its aws:SourceIp condition");
        } else if (!write) {
            m.append(": only reads, as for a public website, but check that the data is meant to be public");
        } else {
            m.append(", among them ").append(Grants.list(List.copyOf(writes), 3));
        }
        m.append(". Name the principals, or narrow the statement with aws:PrincipalOrgID, aws:SourceArn, "
                + "aws:SourceAccount or aws:SourceVpce.");
        context.report(this, severity, everyone.value().location(), st, "Principal:*", m.toString());
    }

    /**
     * The actions of the statement that change something (write, permissions management, tagging); a
     * {@code NotAction} or an entry with a wildcard service counts as writing everything.
     */
    private static Set<String> writes(PolicyContext context, AnalyzedStatement analyzed) {
        Statement st = analyzed.statement();
        Set<String> out = new LinkedHashSet<>();
        if (st.action() == null) {
            out.add("NotAction");
            return out;
        }
        Set<String> services = new LinkedHashSet<>();
        for (ScalarNode e : st.action()) {
            String v = e.value();
            int colon = v.indexOf(':');
            String service = colon < 0 ? v : v.substring(0, colon);
            if (service.contains("*") || service.contains("?")) {
                out.add(Grants.show(e));
            } else if (context.catalog().hasService(service.toLowerCase(Locale.ROOT))) {
                services.add(service.toLowerCase(Locale.ROOT));
            }
        }
        for (Granted g : Grants.actions(analyzed, services, a -> a.accessLevel().isWrite())) {
            ActionInfo a = g.action();
            out.add(a.fullName());
        }
        return out;
    }
}
