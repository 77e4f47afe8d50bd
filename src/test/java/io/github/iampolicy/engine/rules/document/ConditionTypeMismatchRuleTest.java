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

class ConditionTypeMismatchRuleTest {

    private final ConditionTypeMismatchRule rule = new ConditionTypeMismatchRule();

    private static String st(String effect, String action, String condition) {
        return "{\"Effect\": \"" + effect + "\", \"Action\": " + action + ", \"Resource\": \"*\", \"Condition\": "
                + condition + "}";
    }

    @Test
    void numericOnADateKeyFailsOpenInADeny() {
        Finding f = only(ofStatement(
                rule, st("Deny", "\"s3:*\"", "{\"NumericGreaterThan\": {\"aws:TokenIssueTime\": \"3600\"}}")));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("type Date"), f.message());
    }

    @Test
    void boolDateAndAddressOperatorsOnStringKeysAreWarningsInAnAllow() {
        assertEquals(
                Severity.WARNING,
                only(ofStatement(rule, st("Allow", "\"s3:ListBucket\"", "{\"Bool\": {\"s3:prefix\": \"true\"}}")))
                        .severity());
        assertEquals(
                1,
                ofStatement(rule, st("Allow", "\"s3:*\"", "{\"DateLessThan\": {\"aws:SourceVpc\": \"2020-01-01\"}}"))
                        .size());
        assertEquals(
                1,
                ofStatement(rule, st("Allow", "\"s3:*\"", "{\"IpAddress\": {\"aws:SourceVpce\": \"10.0.0.1\"}}"))
                        .size());
        assertEquals(
                1,
                ofStatement(
                                rule,
                                st("Allow", "\"sts:AssumeRole\"", "{\"NumericLessThan\": {\"sts:ExternalId\": \"5\"}}"))
                        .size(),
                "a service key typed by the catalog");
    }

    @Test
    void aStringOperatorOnAnArnKeyIsANote() {
        assertEquals(
                Severity.NOTE,
                only(ofStatement(
                                rule,
                                st(
                                        "Deny",
                                        "\"s3:*\"",
                                        "{\"StringLike\": {\"aws:PrincipalArn\": \"arn:aws:iam::*:role/x\"}}")))
                        .severity());
    }

    @Test
    void matchingTypesAndUntypedKeysAreFine() {
        String[] fine = {
            "{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"3600\"}}",
            "{\"NumericLessThan\": {\"aws:EpochTime\": \"1700000000\"}}",
            "{\"DateGreaterThan\": {\"aws:CurrentTime\": \"2020-01-01T00:00:00Z\"}}",
            "{\"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"false\"}}",
            "{\"NotIpAddress\": {\"aws:SourceIp\": \"203.0.113.0/24\"}}",
            "{\"StringEquals\": {\"aws:SecureTransport\": \"true\"}}",
            "{\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:sns:*:*:t\"}}",
            "{\"Bool\": {\"aws:AssumedRoot\": \"true\"}}",
            "{\"Null\": {\"aws:TokenIssueTime\": \"true\"}}",
            "{\"NumericLessThan\": {\"aws:NoSuchKey\": \"1\"}}",
        };
        for (String c : fine) {
            assertEquals(0, ofStatement(rule, st("Deny", "\"s3:*\"", c)).size(), c);
        }
    }
}
