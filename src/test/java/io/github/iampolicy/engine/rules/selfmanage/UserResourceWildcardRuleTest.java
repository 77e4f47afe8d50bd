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

class UserResourceWildcardRuleTest {

    private final UserResourceWildcardRule rule = new UserResourceWildcardRule();

    private static String allow(String actions, String resource) {
        return "{\"Sid\":\"ManageKeys\",\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":" + resource + "}";
    }

    @Test
    void theSpecExample() {
        String json = doc(allow("\"iam:CreateAccessKey\"", "\"arn:aws:iam::123456789012:user/*\""));
        Finding f = single(onPolicy(rule, json));
        assertEquals("IAM201", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("ManageKeys", f.statement());
        assertEquals(locate(json, "\"arn:aws:iam::123456789012:user/*\"", 0), f.location());
        assertEquals(
                "Statement \"ManageKeys\" allows iam:CreateAccessKey on arn:aws:iam::123456789012:user/* "
                        + "(every user's access keys). Scope it to arn:aws:iam::*:user/${aws:username}.",
                f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "arn:aws:iam::*:*",
                "arn:aws:iam::*:user/*",
                "arn:aws:iam::*:user/path/*",
                "arn:aws:iam::*:user/?*",
                "arn:aws:iam::*:user/${aws:username}*",
                "arn:aws:iam::*:user/*${aws:username}",
                "arn:*:iam::*:user*",
                "arn:aws:iam::${account_id}:user/*"
            })
    void everyFormCoveringOtherUsersIsAnError(String resource) {
        Finding f = single(onStatement(
                rule,
                allow(
                        "[\"iam:GetUser\",\"iam:UpdateLoginProfile\"]",
                        "[\"arn:aws:iam::*:user/${aws:username}\",\"" + resource + "\"]")));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("iam:UpdateLoginProfile on "), f.message());
        assertTrue(f.message().contains("every user's console passwords"), f.message());
        assertTrue(!f.message().contains("iam:GetUser"), "reads are IAM207's: " + f.message());
    }

    @Test
    void notResourceCoversEveryOtherUser() {
        String json = doc("{\"Effect\":\"Allow\",\"Action\":[\"iam:CreateAccessKey\",\"iam:EnableMFADevice\"],"
                + "\"NotResource\":\"arn:aws:iam::*:user/${aws:username}\"}");
        Finding f = single(onPolicy(rule, json));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(locate(json, "\"arn:aws:iam::*:user/${aws:username}\"", 0), f.location());
        assertTrue(
                f.message()
                        .contains("on NotResource arn:aws:iam::*:user/${aws:username} (every other user's "
                                + "access keys and MFA devices)"),
                f.message());
    }

    @Test
    void notResourceExcludingEveryUserGrantsNothing() {
        assertTrue(onStatement(
                        rule,
                        "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                                + "\"NotResource\":\"arn:aws:iam::*:user/*\"}")
                .isEmpty());
    }

    @Test
    void oneFindingPerStatementNamingActionsAndResources() {
        String json = doc(allow(
                "[\"iam:CreateAccessKey\",\"iam:UploadSSHPublicKey\"]",
                "[\"arn:aws:iam::*:user/${aws:username}\",\"arn:aws:iam::*:user/admins/*\",\"*\"]"));
        Finding f = single(onPolicy(rule, json));
        assertEquals(locate(json, "\"arn:aws:iam::*:user/admins/*\"", 0), f.location());
        assertTrue(
                f.message()
                        .contains("allows iam:CreateAccessKey, iam:UploadSSHPublicKey on "
                                + "arn:aws:iam::*:user/admins/*, * (every user's access keys and SSH public keys)"),
                f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // self forms and one named user (IAM202)
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":[\"arn:aws:iam::*:user/${aws:username}\","
                        + "\"arn:aws:iam::*:user/*/${aws:username}\"]}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"arn:aws:iam::*:user/Maria\"}",
                // exemptions
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateVirtualMFADevice\",\"Resource\":\"arn:aws:iam::*:mfa/*\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateVirtualMFADevice\",\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:DeleteVirtualMFADevice\",\"Resource\":\"arn:aws:iam::*:mfa/*\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:DeleteVirtualMFADevice\",\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:ChangePassword\",\"Resource\":\"*\"}",
                // another resource type grants the action nothing
                "{\"Effect\":\"Allow\",\"Action\":\"iam:EnableMFADevice\",\"Resource\":[\"arn:aws:iam::*:mfa/*\","
                        + "\"arn:aws:iam::*:user/${aws:username}\"]}",
                // reads only, Deny, NotAction excluding IAM
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:GetUser\",\"iam:ListAccessKeys\"],\"Resource\":\"*\"}",
                "{\"Effect\":\"Deny\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}",
            })
    void selfFormsExemptionsOtherTypesReadsAndDenyAreNotIam201(String statement) {
        assertTrue(onStatement(rule, statement).isEmpty(), statement);
    }

    @Test
    void notActionGrantsItsComplement() {
        assertEquals(
                Severity.ERROR,
                single(onStatement(rule, "{\"Effect\":\"Allow\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}"))
                        .severity());
    }

    @Test
    void conditionsDoNotNarrowTheResource() {
        Finding f = single(onStatement(
                rule,
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"*\","
                        + "\"Condition\":{\"StringEquals\":{\"aws:username\":\"${aws:username}\"},"
                        + "\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}"));
        assertEquals(Severity.ERROR, f.severity());
    }

    private static String tagScoped(String operator, String key) {
        return "{\"Sid\":\"Tagged\",\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/*\",\"Condition\":{\"" + operator + "\":{\"" + key
                + "\":\"${aws:username}\"}}}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws:ResourceTag/owner", "iam:ResourceTag/owner", "AWS:resourcetag/Owner"})
    void tagBasedScopingIsAWarning(String key) {
        Finding f = single(onStatement(rule, tagScoped("StringEquals", key)));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("resource-tag condition limits it"), f.message());
        assertEquals(
                Severity.WARNING,
                single(onStatement(rule, tagScoped("StringLike", key))).severity());
    }

    @Test
    void ifExistsOrOtherValuesAreNotTagScoping() {
        assertEquals(
                Severity.ERROR,
                single(onStatement(rule, tagScoped("StringEqualsIfExists", "aws:ResourceTag/owner")))
                        .severity());
        assertEquals(
                Severity.ERROR,
                single(onStatement(
                                rule,
                                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                                        + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:ResourceTag/owner\":"
                                        + "[\"${aws:username}\",\"admin\"]}}}"))
                        .severity());
    }

    @Test
    void tagScopingStaysAnErrorWhenUsersCanTagOtherUsers() {
        String json = doc(
                tagScoped("StringEquals", "aws:ResourceTag/owner"),
                "{\"Effect\":\"Allow\",\"Action\":\"iam:Tag*\",\"Resource\":\"arn:aws:iam::*:user/*\"}");
        Finding f = single(onPolicy(rule, json));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("does not help"), f.message());
    }

    @Test
    void tagScopingStaysAWarningWhenUsersCanTagOnlyThemselves() {
        String json = doc(
                tagScoped("StringEquals", "aws:ResourceTag/owner"),
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:TagUser\",\"iam:UntagUser\"],"
                        + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}");
        assertEquals(Severity.WARNING, single(onPolicy(rule, json)).severity());
    }

    @Test
    void tagScopingStaysAnErrorWhenTaggingUsesNotResource() {
        String json = doc(
                tagScoped("StringEquals", "aws:ResourceTag/owner"),
                "{\"Effect\":\"Allow\",\"Action\":\"iam:UntagUser\",\"NotResource\":\"arn:aws:iam::*:user/Admin\"}");
        assertEquals(Severity.ERROR, single(onPolicy(rule, json)).severity());
    }

    @Test
    void otherPartitionsAreKeptInTheSuggestion() {
        Finding f = single(onStatement(rule, allow("\"iam:CreateAccessKey\"", "\"arn:aws-cn:iam::*:user/*\"")));
        assertTrue(f.message().endsWith("Scope it to arn:aws-cn:iam::*:user/${aws:username}."), f.message());
    }
}
