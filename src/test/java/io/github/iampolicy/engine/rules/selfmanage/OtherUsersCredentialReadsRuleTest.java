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
package io.github.iampolicy.engine.rules.selfmanage;

import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.doc;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.locate;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onPolicy;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onStatement;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OtherUsersCredentialReadsRuleTest {

    private final OtherUsersCredentialReadsRule rule = new OtherUsersCredentialReadsRule();

    @Test
    void listMfaDevicesOnStarIsAWarning() {
        String json = doc("{\"Sid\":\"Console\",\"Effect\":\"Allow\",\"Action\":[\"iam:ListVirtualMFADevices\","
                + "\"iam:ListMFADevices\",\"iam:CreateAccessKey\"],\"Resource\":\"*\"}");
        Finding f = single(onPolicy(rule, json));
        assertEquals("IAM207", f.rule().id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(locate(json, "\"*\"", 0), f.location());
        assertTrue(
                f.message()
                        .startsWith("Statement \"Console\" allows iam:ListMFADevices on * (every user's MFA "
                                + "devices): exposes other users' credential metadata"),
                f.message());
        assertTrue(f.message().endsWith("Scope it to arn:aws:iam::*:user/${aws:username}."), f.message());
    }

    @Test
    void changePasswordOnOtherUsersIsIam207() {
        Finding f = single(onStatement(
                rule,
                "{\"Effect\":\"Allow\",\"Action\":\"iam:ChangePassword\","
                        + "\"Resource\":\"arn:aws:iam::228257729549:user/*\"}"));
        assertTrue(f.message().contains("only changes the caller's own password"), f.message());
    }

    @Test
    void notResourceCoversOtherUsers() {
        String json = doc("{\"Effect\":\"Allow\",\"Action\":[\"iam:GetUser\",\"iam:GetLoginProfile\"],"
                + "\"NotResource\":\"arn:aws:iam::123456789012:user/Maria\"}");
        Finding f = single(onPolicy(rule, json));
        assertEquals(locate(json, "\"arn:aws:iam::123456789012:user/Maria\"", 0), f.location());
        assertTrue(f.message().contains("every other user's"), f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "arn:aws:iam::*:user/*",
                "arn:aws:iam::*:user/${aws:username}*",
                "arn:aws:iam::${AWS::AccountId}:user/*"
            })
    void coveringFormsAsForIam201(String resource) {
        assertEquals(
                1,
                onStatement(
                                rule,
                                "{\"Effect\":\"Allow\",\"Action\":[\"iam:ListSSHPublicKeys\","
                                        + "\"iam:GetSSHPublicKey\"],\"Resource\":\"" + resource + "\"}")
                        .size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:GetUser\",\"iam:ListMFADevices\"],"
                        + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:ListMFADevices\",\"Resource\":[\"arn:aws:iam::*:mfa/*\","
                        + "\"arn:aws:iam::*:user/${aws:username}\"]}",
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:CreateAccessKey\",\"iam:ListMFADeviceTags\"],\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:GetUser\",\"Resource\":\"arn:aws:iam::*:user/Maria\"}",
                "{\"Effect\":\"Deny\",\"Action\":\"iam:GetUser\",\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:ListUsers\",\"iam:GetAccountSummary\"],\"Resource\":\"*\"}",
            })
    void selfScopedOtherTypesWritesSingleUsersDenyAndAccountViewAreNotIam207(String statement) {
        assertTrue(onStatement(rule, statement).isEmpty(), statement);
    }
}
