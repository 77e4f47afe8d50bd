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
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IAM406 service-principal-without-source: an Allow statement of a resource policy (bucket, key, queue, topic)
 * grants to an AWS service principal without {@code aws:SourceArn}, {@code aws:SourceAccount},
 * {@code aws:SourceOrgID} or {@code aws:SourceOrgPaths}: the service may then act on the resource for any of its
 * customers (the confused deputy problem).
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM406.md):
 * <ul>
 * <li>Also accepted: {@code aws:SourceOwner} (older services), {@code aws:SourceVpce}, and KMS's
 * {@code kms:EncryptionContext:...}, {@code kms:ViaService} and {@code kms:CallerAccount} (AWS's key policy
 * examples for CloudWatch Logs and for services acting through KMS scope the grant this way).</li>
 * <li>Exempt: statements whose every {@code Resource} carries an account after {@code AWSLogs/} (the log delivery
 * layout AWS documents for ELB, CloudTrail and VPC flow logs scopes the writable path to the account), and
 * trust policies (a role trusted by {@code lambda.amazonaws.com} is assumed only where the role is passed).</li>
 * <li>One finding per statement, at the first service principal.</li>
 * </ul>
 */
public final class ServicePrincipalSourceRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM406",
            "service-principal-without-source",
            Severity.WARNING,
            "A resource policy grants an AWS service principal access without aws:SourceArn or aws:SourceAccount "
                    + "(confused deputy).",
            "Add a condition such as StringEquals aws:SourceAccount with your account id, or ArnLike aws:SourceArn "
                    + "with the ARN of the resource the service acts for (the trail, the topic, the distribution).",
            5.0);

    private static final Set<String> SOURCE = Set.of(
            "aws:sourcearn",
            "aws:sourceaccount",
            "aws:sourceorgid",
            "aws:sourceorgpaths",
            "aws:sourceowner",
            "aws:sourcevpce",
            "kms:viaservice",
            "kms:calleraccount");

    private static final Pattern LOG_PATH =
            Pattern.compile(".*/AWSLogs/(\\d{12}|" + Values.START + "[^" + Values.END + "]*" + Values.END + ")(/.*)?");

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
        return Principals.isResourcePolicy(context);
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow() || scoped(st)) {
            return;
        }
        List<Principals.Entry> services = Principals.of(st).stream()
                .filter(e -> e.type().equals("Service") && !Values.hasUnknown(e.text()))
                .toList();
        if (services.isEmpty()) {
            return;
        }
        String names = Grants.list(services.stream().map(Principals.Entry::text).toList(), 3);
        String message = Grants.name(st) + " allows " + names + " without aws:SourceArn or aws:SourceAccount: "
                + "the service acts for every AWS customer, and one of them can point it at this resource "
                + "(confused deputy). Add StringEquals aws:SourceAccount or ArnLike aws:SourceArn.";
        Principals.Entry first = services.get(0);
        context.report(this, INFO.defaultSeverity(), first.value().location(), st, "Service:" + first.text(), message);
    }

    private static boolean scoped(Statement st) {
        if (!Principals.restricting(st, SOURCE).isEmpty()) {
            return true;
        }
        for (Statement.Condition c : st.conditions()) {
            if (Principals.isPositive(c.operator())
                    && c.key().toLowerCase(Locale.ROOT).startsWith("kms:encryptioncontext:")) {
                return true;
            }
        }
        List<ScalarNode> resources = st.resource();
        return resources != null
                && !resources.isEmpty()
                && resources.stream().allMatch(r -> LOG_PATH.matcher(r.value()).matches());
    }
}
