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
import static io.github.iampolicy.engine.rules.document.Findings.ofStatement;
import static io.github.iampolicy.engine.rules.document.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.text.Values;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidStructureRuleTest {

    private final InvalidStructureRule rule = new InvalidStructureRule();

    private static void assertFinding(Finding f, String json, String needle, String... parts) {
        assertEquals("IAM003", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(at(json, needle), f.location(), f.message());
        for (String p : parts) {
            assertTrue(f.message().contains(p), "missing '" + p + "' in: " + f.message());
        }
    }

    private List<Finding> doc(String json) {
        return of(rule, json);
    }

    @Test
    void validIdentityPolicyPasses() {
        assertEquals(List.of(), doc("""
                {"Version": "2012-10-17", "Id": "x", "Statement": [
                  {"Sid": "A", "Effect": "Allow", "Action": ["iam:GetUser"], "Resource": "*",
                   "Condition": {"Bool": {"aws:MultiFactorAuthPresent": true},
                                 "NumericLessThan": {"aws:MultiFactorAuthAge": 3600},
                                 "ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["a", "b"]},
                                 "Null": {"aws:MultiFactorAuthAge": "false"}}},
                  {"Effect": "Deny", "NotAction": "iam:*", "NotResource": ["arn:aws:iam::*:user/x"]}]}
                """));
    }

    @Test
    void unknownElementsAreReportedAtTheirKeyWithASuggestion() {
        String json = """
                {"Version": "2012-10-17", "Comment": "x",
                 "Statement": [{"effect": "Allow", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
                """;
        List<Finding> findings = doc(json);
        assertEquals(2, findings.size(), Findings.dump(findings));
        assertFinding(findings.get(0), json, "\"Comment\"", "unknown element \"Comment\"", "Version, Id, Statement");
        assertFinding(findings.get(1), json, "\"effect\"", "Statement[0]", "\"effect\"", "Did you mean \"Effect\"");
        assertEquals("Statement[0]", findings.get(1).statement());
    }

    @ParameterizedTest
    @ValueSource(strings = {"allow", "ALLOW", "Permit", " Allow"})
    void effectMustBeExactlyAllowOrDeny(String effect) {
        String json = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"S\", \"Effect\": \"" + effect
                + "\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";
        assertFinding(only(doc(json)), json, "\"" + effect + "\"", "Statement \"S\" \"Effect\"", "exactly");
    }

    @Test
    void missingEffectAndWrongTypedEffect() {
        String json = "{\"Statement\": [{\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";
        assertFinding(only(doc(json)), json, "{\"Action\"", "no \"Effect\"");
        String typed = "{\"Statement\": [{\"Effect\": true, \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";
        assertFinding(only(doc(typed)), typed, "true", "boolean");
    }

    @Test
    void bothOrNeitherActionAndNotAction() {
        String both = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
                + "\"NotAction\": \"s3:PutObject\", \"Resource\": \"*\"}]}";
        assertFinding(only(doc(both)), both, "\"NotAction\"", "both \"Action\" and \"NotAction\"");
        String neither = "{\"Statement\": [{\"Effect\": \"Allow\", \"Resource\": \"*\"}]}";
        assertFinding(only(doc(neither)), neither, "{\"Effect\"", "neither \"Action\" nor \"NotAction\"");
    }

    @Test
    void identityPoliciesNeedExactlyOneOfResourceAndNotResource() {
        String neither = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\"}]}";
        assertFinding(only(doc(neither)), neither, "{\"Effect\"", "neither \"Resource\" nor \"NotResource\"");
        String both = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\", "
                + "\"NotResource\": \"arn:aws:s3:::b\"}]}";
        assertFinding(only(doc(both)), both, "\"NotResource\"", "both");
    }

    @Test
    void wrongJsonTypes() {
        String json = """
                {"Version": 2012, "Statement": [
                  "not a statement",
                  {"Sid": 7, "Effect": "Allow", "Action": ["s3:GetObject", {"a": 1}, 5], "Resource": 12}]}
                """;
        List<Finding> findings = doc(json);
        assertEquals(6, findings.size(), Findings.dump(findings));
        assertFinding(findings.get(0), json, "2012", "\"Version\"", "number", "Quote it");
        assertFinding(findings.get(1), json, "\"not a statement\"", "Statement[0]", "must be an object");
        assertFinding(findings.get(2), json, "7", "\"Sid\"", "must be a string");
        assertFinding(findings.get(3), json, "{\"a\"", "\"Action\"", "an object");
        assertFinding(findings.get(4), json, "5]", "\"Action\"", "number 5");
        assertFinding(findings.get(5), json, "12}", "\"Resource\"", "number 12");
    }

    @Test
    void emptyListsAreReported() {
        String json = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": [], \"Resource\": [\"*\"], "
                + "\"Condition\": {\"StringEquals\": {\"aws:username\": []}}}]}";
        List<Finding> findings = doc(json);
        assertEquals(2, findings.size(), Findings.dump(findings));
        assertFinding(findings.get(0), json, "[]", "\"Action\" is an empty list");
        assertFinding(findings.get(1), json, "[]}", "empty list of values");
        String noStatements = "{\"Version\": \"2012-10-17\", \"Statement\": []}";
        assertFinding(only(doc(noStatements)), noStatements, "[]", "empty \"Statement\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ConditionIfBoolExists",
                "NullIfExists",
                "StringEqualz",
                "ForSomeValues:StringEquals",
                "BoolIfExist"
            })
    void unknownConditionOperators(String op) {
        String json = "{\"Statement\": [{\"Effect\": \"Deny\", \"NotAction\": \"iam:*\", \"Resource\": \"*\", "
                + "\"Condition\": {\"" + op + "\": {\"aws:MultiFactorAuthPresent\": \"false\"}}}]}";
        assertFinding(only(doc(json)), json, "\"" + op + "\"", "unknown condition operator \"" + op + "\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BoolIfExists",
                "ForAllValues:StringNotEqualsIgnoreCase",
                "ForAnyValue:ArnLikeIfExists",
                "DateGreaterThanEquals",
                "NotIpAddress",
                "BinaryEquals",
                "Null",
                "stringequals"
            })
    void knownConditionOperators(String op) {
        // Null takes only true or false (nullTakesOnlyTrueOrFalse); the value is not what this test is about
        String value = op.equals("Null") ? "true" : "x";
        assertEquals(
                List.of(),
                doc("{\"Statement\": [{\"Effect\": \"Deny\", \"NotAction\": \"iam:*\", "
                        + "\"Resource\": \"*\", \"Condition\": {\"" + op + "\": {\"aws:SomeKey\": \"" + value
                        + "\"}}}]}"));
    }

    @Test
    void conditionValuesMustBeScalars() {
        String json = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\", "
                + "\"Condition\": {\"StringEquals\": {\"aws:username\": {\"x\": 1}}, \"Bool\": \"true\"}}]}";
        List<Finding> findings = doc(json);
        assertEquals(2, findings.size(), Findings.dump(findings));
        assertFinding(findings.get(0), json, "{\"x\"", "an object", "condition values");
        assertFinding(findings.get(1), json, "\"true\"}}", "condition \"Bool\"");
    }

    @Test
    void nullTakesOnlyTrueOrFalse() {
        String json = "{\"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"iam:*\", \"Resource\": \"*\", "
                + "\"Condition\": {\"Null\": {\"aws:MultiFactorAuthAge\": [\"True\", \"yes\"], "
                + "\"aws:TokenIssueTime\": false, \"aws:SourceIp\": \"${absent}\"}}}]}";
        Finding f = only(doc(json));
        assertFinding(
                f, json, "\"yes\"", "condition Null \"aws:MultiFactorAuthAge\" has the value \"yes\"", "only \"true\"");
    }

    @Test
    void principalInAnIdentityContainerIsReported() {
        String json = "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", "
                + "\"Resource\": \"*\"}]}";
        Finding f = only(of(rule, json, PolicyKind.MANAGED));
        assertFinding(f, json, "\"Principal\"", "identity policy", "Remove \"Principal\"");
    }

    @Test
    void principalOfAPolicyOfUnknownAttachmentMakesItAResourcePolicy() {
        String ok = "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\"}]}";
        assertEquals(List.of(), of(rule, ok, PolicyKind.IDENTITY));
        String mixed =
                "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}, "
                        + "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}, {\"Effect\": \"Deny\", \"Action\": \"s3:*\"}]}";
        assertFinding(
                only(of(rule, mixed, PolicyKind.IDENTITY)),
                mixed,
                "{\"Effect\": \"Deny\"",
                "Statement[1] has no \"Principal\"");
    }

    @Test
    void trustPoliciesNeedAPrincipalButNoResource() {
        String ok = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                + "\"Principal\": {\"Service\": [\"ec2.amazonaws.com\"]}, \"Action\": \"sts:AssumeRole\"}]}";
        assertEquals(List.of(), of(rule, ok, PolicyKind.TRUST));
        String missing = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\"}]}";
        assertFinding(only(of(rule, missing, PolicyKind.TRUST)), missing, "{\"Effect\"", "no \"Principal\"");
    }

    @Test
    void principalShapes() {
        String json = "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [], \"User\": \"x\"}, "
                + "\"Action\": \"s3:GetObject\"}, {\"Effect\": \"Allow\", \"Principal\": \"arn:aws:iam::1:root\", "
                + "\"Action\": \"s3:GetObject\"}]}";
        List<Finding> findings = of(rule, json, PolicyKind.RESOURCE);
        assertEquals(3, findings.size(), Findings.dump(findings));
        assertFinding(findings.get(0), json, "\"User\"", "unknown element \"User\"", "AWS, Service");
        assertFinding(findings.get(1), json, "[]", "empty list");
        assertFinding(findings.get(2), json, "\"arn:aws:iam::1:root\"", "must be \"*\"");
    }

    @Test
    void placeholdersAreAcceptedWhereStringsAreExpected() {
        assertEquals(
                List.of(),
                of(
                        rule,
                        TestPolicies.statement(
                                "{\"Effect\": \"${effect}\", \"Action\": \"${action}\", \"Resource\": \"${resource}\"}")));
    }

    @Test
    void singleStatementObjectIsChecked() {
        String json = "{\"Statement\": {\"Effect\": \"allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}";
        Finding f = only(doc(json));
        assertEquals("Statement", f.statement());
        assertTrue(f.message().startsWith("Statement \"Effect\""), f.message());
    }

    @Test
    void statementOfTheWrongTypeAndMissingStatement() {
        String json = "{\"Version\": \"2012-10-17\", \"Statement\": 5}";
        assertFinding(only(doc(json)), json, "5", "\"Statement\" is the number 5");
        String none = "{\"Version\": \"2012-10-17\"}";
        assertFinding(only(doc(none)), none, "{", "no \"Statement\"");
        assertEquals(List.of(), ofStatement(rule, "{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}"));
    }

    /** A key as the readers leave a template placeholder ({@code "${trusted_entity_type}"}): an unknown value. */
    private static final String TYPE = Values.written("trusted_entity_type");

    @Test
    void aPrincipalTypeKnownOnlyAtDeployTimeIsNoUnknownElement() {
        // reduced from aws-ia/terraform-aws-control_tower_account_factory
        // modules/aft-iam-roles/admin-role/trust_policy.tpl
        String json = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\"," + " \"Principal\": {\""
                + TYPE + "\": [\"${trusted_entity}\"]}, \"Action\": \"sts:AssumeRole\"}]}";
        assertEquals(List.of(), of(rule, json, PolicyKind.TRUST));
        // a literal type AWS does not know is still reported
        Finding f = only(of(rule, json.replace(TYPE, "Account"), PolicyKind.TRUST));
        assertTrue(f.message().contains("has the unknown element \"Account\""), f.message());
    }

    @Test
    void aStatementListKnownOnlyAtDeployTimeIsNoWrongType() {
        // reduced from aws-ia/terraform-aws-control_tower_account_factory modules/aft-account-request-framework/kms.tf
        String json = "{\"Version\": \"2012-10-17\", \"Statement\": \"${statements}\"}";
        assertEquals(List.of(), of(rule, json, PolicyKind.RESOURCE));
        // a literal string is no statement list
        Finding f = only(of(rule, json.replace("${statements}", "statements"), PolicyKind.RESOURCE));
        assertTrue(f.message().contains("it must be a list of statement objects"), f.message());
    }
}
