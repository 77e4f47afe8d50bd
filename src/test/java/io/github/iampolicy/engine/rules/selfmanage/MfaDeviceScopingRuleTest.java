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

class MfaDeviceScopingRuleTest {

    private final MfaDeviceScopingRule rule = new MfaDeviceScopingRule();

    @Test
    void deleteVirtualMfaDeviceOnEveryDeviceIsAWarning() {
        String json = doc("{\"Sid\":\"Mfa\",\"Effect\":\"Allow\",\"Action\":[\"iam:CreateVirtualMFADevice\","
                + "\"iam:DeleteVirtualMFADevice\"],\"Resource\":[\"arn:aws:iam::*:user/${aws:username}\","
                + "\"arn:aws:iam::*:mfa/*\"]}");
        Finding f = single(onPolicy(rule, json));
        assertEquals("IAM203", f.rule().id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(locate(json, "\"arn:aws:iam::*:mfa/*\"", 0), f.location());
        assertEquals(
                "Statement \"Mfa\" allows iam:DeleteVirtualMFADevice on arn:aws:iam::*:mfa/* (every user's MFA "
                        + "devices): a user can delete other users' devices. Scope it to "
                        + "arn:aws:iam::*:mfa/${aws:username} or leave it out.",
                f.message());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "\"iam:ListMFADeviceTags\"|read the tags of other users' devices",
                "[\"iam:TagMFADevice\",\"iam:UntagMFADevice\"]|tag other users' devices",
                "\"iam:DeleteVirtualMFADevice\"|delete other users' devices",
                "[\"iam:DeleteVirtualMFADevice\",\"iam:TagMFADevice\"]|delete or tag other users' devices"
            })
    void theMessageSaysWhatTheActionsDo(String actions, String consequence) {
        Finding f = single(onPolicy(
                rule,
                doc("{\"Sid\":\"Mfa\",\"Effect\":\"Allow\",\"Action\":" + actions
                        + ",\"Resource\":\"arn:aws:iam::*:mfa/*\"}")));
        assertTrue(f.message().contains("a user can " + consequence + ". Scope"), f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[\"iam:TagMFADevice\",\"iam:UntagMFADevice\"]",
                "\"iam:*MFADevice\"",
                "\"iam:ListMFADeviceTags\"",
                "\"iam:DeleteVirtualMFADevice\""
            })
    void deviceActionsOnStarAreWarnings(String actions) {
        Finding f = single(onStatement(rule, "{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":\"*\"}"));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(!f.message().contains("CreateVirtualMFADevice"), f.message());
    }

    @Test
    void notResourceCoversOtherDevices() {
        assertEquals(
                1,
                onStatement(
                                rule,
                                "{\"Effect\":\"Allow\",\"Action\":\"iam:DeleteVirtualMFADevice\","
                                        + "\"NotResource\":\"arn:aws:iam::*:mfa/${aws:username}\"}")
                        .size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateVirtualMFADevice\",\"Resource\":[\"arn:aws:iam::*:mfa/*\",\"*\"]}",
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:CreateVirtualMFADevice\",\"iam:DeleteVirtualMFADevice\"],"
                        + "\"Resource\":\"arn:aws:iam::*:mfa/${aws:username}\"}",
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:EnableMFADevice\",\"iam:DeactivateMFADevice\"],\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:DeleteVirtualMFADevice\",\"Resource\":\"arn:aws:iam::*:user/*\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:List*\",\"Resource\":\"*\"}",
                "{\"Effect\":\"Deny\",\"Action\":\"iam:DeleteVirtualMFADevice\",\"Resource\":\"*\"}",
            })
    void createOwnDeviceUserTypedActionsWildcardReadsAndDenyAreNotIam203(String statement) {
        assertTrue(onStatement(rule, statement).isEmpty(), statement);
    }
}
