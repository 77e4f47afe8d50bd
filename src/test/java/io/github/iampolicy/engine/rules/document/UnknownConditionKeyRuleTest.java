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

class UnknownConditionKeyRuleTest {

    private final UnknownConditionKeyRule rule = new UnknownConditionKeyRule();

    private static String st(String effect, String action, String condition) {
        return "{\"Effect\": \"" + effect + "\", \"Action\": " + action + ", \"Resource\": \"*\", \"Condition\": "
                + condition + "}";
    }

    @Test
    void aMisspelledGlobalKeyInADenyIsAnErrorWithASuggestion() {
        Finding f =
                only(ofStatement(rule, st("Deny", "\"s3:*\"", "{\"Bool\": {\"aws:SecureTransports\": \"false\"}}")));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("aws:SecureTransport\""), f.message());
        assertEquals(
                Severity.WARNING,
                only(ofStatement(rule, st("Allow", "\"s3:*\"", "{\"Bool\": {\"aws:SecureTransports\": \"true\"}}")))
                        .severity());
    }

    @Test
    void malformedKeysAreReported() {
        assertEquals(
                1,
                ofStatement(rule, st("Allow", "\"s3:GetObject\"", "{\"StringEquals\": {\"prefix\": \"a\"}}"))
                        .size());
        assertEquals(
                1,
                ofStatement(rule, st("Allow", "\"s3:GetObject\"", "{\"StringEquals\": {\"s3: prefix\": \"a\"}}"))
                        .size());
    }

    @Test
    void keysOfOtherOrUnknownServicesAreWarnings() {
        Finding other =
                only(ofStatement(rule, st("Deny", "\"sqs:SendMessage\"", "{\"StringLike\": {\"s3:prefix\": \"a\"}}")));
        assertEquals(Severity.WARNING, other.severity(), "the data may lag behind AWS");
        assertTrue(other.message().contains("sqs"), other.message());
        Finding missing =
                only(ofStatement(rule, st("Allow", "\"s3:ListBucket\"", "{\"StringLike\": {\"s3:prefixes\": \"a\"}}")));
        assertTrue(missing.message().contains("not a condition key of the service \"s3\""), missing.message());
        assertEquals(
                1,
                ofStatement(rule, st("Allow", "\"s3:ListBucket\"", "{\"StringLike\": {\"nosuchsvc:k\": \"a\"}}"))
                        .size());
    }

    @Test
    void knownKeysProvidersCredentialsAndUnlistableServicesAreFine() {
        String[][] fine = {
            {"\"s3:ListBucket\"", "{\"StringLike\": {\"S3:Prefix\": \"a\", \"aws:sourceip\": \"1.2.3.4\"}}"},
            {
                "\"s3:GetObject\"",
                "{\"StringEquals\": {\"s3:ExistingObjectTag/env\": \"a\", \"aws:PrincipalTag/x\": \"b\"}}"
            },
            {
                "\"sts:AssumeRoleWithWebIdentity\"",
                "{\"StringLike\": {\"token.actions.githubusercontent.com:sub\": \"repo:o/r:*\"}}"
            },
            {"\"sts:AssumeRoleWithSAML\"", "{\"StringEquals\": {\"saml:aud\": \"https://signin.aws.amazon.com/saml\"}}"
            },
            {"\"s3:GetObject\"", "{\"ArnLike\": {\"ec2:SourceInstanceARN\": \"arn:aws:ec2:*:*:instance/i-1\"}}"},
            {"\"*\"", "{\"StringLike\": {\"saml:aud\": \"x\"}}"},
            {"\"sns:Publish\"", "{\"StringEquals\": {\"AWS:SourceOwner\": \"111122223333\"}}"},
            {"\"kms:Decrypt\"", "{\"StringEquals\": {\"kms:EncryptionContext:app\": \"x\", \"kms:ViaService\": \"s\"}}"
            },
        };
        for (String[] c : fine) {
            assertEquals(0, ofStatement(rule, st("Allow", c[0], c[1])).size(), c[1]);
        }
    }
}
