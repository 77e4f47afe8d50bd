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
package io.github.iampolicy.engine.rules.document;

import static io.github.iampolicy.engine.rules.document.Findings.at;
import static io.github.iampolicy.engine.rules.document.Findings.of;
import static io.github.iampolicy.engine.rules.document.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountPlaceholderRuleTest {

    private final AccountPlaceholderRule rule = new AccountPlaceholderRule();

    private static String stmt(String element, String resources) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"S\", \"Effect\": \"Allow\", "
                + "\"Action\": \"iam:GetUser\", \"" + element + "\": [" + resources + "]}]}";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "xxxxxxxxxxxx",
                "account-id",
                "<AWS Account>",
                "ACCOUNT-ID-WITHOUT-HYPHENS",
                "account",
                "12345678901",
                "1234567890123",
                "${aws:PrincipalAccount}"
            })
    void placeholderAccountsAreWarnings(String account) {
        String arn = "arn:aws:iam::" + account + ":user/${aws:username}";
        String json = stmt("Resource", "\"" + arn + "\"");
        Finding f = only(of(rule, TestPolicies.policy(json)));
        assertEquals("IAM007", f.rule().id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(at(json, "\"arn:"), f.location());
        assertEquals("S", f.statement());
        assertTrue(f.message().contains("Statement \"S\" uses \"" + arn + "\""), f.message());
        assertTrue(f.message().contains("account field \"" + account + "\""), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "*", "", "aws", "${account_id}", "12345678901?", "1234*", "${env}-123"})
    void acceptedAccountFields(String account) {
        assertEquals(
                List.of(),
                of(
                        rule,
                        TestPolicies.policy(
                                stmt("Resource", "\"arn:aws:iam::" + account + ":user/${aws:username}\""))));
    }

    @Test
    void oneFindingPerStatementCountingTheOthers() {
        String json = stmt(
                "NotResource",
                "\"arn:aws:iam::xxxxxxxxxxxx:user/a\", \"arn:aws:iam::123456789012:user/b\", "
                        + "\"arn:aws:iam::account-id:mfa/c\", \"arn:aws:iam::xxxxxxxxxxxx:user/a\"");
        Finding f = only(of(rule, TestPolicies.policy(json)));
        assertEquals(at(json, "\"arn:aws:iam::xxxxxxxxxxxx"), f.location());
        assertTrue(f.message().contains("1 more ARN"), f.message());
        assertTrue(f.message().contains("\"account-id\""), f.message());
    }

    @Test
    void principalArnsAreCheckedAndNonArnsLeftToIam008() {
        String json =
                "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::ACCOUNT:root\", "
                        + "\"111122223333\"]}, \"Action\": \"s3:GetObject\", \"Resource\": [\"user/x\", \"*\"]}]}";
        Finding f = only(of(rule, TestPolicies.policy(json, PolicyKind.RESOURCE)));
        assertEquals(at(json, "\"arn:aws:iam::ACCOUNT:root\""), f.location());
    }

    @Test
    void theCloudFrontOriginAccessIdentityPrincipalIsNoPlaceholder() {
        String oai = "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
                + "\"arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL\"}, "
                + "\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::site/*\"}]}";
        assertEquals(List.of(), of(rule, TestPolicies.policy(oai, PolicyKind.RESOURCE)));
        String other = oai.replace("user/CloudFront Origin Access Identity E2QWRUHAPOMQZL", "user/deployer");
        assertEquals(
                "IAM007",
                only(of(rule, TestPolicies.policy(other, PolicyKind.RESOURCE)))
                        .rule()
                        .id());
    }
}
