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

import static io.github.iampolicy.engine.rules.document.Findings.ofStatement;
import static io.github.iampolicy.engine.rules.document.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import org.junit.jupiter.api.Test;

class UnsupportedConditionKeyRuleTest {

    private final UnsupportedConditionKeyRule rule = new UnsupportedConditionKeyRule();

    private static String st(String effect, String action, String condition) {
        return "{\"Effect\": \"" + effect + "\", \"Action\": " + action + ", \"Resource\": \"*\", \"Condition\": "
                + condition + "}";
    }

    @Test
    void aKeyNoActionSupportsFailsOpenInADeny() {
        Finding f = only(
                ofStatement(rule, st("Deny", "\"s3:GetObject\"", "{\"StringNotLike\": {\"s3:prefix\": \"home/*\"}}")));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("s3:prefix", f.subject());
        assertEquals(
                Severity.WARNING,
                only(ofStatement(rule, st("Allow", "\"s3:GetObject\"", "{\"StringLike\": {\"s3:prefix\": \"a\"}}")))
                        .severity());
    }

    @Test
    void resourceTagsOnActionsWithoutTagBasedAuthorization() {
        Finding f = only(ofStatement(
                rule,
                st("Deny", "[\"iam:ListAccountAliases\"]", "{\"StringEquals\": {\"aws:ResourceTag/team\": \"x\"}}")));
        assertTrue(f.message().contains("tag-based authorization"), f.message());
    }

    @Test
    void oneSupportingActionGlobalKeysNullAndUnlistableStatementsAreFine() {
        String[][] fine = {
            {"[\"s3:GetObject\", \"s3:ListBucket\"]", "{\"StringLike\": {\"s3:prefix\": \"a\"}}"},
            {"\"ec2:*\"", "{\"StringEquals\": {\"aws:ResourceTag/team\": \"x\"}}"},
            {"\"ec2:TerminateInstances\"", "{\"StringEquals\": {\"ec2:ResourceTag/team\": \"x\"}}"},
            {
                "\"s3:GetObject\"",
                "{\"Bool\": {\"aws:SecureTransport\": \"true\"}, \"IpAddress\": {\"aws:SourceIp\": \"1.2.3.0/24\"}}"
            },
            {"\"s3:GetObject\"", "{\"Null\": {\"s3:prefix\": \"true\"}}"},
            {"\"*\"", "{\"StringLike\": {\"s3:prefix\": \"a\"}}"},
            {"\"s3:GetObject\"", "{\"ArnLike\": {\"ec2:SourceInstanceARN\": \"arn:aws:ec2:*:*:instance/i-1\"}}"},
            {
                "\"iam:CreateServiceSpecificCredential\"",
                "{\"StringEquals\": {\"iam:ServiceSpecificCredentialServiceName\": \"bedrock.amazonaws.com\"}}"
            },
            {"\"iam:PassRole\"", "{\"StringEquals\": {\"iam:PassedToService\": \"ec2.amazonaws.com\"}}"},
        };
        for (String[] c : fine) {
            assertEquals(0, ofStatement(rule, st("Deny", c[0], c[1])).size(), c[1]);
        }
    }
}
