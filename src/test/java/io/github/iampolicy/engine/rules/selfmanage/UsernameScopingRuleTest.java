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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameScopingRuleTest {

    private final UsernameScopingRule rule = new UsernameScopingRule();

    private static String allow(String action, String resource) {
        return "{\"Sid\":\"Own\",\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":" + resource + "}";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "arn:aws:iam::*:user/${aws:userid}            | ERROR   | a variable",
                "arn:aws:iam::*:user/${aws:PrincipalTag/name} | ERROR   | a variable",
                "arn:aws:iam::*:user/${aws:username}-admin    | ERROR   | a variable",
                "arn:aws:iam::123456789012:user/Maria         | WARNING | one fixed user",
                "arn:aws:iam::*:user/${user_name}             | WARNING | template value",
                "arn:aws:iam::*:user/${aws.username}          | WARNING | template value",
            })
    void namedUsersThatAreNotTheCaller(String resource, Severity severity, String why) {
        String json =
                doc(allow("iam:CreateAccessKey", "[\"arn:aws:iam::*:user/${aws:username}\",\"" + resource + "\"]"));
        Finding f = single(onPolicy(rule, json));
        assertEquals("IAM202", f.rule().id());
        assertEquals(severity, f.severity());
        assertEquals(locate(json, "\"" + resource + "\"", 0), f.location());
        assertTrue(f.message().startsWith("Statement \"Own\" scopes iam:CreateAccessKey to "), f.message());
        assertTrue(f.message().contains(why), f.message());
        assertTrue(f.message().endsWith("Scope it to arn:aws:iam::*:user/${aws:username}."), f.message());
    }

    @Test
    void theMostSevereKindWinsAndEveryEntryIsNamed() {
        String json = doc(
                allow("iam:ListAccessKeys", "[\"arn:aws:iam::*:user/Maria\",\"arn:aws:iam::*:user/${aws:userid}\"]"));
        Finding f = single(onPolicy(rule, json));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(locate(json, "\"arn:aws:iam::*:user/Maria\"", 0), f.location());
        assertTrue(
                f.message().contains("user/Maria (one fixed user")
                        && f.message().contains("${aws:userid} (a variable"),
                f.message());
    }

    @Test
    void wholeUnknownResourceIsAWarning() {
        assertEquals(
                Severity.WARNING,
                single(onStatement(rule, allow("iam:GetUser", "\"${user_arn}\"")))
                        .severity());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":[\"arn:aws:iam::*:user/${aws:username}\","
                        + "\"arn:aws:iam::*:user/*/${aws:username}\",\"arn:aws:iam::*:user/dev/${aws:username}\"]}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":[\"*\",\"arn:aws:iam::*:user/*\","
                        + "\"arn:aws:iam::*:user/${aws:username}*\"]}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"NotResource\":\"arn:aws:iam::*:user/Maria\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateVirtualMFADevice\",\"Resource\":\"arn:aws:iam::*:mfa/Maria\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"iam:GetUserPolicy\",\"Resource\":\"arn:aws:iam::*:user/Maria\"}",
                "{\"Effect\":\"Deny\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"arn:aws:iam::*:user/${aws:userid}\"}",
            })
    void selfFormsCoveringFormsOtherTypesOtherActionsAndDenyAreNotIam202(String statement) {
        assertTrue(onStatement(rule, statement).isEmpty(), statement);
    }

    @Test
    void readsAndChangePasswordCountToo() {
        assertEquals(
                Severity.WARNING,
                single(onStatement(rule, allow("iam:ChangePassword", "\"arn:aws:iam::*:user/Maria\"")))
                        .severity());
    }
}
