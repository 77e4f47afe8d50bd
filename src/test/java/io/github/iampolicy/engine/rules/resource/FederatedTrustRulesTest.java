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

import static io.github.iampolicy.engine.rules.resource.TrustTesting.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IAM404 (GitHub Actions) and IAM405 (other OIDC providers). */
class FederatedTrustRulesTest {

    private static final String GITHUB =
            "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"arn:aws:iam::123456789012:oidc-provider/"
                    + "token.actions.githubusercontent.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\"";

    private final GitHubOidcTrustRule github = new GitHubOidcTrustRule();
    private final OidcSubjectRule oidc = new OidcSubjectRule();

    private static String withCondition(String head, String condition) {
        return head + (condition.isEmpty() ? "" : ",\"Condition\":{" + condition + "}") + "}";
    }

    @Test
    void githubWithoutSubIsAnErrorNamingTheMissingAudToo() {
        List<Finding> f = trust(github, withCondition(GITHUB, ""));
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("any repository"));
        assertTrue(f.get(0).message().contains(":aud"));
        List<Finding> g = trust(
                github,
                withCondition(
                        GITHUB,
                        "\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"}"));
        assertEquals(Severity.ERROR, g.get(0).severity());
        assertFalse(g.get(0).message().contains("none on"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "repo:*", "repo:*/app:*", "repo:octo*/app:ref:refs/heads/main", "?epo:octo/app:*"})
    void subPatternsOfAnyOwnerAreErrors(String sub) {
        List<Finding> f = trust(
                github,
                withCondition(
                        GITHUB,
                        "\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"},"
                                + "\"StringLike\":{\"token.actions.githubusercontent.com:sub\":\"" + sub + "\"}"));
        assertEquals(1, f.size(), sub);
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("any owner"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "repo:octo-org/app:ref:refs/heads/main",
                "repo:octo-org/*",
                "repo:octo-org/app:environment:prod",
                "repository_owner_id:123:repo:*",
                "${sub}"
            })
    void subPatternsOfOneOwnerAreAccepted(String sub) {
        assertEquals(
                List.of(),
                trust(
                        github,
                        withCondition(
                                GITHUB,
                                "\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"},"
                                        + "\"ForAnyValue:StringLike\":{\"token.actions.githubusercontent.com:sub\":[\""
                                        + sub + "\"]}")));
    }

    @Test
    void aGoodSubWithoutAudIsAWarningAndANegatedSubDoesNotCount() {
        List<Finding> f = trust(
                github,
                withCondition(
                        GITHUB, "\"StringLike\":{\"token.actions.githubusercontent.com:sub\":\"repo:octo/app:*\"}"));
        assertEquals(Severity.WARNING, f.get(0).severity());
        List<Finding> g = trust(
                github,
                withCondition(
                        GITHUB, "\"StringNotLike\":{\"token.actions.githubusercontent.com:sub\":\"repo:evil/*\"}"));
        assertEquals(Severity.ERROR, g.get(0).severity());
    }

    @Test
    void aTemplateProviderWithGitHubsKeysIsGitHub() {
        String head = "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"${provider_arn}\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"";
        String anyOwner = withCondition(
                head,
                "\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"},"
                        + "\"StringLike\":{\"token.actions.githubusercontent.com:sub\":\"repo:*\"}");
        assertEquals(Severity.ERROR, trust(github, anyOwner).get(0).severity());
        assertEquals(List.of(), trust(oidc, anyOwner));
        String oneRepo = withCondition(
                head,
                "\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"},"
                        + "\"StringLike\":{\"token.actions.githubusercontent.com:sub\":\"repo:${repo}:*\"}");
        assertEquals(List.of(), trust(github, oneRepo));
        // without GitHub's keys a template provider is IAM405's
        assertEquals(List.of(), trust(github, withCondition(head, "")));
        assertEquals(1, trust(oidc, withCondition(head, "")).size());
    }

    @Test
    void githubIsNotIam405s() {
        assertEquals(List.of(), trust(oidc, withCondition(GITHUB, "")));
    }

    private static String federated(String provider) {
        return "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"" + provider
                + "\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\"";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC|"
                        + "oidc.eks.eu-west-1.amazonaws.com/id/ABC:aud|sts.amazonaws.com",
                "cognito-identity.amazonaws.com|cognito-identity.amazonaws.com:amr|authenticated",
                "accounts.google.com|accounts.google.com:email|a@example.com",
                "graph.facebook.com|graph.facebook.com:sub|x",
                "arn:aws:iam::123456789012:oidc-provider/${provider}|x:aud|*"
            })
    void providersWithoutTheirSubjectKeyAreErrors(String row) {
        String[] r = row.split("\\|");
        List<Finding> f =
                trust(oidc, withCondition(federated(r[0]), "\"StringEquals\":{\"" + r[1] + "\":\"" + r[2] + "\"}"));
        assertEquals(1, f.size(), row);
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC|"
                        + "oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub|system:serviceaccount:ns:app",
                "cognito-identity.amazonaws.com|cognito-identity.amazonaws.com:aud|eu-west-1:1234",
                "accounts.google.com|accounts.google.com:aud|1234.apps.googleusercontent.com",
                "www.amazon.com|www.amazon.com:app_id|amzn1.application.x",
                "${provider_arn}|${provider_url}:sub|system:serviceaccount:ns:app",
                "arn:aws:iam::123456789012:saml-provider/corp|SAML:aud|https://signin.aws.amazon.com/saml"
            })
    void providersWithTheirSubjectKeyOrSamlAreAccepted(String row) {
        String[] r = row.split("\\|");
        assertEquals(
                List.of(),
                trust(oidc, withCondition(federated(r[0]), "\"StringEquals\":{\"" + r[1] + "\":\"" + r[2] + "\"}")),
                row);
    }
}
