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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import org.junit.jupiter.api.Test;

class PrivateSourceIpRuleTest {

    private final PrivateSourceIpRule rule = new PrivateSourceIpRule();

    private static String st(String effect, String action, String condition) {
        return "{\"Effect\": \"" + effect + "\", \"Action\": " + action + ", \"Resource\": \"*\", \"Condition\": "
                + condition + "}";
    }

    @Test
    void privateRangesUnderIpAddressInADenyFailOpen() {
        Finding f = only(
                ofStatement(
                        rule,
                        st(
                                "Deny",
                                "\"s3:*\"",
                                "{\"IpAddress\": {\"aws:SourceIp\": [\"203.0.113.0/24\", \"10.1.0.0/16\", \"192.168.1.5\"]}}")));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("10.1.0.0/16,192.168.1.5", f.subject());
    }

    @Test
    void notIpAddressAndAllowsAreWarnings() {
        assertEquals(
                Severity.WARNING,
                only(ofStatement(
                                rule,
                                st("Deny", "\"s3:*\"", "{\"NotIpAddress\": {\"AWS:SourceIP\": \"172.16.0.0/12\"}}")))
                        .severity());
        assertEquals(
                Severity.WARNING,
                only(ofStatement(
                                rule,
                                st("Allow", "\"s3:*\"", "{\"IpAddressIfExists\": {\"aws:SourceIp\": \"fd00::/8\"}}")))
                        .severity());
    }

    @Test
    void publicRangesWiderNetworksAndOtherKeysAreFine() {
        String[] fine = {
            "{\"IpAddress\": {\"aws:SourceIp\": [\"203.0.113.0/24\", \"172.32.0.0/16\", \"10.0.0.0/7\", \"2001:db8::/32\"]}}",
            "{\"IpAddress\": {\"aws:VpcSourceIp\": \"10.0.0.0/8\"}}",
            "{\"StringEquals\": {\"aws:SourceIp\": \"10.0.0.1\"}}",
        };
        for (String c : fine) {
            assertEquals(0, ofStatement(rule, st("Deny", "\"s3:*\"", c)).size(), c);
        }
    }
}
