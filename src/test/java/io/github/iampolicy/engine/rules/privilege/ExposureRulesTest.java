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

import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IAM107 resource exposure, IAM108 credentials exposure, IAM109 data reads, and what "any resource" is. */
class ExposureRulesTest {

    private static String allow(String actions, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":\"" + resource + "\"}";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*|s3:GetObject",
                "arn:aws:s3:::*|s3:PutBucketPolicy",
                "arn:aws:s3:::*/*|s3:GetObject",
                "arn:aws:iam::*:role/*|iam:PassRole",
                "arn:aws:ssm:*:*:parameter/*|ssm:GetParameter",
                "arn:aws:secretsmanager:*:123456789012:secret:*|secretsmanager:GetSecretValue",
                "arn:aws:lambda:eu-west-1:123456789012:function:*|lambda:UpdateFunctionCode",
                "arn:*:sns:*:*:*|sns:AddPermission"
            })
    void anyResource(String resource) {
        assertTrue(any(resource), resource);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "arn:aws:s3:::app-data/*|s3:GetObject",
                "arn:aws:iam::*:role/app-*|iam:PassRole",
                "arn:aws:ssm:*:*:parameter/app/*|ssm:GetParameter",
                "arn:aws:s3:::${bucket}/*|s3:GetObject",
                "${resource}|s3:GetObject",
                "arn:aws:secretsmanager:*:*:secret:db-*|secretsmanager:GetSecretValue",
                "arn:aws:execute-api:*:*:abc123/*|execute-api:Invoke",
                "arn:aws:s3:::/*|s3:GetObject"
            })
    void notAnyResource(String resource) {
        assertFalse(any(resource), resource);
    }

    /** {@code resource|action}. */
    private static boolean any(String row) {
        ActionCatalog catalog = ActionCatalog.defaultCatalog();
        String[] r = row.split("\\|");
        return Breadth.isAny(r[0], catalog.action(r[1]), catalog);
    }

    @Test
    void resourceExposureOnAnyResourceIsAWarning() {
        ResourceExposureRule rule = new ResourceExposureRule();
        List<Finding> f =
                onStatement(rule, allow("[\"s3:PutBucketPolicy\",\"kms:CreateGrant\",\"s3:GetObject\"]", "*"));
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("s3:PutBucketPolicy"));
        assertTrue(f.get(0).message().contains("kms:CreateGrant"));
        assertEquals("kms:CreateGrant", f.get(0).subject()); // services in name order
        assertEquals(List.of(), onStatement(rule, allow("\"s3:PutBucketPolicy\"", "arn:aws:s3:::app-bucket")));
        assertEquals(
                1,
                onStatement(
                                rule,
                                "{\"Effect\":\"Allow\",\"Action\":\"lambda:AddPermission\","
                                        + "\"NotResource\":\"arn:aws:lambda:*:*:function:admin\"}")
                        .size());
    }

    @Test
    void resourceExposureLeavesIamAndCredentialActionsToOtherRulesAndStarOnlyActionsAreNotes() {
        ResourceExposureRule rule = new ResourceExposureRule();
        assertEquals(List.of(), onStatement(rule, allow("[\"iam:PutRolePolicy\",\"rds-db:connect\"]", "*")));
        assertEquals(
                Severity.NOTE,
                onStatement(rule, allow("\"logs:PutResourcePolicy\"", "*"))
                        .get(0)
                        .severity());
        assertEquals(List.of(), onStatement(rule, "{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}"));
    }

    @Test
    void credentialsExposure() {
        CredentialsExposureRule rule = new CredentialsExposureRule();
        List<Finding> f = onStatement(rule, allow("[\"sts:AssumeRole\",\"ecr:GetAuthorizationToken\"]", "*"));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("sts:AssumeRole"));
        assertEquals(
                Severity.NOTE,
                onStatement(rule, allow("\"ecr:GetAuthorizationToken\"", "*"))
                        .get(0)
                        .severity());
        assertEquals(
                List.of(), onStatement(rule, allow("\"sts:AssumeRole\"", "arn:aws:iam::123456789012:role/reader")));
        assertEquals(
                List.of(),
                onStatement(
                        rule, allow("\"rds-db:connect\"", "arn:aws:rds-db:eu-west-1:123456789012:dbuser:db-1/app")));
        assertEquals(1, onStatement(rule, allow("\"rds-db:*\"", "*")).size());
        assertEquals(List.of(), onStatement(rule, allow("\"sts:GetSessionToken\"", "*")));
    }

    @Test
    void dataReads() {
        DataReadOnAnyResourceRule rule = new DataReadOnAnyResourceRule();
        List<Finding> f = onStatement(rule, allow("[\"s3:GetObject\",\"s3:ListBucket\"]", "arn:aws:s3:::*/*"));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertFalse(f.get(0).message().contains("ListBucket"));
        assertEquals(List.of(), onStatement(rule, allow("\"s3:GetObject\"", "arn:aws:s3:::app-data/*")));
        assertEquals(
                Severity.WARNING,
                onStatement(rule, allow("\"secretsmanager:GetSecretValue\"", "arn:aws:secretsmanager:*:*:secret:*"))
                        .get(0)
                        .severity());
        assertEquals(
                Severity.NOTE,
                onStatement(rule, allow("\"kms:Decrypt\"", "*")).get(0).severity());
        assertEquals(List.of(), onStatement(rule, allow("\"ssm:GetParameter*\"", "arn:aws:ssm:*:*:parameter/app/*")));
        assertEquals(1, onStatement(rule, allow("\"ssm:GetParameter*\"", "*")).size());
    }

    @Test
    void theListsNameCatalogActions() {
        ActionCatalog catalog = ActionCatalog.defaultCatalog();
        CredentialsExposureRule.ACTIONS.keySet().forEach(a -> assertNotNull(catalog.action(a), a));
        DataReadOnAnyResourceRule.ACTIONS.forEach(a -> assertNotNull(catalog.action(a), a));
    }
}
