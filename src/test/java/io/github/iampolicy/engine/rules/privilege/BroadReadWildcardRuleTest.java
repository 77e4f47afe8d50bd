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

import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.doc;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.locate;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onPolicy;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onStatement;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BroadReadWildcardRuleTest {

    private final BroadReadWildcardRule rule = new BroadReadWildcardRule();

    @Test
    void iamReadWildcardsAreWarnings() {
        String json =
                doc("{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"iam:GetUser\",\"iam:Get*\",\"iam:List*\"],"
                        + "\"Resource\":\"*\"}");
        Finding f = single(onPolicy(rule, json));
        assertEquals("IAM105", f.rule().id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(locate(json, "\"iam:Get*\"", 0), f.location());
        assertTrue(
                f.message().startsWith("Statement \"Read\" allows iam:Get*, iam:List*, which reaches "), f.message());
        assertTrue(f.message().contains("iam:GetAccountAuthorizationDetails"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "iam:*", "iam:GetAccount*", "*:Get*"})
    void everyPatternReachingIamReadsCounts(String pattern) {
        assertEquals(
                1,
                onStatement(rule, "{\"Effect\":\"Allow\",\"Action\":\"" + pattern + "\",\"Resource\":\"*\"}")
                        .size());
    }

    @Test
    void onlyActionsTheResourceCanGrantCount() {
        Finding f = single(onStatement(
                rule,
                "{\"Effect\":\"Allow\",\"Action\":\"iam:Get*\","
                        + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}"));
        assertTrue(f.message().contains("iam:GetUserPolicy"), f.message());
        assertFalse(f.message().contains("iam:GetRole"), f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:*AccessKey*\",\"iam:*SSHPublicKey*\"],"
                        + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}",
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:ListVirtual*\",\"iam:GetAccountSumm*\"],\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"ec2:Describe*\"],\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:GetRole\",\"iam:ListPolicies\"],\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}",
                "{\"Effect\":\"Deny\",\"Action\":\"iam:Get*\",\"Resource\":\"*\"}",
            })
    void selfManageWildcardsOtherServicesNamedReadsNotActionAndDenyAreFine(String statement) {
        assertTrue(onStatement(rule, statement).isEmpty());
    }
}
