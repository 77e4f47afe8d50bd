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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import org.junit.jupiter.api.Test;

class MalformedConditionValueRuleTest {

    private final MalformedConditionValueRule rule = new MalformedConditionValueRule();

    private static String st(String effect, String action, String condition) {
        return "{\"Effect\": \"" + effect + "\", \"Action\": " + action + ", \"Resource\": \"*\", \"Condition\": "
                + condition + "}";
    }

    @Test
    void badValuesOfEachFamilyAreErrors() {
        String[] bad = {
            "{\"NotIpAddress\": {\"aws:SourceIp\": [\"203.0.113.0/24\", \"203.0.113.0/33\"]}}",
            "{\"IpAddress\": {\"aws:SourceIp\": \"256.1.1.1\"}}",
            "{\"IpAddress\": {\"aws:SourceIp\": \"2001:db8::1::2\"}}",
            "{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"one hour\"}}",
            "{\"DateGreaterThan\": {\"aws:CurrentTime\": \"01/31/2026\"}}",
            "{\"Bool\": {\"aws:SecureTransport\": \"yes\"}}",
            "{\"Null\": {\"aws:TokenIssueTime\": \"0\"}}",
        };
        for (String c : bad) {
            Finding f = only(ofStatement(rule, st("Allow", "\"s3:*\"", c)));
            assertEquals(Severity.ERROR, f.severity(), c);
        }
    }

    @Test
    void wellFormedAndTemplatedValuesAreFine() {
        String[] fine = {
            "{\"IpAddress\": {\"aws:SourceIp\": [\"203.0.113.7\", \"2001:db8::/32\", \"::ffff:192.0.2.1\", \"::1\"]}}",
            "{\"IpAddress\": {\"aws:SourceIp\": \"{{sourceIp}}\"}}",
            "{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": [3600, \"-1.5\"]}}",
            "{\"DateGreaterThan\": {\"aws:CurrentTime\": [\"2026-01-31\", \"2026-01-31T12:00:00Z\", \"1700000000\", "
                    + "\"2026-01-31T12:00:00.123+01:00\"]}}",
            "{\"DateGreaterThan\": {\"aws:CurrentTime\": \"${aws:TokenIssueTime}\"}}",
            "{\"Bool\": {\"aws:SecureTransport\": [true, \"False\"]}}",
            "{\"StringEquals\": {\"aws:SourceVpc\": \"not a number\"}}",
        };
        for (String c : fine) {
            assertEquals(0, ofStatement(rule, st("Allow", "\"s3:*\"", c)).size(), c);
        }
        assertTrue(ConditionValues.isCidr("2001:0db8:0000:0000:0000:0000:0000:0001/128"));
        assertFalse(ConditionValues.isCidr("2001:db8:1:2:3:4:5"));
    }
}
