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
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceWildcardWriteRuleTest {

    private final ResourceWildcardWriteRule rule = new ResourceWildcardWriteRule();

    private static String allow(String actions, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":\"" + resource + "\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "arn:aws:s3:::*/*", "arn:aws:s3:::*", "arn:*:s3:::*"})
    void writesOnAnyResourceAreOneNotePerStatement(String resource) {
        Finding f = single(onStatement(
                rule, allow("[\"s3:GetObject\",\"s3:PutObject\",\"s3:DeleteObject\",\"s3:ListBucket\"]", resource)));
        assertEquals(Severity.NOTE, f.severity());
        assertEquals("s3:PutObject", f.subject());
        assertTrue(
                f.message().contains("2 write actions on any resource (s3:PutObject, s3:DeleteObject)"), f.message());
        assertFalse(f.message().contains("GetObject"), "reads are IAM109's concern, not this rule's");
    }

    @Test
    void theFindingIsAtTheEntryNamingTheFirstAction() {
        String text = doc(allow("[\"sqs:ReceiveMessage\",\"sqs:SendMessage\",\"dynamodb:PutItem\"]", "*"));
        Finding f = single(onPolicy(rule, text));
        assertEquals(locate(text, "\"sqs:SendMessage\"", 0), f.location());
        assertEquals("Statement[0]", f.statement());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "arn:aws:s3:::app-data/*",
                "arn:aws:s3:::app-*",
                "arn:aws:sqs:eu-west-1:123456789012:jobs",
                "arn:aws:s3:::${bucket}/*",
                "${resource}"
            })
    void namedResourcesAndPatternsArePassed(String resource) {
        assertEquals(List.of(), onStatement(rule, allow("[\"s3:PutObject\",\"sqs:SendMessage\"]", resource)));
    }

    @Test
    void actionsThatSupportOnlyStarAreExempt() {
        ActionCatalog catalog = ActionCatalog.defaultCatalog();
        assertTrue(catalog.action("cloudwatch:PutMetricData").resourceTypes().isEmpty());
        assertEquals(
                List.of(), onStatement(rule, allow("[\"cloudwatch:PutMetricData\",\"xray:PutTraceSegments\"]", "*")));
        Finding mixed = single(onStatement(rule, allow("[\"cloudwatch:PutMetricData\",\"sns:Publish\"]", "*")));
        assertEquals("sns:Publish", mixed.subject());
        assertFalse(mixed.message().contains("PutMetricData"));
    }

    @Test
    void whatOtherRulesReportOnTheStatementIsLeftToThem() {
        // IAM101: * and service:*; IAM104/IAM2xx: IAM actions; IAM108: credential actions; IAM102/IAM103
        assertEquals(List.of(), onStatement(rule, allow("\"*\"", "*")));
        assertEquals(List.of(), onStatement(rule, allow("\"s3:*\"", "*")));
        assertEquals(List.of(), onStatement(rule, allow("[\"iam:CreateUser\",\"iam:CreateAccessKey\"]", "*")));
        assertEquals(List.of(), onStatement(rule, allow("\"sts:AssumeRole\"", "*")));
        assertEquals(
                List.of(),
                onStatement(rule, "{\"Effect\":\"Allow\",\"NotAction\":\"s3:GetObject\",\"Resource\":\"*\"}"));
        assertEquals(
                List.of(),
                onStatement(
                        rule,
                        "{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"NotResource\":\"arn:aws:s3:::a/*\"}"));
        assertEquals(
                List.of(), onStatement(rule, "{\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}"));
        // an action also named after its service's wildcard is IAM101's; other services' writes still count
        assertEquals(List.of(), onStatement(rule, allow("[\"s3:*\",\"s3:PutObject\"]", "*")));
        assertEquals(
                "sqs:SendMessage",
                single(onStatement(rule, allow("[\"s3:*\",\"sqs:SendMessage\"]", "*")))
                        .subject());
    }

    @Test
    void permissionsManagementIsIam107sUnlessItIsDisabledThenAWarningHere() {
        String statement = allow("[\"s3:PutBucketPolicy\",\"kms:CreateGrant\"]", "*");
        assertEquals(List.of(), onStatement(rule, statement), "IAM107 warns on this statement already");
        Finding writes = single(onStatement(rule, allow("[\"s3:PutBucketPolicy\",\"s3:PutObject\"]", "*")));
        assertEquals(Severity.NOTE, writes.severity());
        assertFalse(writes.message().contains("PutBucketPolicy"), writes.message());
        RuleSettings withoutIam107 = RuleSettings.of(List.of(), false, Map.of(), Set.of("IAM107"));
        Finding f = single(run(rule, TestPolicies.statement(statement), withoutIam107));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("write or permissions-management actions"), f.message());
        assertTrue(f.message().contains("s3:PutBucketPolicy") && f.message().contains("kms:CreateGrant"), f.message());
    }

    @Test
    void eachStatementIsJudgedOnItsOwn() {
        String text = doc(
                allow("\"s3:PutObject\"", "*"),
                allow("\"s3:PutObject\"", "arn:aws:s3:::app/*"),
                allow("\"dynamodb:PutItem\"", "arn:aws:dynamodb:*:*:table/*"));
        List<Finding> f = onPolicy(rule, text);
        assertEquals(
                List.of("Statement[0]", "Statement[2]"),
                f.stream().map(Finding::statement).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "StringEquals|aws:ResourceTag/team",
                "StringLike|ec2:ResourceTag/kubernetes.io/cluster/x",
                "Null|aws:RequestTag/elbv2.k8s.aws/cluster",
                "StringEquals|aws:ResourceAccount",
                "StringEquals|aws:ResourceOrgID"
            })
    void conditionsThatSelectResourcesByAttributeExemptTheStatement(String condition) {
        String[] c = condition.split("\\|");
        String statement = "{\"Effect\":\"Allow\",\"Action\":\"ec2:DeleteVolume\",\"Resource\":\"*\","
                + "\"Condition\":{\"" + c[0] + "\":{\"" + c[1] + "\":\"v\"}}}";
        assertEquals(List.of(), onStatement(rule, statement), condition);
    }

    @Test
    void otherConditionsAreNotJudged() {
        String statement = "{\"Effect\":\"Allow\",\"Action\":\"ec2:DeleteVolume\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}}";
        assertEquals("ec2:DeleteVolume", single(onStatement(rule, statement)).subject());
    }
}
