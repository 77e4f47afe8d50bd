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
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceTypeMismatchRuleTest {

    private final ResourceTypeMismatchRule rule = new ResourceTypeMismatchRule();

    private static String stmt(String effect, String actions, String resources) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"S\", \"Effect\": \"" + effect
                + "\", \"Action\": [" + actions + "], \"Resource\": [" + resources + "]}]}";
    }

    private List<Finding> run(String json) {
        return of(rule, TestPolicies.policy(json));
    }

    @Test
    void actionWithoutResourceTypesOnSpecificResources() {
        String json = stmt(
                "Allow",
                "\"iam:ListVirtualMFADevices\", \"iam:ListMFADevices\"",
                "\"arn:aws:iam::123456789012:mfa/*\", \"arn:aws:iam::123456789012:user/${aws:username}\"");
        Finding f = only(run(json));
        assertEquals("IAM006", f.rule().id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(at(json, "\"iam:ListVirtualMFADevices\""), f.location());
        assertEquals("iam:ListVirtualMFADevices", f.subject());
        assertTrue(
                f.message()
                        .contains(
                                "Statement \"S\" allows iam:ListVirtualMFADevices on arn:aws:iam::123456789012:mfa/*"),
                f.message());
        assertTrue(f.message().contains("\"Resource\": \"*\""), f.message());
    }

    @Test
    void actionWhoseResourceTypesMatchNoResource() {
        String json = stmt(
                "Allow",
                "\"iam:CreateVirtualMFADevice\", \"iam:EnableMFADevice\"",
                "\"arn:aws:iam::*:user/${aws:username}\"");
        Finding f = only(run(json));
        assertEquals(at(json, "\"iam:CreateVirtualMFADevice\""), f.location());
        assertTrue(
                f.message().contains("matches none of its resource types: mfa (arn:${Partition}:iam::${Account}:mfa/"),
                f.message());
    }

    @Test
    void denyStatementsAreCheckedToo() {
        Finding f = only(run(stmt("Deny", "\"iam:DeleteVirtualMFADevice\"", "\"arn:aws:iam::*:user/*\"")));
        assertTrue(f.message().contains("denies iam:DeleteVirtualMFADevice"), f.message());
        assertTrue(f.message().contains("denies nothing"), f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"*\"",
                "\"arn:aws:iam::123456789012:user/${aws:username}\"",
                "\"arn:aws:iam::*:*\"",
                "\"arn:aws:iam::*:user/*/${aws:username}\"",
                "\"arn:aws:iam::${account_id}:user/x\"",
                "\"arn:*:iam::*:user/x\"",
                "\"arn:aws:iam:*:*:user/x\"",
                "\"arn:aws:iam::*:u*\"",
                "\"${user_arn}\"",
                "\"${prefix}/x\"",
                "\"arn:aws:iam::*:mfa/*\", \"arn:aws:iam::*:user/${aws:PrincipalTag/name}\""
            })
    void matchingResourcesPass(String resources) {
        assertEquals(List.of(), run(stmt("Allow", "\"iam:ChangePassword\"", resources)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"arn:aws:iam::*:role/x\"",
                "\"arn:aws:iam::*:User/x\"",
                "\"arn:aws:s3:::user/x\"",
                "\"arn:aws:iam:us-east-1:*:user/x\"",
                "\"arn:aws:iam::*:mfa/*\", \"arn:aws:iam::*:u2f/${aws:username}\""
            })
    void mismatchingResourcesAreReported(String resources) {
        Finding f = only(run(stmt("Allow", "\"iam:ChangePassword\"", resources)));
        assertTrue(
                f.message().contains("user (arn:${Partition}:iam::${Account}:user/${UserNameWithPath})"), f.message());
    }

    @Test
    void wildcardsInEarlyFieldsStayInsideTheirField() {
        // '*' in the region field may not swallow the empty region and the ':' after it into the account field
        assertEquals(
                1,
                run(stmt("Allow", "\"iam:ChangePassword\"", "\"arn:aws:iam:*:user/x:y\""))
                        .size());
    }

    @Test
    void resourceFieldWildcardsSpanColons() {
        assertEquals(
                List.of(),
                run(stmt(
                        "Allow",
                        "\"logs:CreateLogStream\"",
                        "\"arn:aws:logs:us-east-1:123456789012:log-group:app:*\"")));
        assertEquals(List.of(), run(stmt("Allow", "\"s3:GetObject\"", "\"arn:aws:s3:::bucket/*\"")));
    }

    @Test
    void skippedCases() {
        // wildcard actions, unknown actions and unknown-valued actions
        assertEquals(
                List.of(), run(stmt("Allow", "\"iam:List*\", \"iam:Nope\", \"${a}\"", "\"arn:aws:iam::*:mfa/*\"")));
        // NotResource statements and NotAction entries
        assertEquals(
                List.of(),
                run("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:ListUsers\", "
                        + "\"NotResource\": \"arn:aws:iam::*:mfa/*\"}, {\"Effect\": \"Deny\", \"NotAction\": \"iam:ListUsers\", "
                        + "\"Resource\": \"arn:aws:iam::*:mfa/*\"}]}"));
        // resources that are not ARN shaped are IAM008's
        assertEquals(List.of(), run(stmt("Allow", "\"iam:ListUsers\"", "\"user/x\"")));
    }

    @Test
    void oneFindingPerStatementAndAction() {
        assertEquals(
                1,
                run(stmt(
                                "Allow",
                                "\"iam:ListUsers\", \"IAM:listusers\"",
                                "\"arn:aws:iam::*:user/a\", " + "\"arn:aws:iam::*:user/b\""))
                        .size());
    }
}
