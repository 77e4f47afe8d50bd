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
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.text.Values;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * IAM405 oidc-trust-without-subject: a role trusts an OpenID Connect provider other than GitHub Actions (EKS,
 * Google, Cognito identity pools, Facebook, Login with Amazon, any {@code oidc-provider/HOST}) without a
 * condition on the claim that says whose token it is.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM405.md):
 * <ul>
 * <li>The claim keys per provider are in {@link #KEYS}; any other provider needs {@code HOST:sub} (EKS:
 * {@code oidc.eks.REGION.amazonaws.com/id/ID:sub}, the service account).</li>
 * <li>A provider given by a template value (a Terraform reference to {@code aws_iam_openid_connect_provider}) is
 * satisfied by any positive condition on a key ending in {@code :sub} or {@code :aud}, or on a key that is
 * itself a template value; it is reported only without one.</li>
 * <li>SAML providers ({@code saml-provider/...}) are not OIDC and are left alone; GitHub Actions is IAM404's,
 * also when its provider is a template value and the conditions use GitHub's keys.</li>
 * </ul>
 */
public final class OidcSubjectRule implements TrustStatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM405",
            "oidc-trust-without-subject",
            Severity.ERROR,
            "A role trusts an OpenID Connect provider without a condition on the claim that identifies whose token "
                    + "it is (sub, or aud/app_id where the provider requires it).",
            "Add a StringEquals condition on the provider's subject key, e.g. "
                    + "oidc.eks.REGION.amazonaws.com/id/ID:sub = system:serviceaccount:NAMESPACE:NAME, "
                    + "cognito-identity.amazonaws.com:aud = the identity pool id, accounts.google.com:aud = your "
                    + "client id.",
            8.5);

    /** Providers whose identifying claims are not (only) {@code sub}, as AWS documents their condition keys. */
    static final Map<String, List<String>> KEYS = Map.of(
            "cognito-identity.amazonaws.com", List.of("aud"),
            "accounts.google.com", List.of("aud", "oaud", "sub"),
            "graph.facebook.com", List.of("app_id", "id"),
            "www.amazon.com", List.of("app_id", "user_id"));

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
        for (Principals.Entry e : Principals.of(st)) {
            if (!e.type().equals("Federated")) {
                continue;
            }
            String host = host(e.text());
            if (host.isEmpty()
                    || GitHubOidcTrustRule.isGitHub(st, e.text())
                    || e.text().contains(":saml-provider/")) {
                continue;
            }
            if (satisfied(st, host)) {
                continue;
            }
            List<String> claims = KEYS.getOrDefault(host.toLowerCase(Locale.ROOT), List.of("sub"));
            String needed = Values.hasUnknown(host)
                    ? "the provider's sub or aud claim"
                    : claims.stream().map(c -> Values.display(host) + ":" + c).collect(Collectors.joining(" or "));
            String message = Grants.name(st) + " trusts the identity provider " + Values.display(host)
                    + " without a condition on " + needed + ": anyone who can get a token from that provider "
                    + "(any pod of the cluster, any user of the app, any app of the provider) can assume the "
                    + "role. Add a StringEquals condition on the claim that names who may.";
            context.report(this, INFO.defaultSeverity(), e.value().location(), st, "Federated:" + host, message);
        }
    }

    private static boolean satisfied(Statement st, String host) {
        if (Values.hasUnknown(host)) {
            for (Statement.Condition c : st.conditions()) {
                String k = c.key().toLowerCase(Locale.ROOT);
                if (Principals.isPositive(c.operator())
                        && (k.endsWith(":sub") || k.endsWith(":aud") || Values.hasUnknown(k))
                        && c.texts().stream().anyMatch(v -> !Principals.onlyWildcards(v))) {
                    return true;
                }
            }
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        Set<String> keys = KEYS.getOrDefault(lower, List.of("sub")).stream()
                .map(c -> lower + ":" + c)
                .collect(Collectors.toSet());
        return !Principals.restricting(st, keys).isEmpty();
    }

    /**
     * The provider's host as its condition keys start: {@code HOST} of {@code arn:...:oidc-provider/HOST}, or the
     * whole text of a provider named without ARN ({@code accounts.google.com}); empty for a value that names no
     * provider. The case is kept for messages; keys are compared without it.
     */
    static String host(String federated) {
        int i = federated.toLowerCase(Locale.ROOT).indexOf(":oidc-provider/");
        if (i >= 0) {
            return federated.substring(i + ":oidc-provider/".length());
        }
        return federated.startsWith("arn:") ? "" : federated;
    }
}
