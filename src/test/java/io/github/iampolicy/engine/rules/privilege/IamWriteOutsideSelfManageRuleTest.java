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
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.run;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IamWriteOutsideSelfManageRuleTest {

    private final IamWriteOutsideSelfManageRule rule = new IamWriteOutsideSelfManageRule();

    private static String stmt(String action, String resource) {
        return "{\"Sid\":\"S\",\"Effect\":\"Allow\",\"Action\":" + action + ",\"Resource\":" + resource + "}";
    }

    @Test
    void escalationIsAnErrorNamingWhatItAllows() {
        String json = doc(stmt("[\"iam:GetUser\",\"iam:AttachUserPolicy\",\"iam:PassRole\"]", "\"*\""));
        Finding f = single(onPolicy(rule, json));
        assertEquals("IAM104", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(locate(json, "\"iam:AttachUserPolicy\"", 0), f.location());
        assertTrue(
                f.message()
                        .startsWith("Statement \"S\" allows IAM actions outside the self-manage set: "
                                + "iam:AttachUserPolicy (attach any managed policy, such as AdministratorAccess, to a user), "
                                + "iam:PassRole (pass any role, an administrator's too, to any service)"),
                f.message());
        assertTrue(f.message().contains("escalate"), f.message());
    }

    @Test
    void selfScopingDoesNotMakeEscalationHarmless() {
        Finding f = single(onStatement(rule, stmt("\"iam:*\"", "\"arn:aws:iam::*:user/${aws:username}\"")));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("iam:AttachUserPolicy"), f.message());
        assertTrue(f.message().contains("iam:PutUserPolicy"), f.message());
        assertFalse(f.message().contains("iam:PassRole"), "PassRole has no user resource: " + f.message());
    }

    @Test
    void wildcardsThatExpandOnlyToSelfManageActionsAreFine() {
        assertTrue(onStatement(
                        rule,
                        stmt(
                                "[\"iam:*AccessKey*\",\"iam:*ServiceSpecificCredential*\","
                                        + "\"iam:*SigningCertificate*\",\"iam:*LoginProfile\",\"iam:ChangePassword\"]",
                                "\"arn:aws:iam::*:user/${aws:username}\""))
                .isEmpty());
    }

    @Test
    void actionsThatNoResourceCanGrantDoNotCount() {
        // iam:Create* reaches CreateUser, CreateRole... but on mfa/* only CreateVirtualMFADevice (in S) is granted
        assertTrue(onStatement(rule, stmt("\"iam:Create*\"", "\"arn:aws:iam::*:mfa/*\""))
                .isEmpty());
        assertTrue(onStatement(
                        rule, stmt("\"iam:UpdateAccountPasswordPolicy\"", "\"arn:aws:iam::*:user/${aws:username}\""))
                .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole"})
    void serviceLinkedRolesAreWarnings(String action) {
        Finding f = single(onStatement(rule, stmt("\"" + action + "\"", "\"*\"")));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains(action), f.message());
    }

    @Test
    void tagUserOnSelfFormsOnlyIsAWarning() {
        Finding f = single(onStatement(
                rule,
                stmt(
                        "[\"iam:CreateAccessKey\",\"iam:TagUser\",\"iam:UntagUser\"]",
                        "[\"arn:aws:iam::*:user/${aws:username}\",\"arn:aws:iam::*:user/*/${aws:username}\","
                                + "\"arn:aws:iam::*:mfa/*\"]")));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("iam:TagUser") && f.message().contains("iam:UntagUser"), f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"arn:aws:iam::*:user/*\"",
                "\"*\"",
                "\"arn:aws:iam::*:user/Maria\"",
                "[\"arn:aws:iam::*:user/${aws:username}\",\"arn:aws:iam::*:user/${aws:userid}\"]",
                "\"arn:aws:iam::*:user/${name}\""
            })
    void tagUserBeyondTheCallerIsAnError(String resource) {
        assertEquals(
                Severity.ERROR,
                single(onStatement(rule, stmt("\"iam:TagUser\"", resource))).severity());
    }

    @Test
    void tagUserWithNotResourceIsAnError() {
        Finding f = single(onStatement(
                rule,
                "{\"Effect\":\"Allow\",\"Action\":\"iam:UntagUser\","
                        + "\"NotResource\":\"arn:aws:iam::*:user/Admin\"}"));
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void bothKindsGiveOneErrorNamingAll() {
        Finding f = single(onStatement(rule, stmt("[\"iam:CreateServiceLinkedRole\",\"iam:CreateUser\"]", "\"*\"")));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("iam:CreateUser (create users)"), f.message());
        assertTrue(f.message().contains("iam:CreateServiceLinkedRole"), f.message());
    }

    @Test
    void notActionIsExpandedAsItsComplement() {
        String json = doc("{\"Effect\":\"Allow\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}");
        Finding f = single(onPolicy(rule, json));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(locate(json, "\"s3:*\"", 0), f.location());
        assertTrue(onStatement(
                        rule, "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:*\",\"account:*\"]," + "\"Resource\":\"*\"}")
                .isEmpty());
    }

    @Test
    void denyNeverGrants() {
        assertTrue(onStatement(rule, "{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\"}")
                .isEmpty());
    }

    @Test
    void conditionsDoNotMatter() {
        assertEquals(
                Severity.ERROR,
                single(onStatement(
                                rule,
                                "{\"Effect\":\"Allow\",\"Action\":\"iam:PutUserPolicy\","
                                        + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"iam:PermissionsBoundary\":"
                                        + "\"arn:aws:iam::123456789012:policy/B\"}}}"))
                        .severity());
    }

    private static String passRole(String resource, String condition) {
        return "{\"Sid\":\"P\",\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":" + resource
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    private static final String TO_LAMBDA =
            "{\"StringEquals\":{\"iam:PassedToService\":[\"lambda.amazonaws.com\",\"states.amazonaws.com\"]}}";

    @Test
    void passRoleOnNamedRolesIsAWarningNamingRolesAndServices() {
        Finding f = single(onStatement(
                rule,
                passRole(
                        "[\"arn:aws:iam::123456789012:role/service-role/deploy\",\"arn:aws:iam::*:role/worker\"]",
                        TO_LAMBDA)));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(
                f.message()
                        .contains("iam:PassRole (pass only the roles service-role/deploy, worker to "
                                + "lambda.amazonaws.com, states.amazonaws.com)"),
                f.message());
        assertFalse(f.message().contains("escalate"), f.message());
    }

    @Test
    void passRoleOnNamedRolesWithoutServiceConditionIsAWarning() {
        Finding f = single(onStatement(rule, passRole("\"arn:aws:iam::123456789012:role/app\"", null)));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("pass only the roles app to any service"), f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"*\"",
                "\"arn:aws:iam::123456789012:role/*\"",
                "\"arn:aws:iam::123456789012:role/app-*\"",
                "\"arn:aws:iam::*:*\"",
                "[\"arn:aws:iam::123456789012:role/app\",\"arn:aws:iam::123456789012:role/ops?\"]"
            })
    void passRoleOnAnyRoleStaysAnErrorEvenWithPassedToService(String resource) {
        for (String condition : new String[] {null, TO_LAMBDA}) {
            Finding f = single(onStatement(rule, passRole(resource, condition)));
            assertEquals(Severity.ERROR, f.severity(), resource + " " + condition);
            assertTrue(f.message().contains("pass any role, an administrator's too"), f.message());
        }
    }

    @Test
    void passRoleWithNotResourceIsAnError() {
        Finding f = single(onStatement(
                rule,
                "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\","
                        + "\"NotResource\":\"arn:aws:iam::123456789012:role/admin\"}"));
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void negatedServiceConditionDoesNotNameServices() {
        Finding f = single(onStatement(
                rule,
                passRole(
                        "\"arn:aws:iam::123456789012:role/app\"",
                        "{\"StringNotEquals\":{\"iam:PassedToService\":\"ec2.amazonaws.com\"}}")));
        assertTrue(f.message().contains("to any service"), f.message());
    }

    @Test
    void namedAndAnyRoleInOneStatementIsOneError() {
        Finding f = single(onStatement(
                rule, stmt("[\"iam:PassRole\",\"iam:CreateRole\"]", "\"arn:aws:iam::123456789012:role/app\"")));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("pass only the roles app"), f.message());
        assertTrue(f.message().contains("iam:CreateRole"), f.message());
    }

    private static String attach(String policyArns) {
        return "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"iam:AttachRolePolicy\","
                + "\"Resource\":\"arn:aws:iam::123456789012:role/app-*\","
                + "\"Condition\":{\"ArnEquals\":{\"iam:PolicyARN\":" + policyArns + "}}}";
    }

    @Test
    void attachLimitedToNamedPoliciesIsAWarningNamingThem() {
        Finding f = single(onStatement(rule, attach("\"arn:aws:iam::123456789012:policy/DenyAll\"")));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(
                f.message()
                        .contains("iam:AttachRolePolicy (attach only the policies "
                                + "arn:aws:iam::123456789012:policy/DenyAll to a role)"),
                f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"arn:aws:iam::123456789012:policy/*\"",
                "[\"arn:aws:iam::123456789012:policy/DenyAll\",\"arn:aws:iam::aws:policy/AdministratorAccess\"]"
            })
    void attachOfPatternsOrAdministratorPoliciesStaysAnErrorNamingThem(String policies) {
        Finding f = single(onStatement(rule, attach(policies)));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("iam:AttachRolePolicy (attach the policies matching "), f.message());
    }

    @Test
    void unconditionedAttachStaysAnError() {
        Finding f = single(onStatement(rule, stmt("\"iam:AttachRolePolicy\"", "\"*\"")));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("attach any managed policy to a role"), f.message());
    }

    @Test
    void boundaryLimitedToANamedPolicyIsAWarning() {
        Finding f = single(onStatement(
                rule,
                "{\"Effect\":\"Allow\",\"Action\":\"iam:PutUserPermissionsBoundary\",\"Resource\":\"*\","
                        + "\"Condition\":{\"StringEquals\":{\"iam:PermissionsBoundary\":"
                        + "\"arn:aws:iam::123456789012:policy/Boundary\"}}}"));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(
                f.message().contains("set only the policies arn:aws:iam::123456789012:policy/Boundary as a user's"),
                f.message());
    }

    @Test
    void configuredSelfManageActionsAreAllowed() {
        RuleSettings settings = RuleSettings.of(List.of("iam:TagUser"), false, Map.of(), Set.of());
        assertTrue(run(rule, TestPolicies.statement(stmt("\"iam:TagUser\"", "\"*\"")), settings)
                .isEmpty());
    }
}
