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
package io.github.iampolicy.engine.rules.resource;

import static io.github.iampolicy.engine.rules.resource.TrustTesting.resource;
import static io.github.iampolicy.engine.rules.resource.TrustTesting.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.selfmanage.RuleTesting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicPrincipalRuleTest {

    private final PublicPrincipalRule rule = new PublicPrincipalRule();

    @Test
    void publicWriteToABucketIsAnError() {
        String st = "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],"
                + "\"Resource\":\"arn:aws:s3:::b/*\"}";
        List<Finding> f = resource(rule, st);
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("s3:PutObject"), f.get(0).message());
        assertEquals(
                RuleTesting.locate(TrustTesting.doc(st), "\"*\"", 0), f.get(0).location());
    }

    @Test
    void publicReadIsAWarning() {
        List<Finding> f = resource(
                rule,
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\"]},\"Action\":\"s3:GetObject\","
                        + "\"Resource\":\"arn:aws:s3:::site/*\"}");
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("only reads"));
    }

    @Test
    void assumingARoleFromAnywhereIsAnError() {
        List<Finding> f =
                trust(rule, "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}");
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void notActionAndWildcardServicesCountAsWrites() {
        assertEquals(
                Severity.ERROR,
                resource(
                                rule,
                                "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"NotAction\":\"s3:Delete*\",\"Resource\":\"*\"}")
                        .get(0)
                        .severity());
        assertEquals(
                Severity.ERROR,
                resource(rule, "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}")
                        .get(0)
                        .severity());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}",
                "\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:sns:us-east-1:123456789012:topic\"}",
                "\"StringEquals\":{\"AWS:SourceVpce\":\"vpce-1a2b3c4d\"}",
                "\"StringEquals\":{\"kms:CallerAccount\":\"123456789012\",\"kms:ViaService\":\"s3.us-east-1.amazonaws.com\"}",
                "\"ForAnyValue:StringLike\":{\"aws:PrincipalOrgPaths\":\"o-a/r-ab/ou-ab-1/*\"}"
            })
    void aConditionNamingWhoCallsMakesItAcceptable(String condition) {
        assertEquals(
                List.of(),
                resource(
                        rule,
                        "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\","
                                + "\"Condition\":{" + condition + "}}"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"StringNotEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}",
                "\"StringEqualsIfExists\":{\"aws:PrincipalOrgID\":\"o-abc123\"}",
                "\"StringLike\":{\"aws:PrincipalOrgID\":\"*\"}",
                "\"Bool\":{\"aws:SecureTransport\":\"true\"}",
                "\"StringLike\":{\"aws:Referer\":\"https://example.com/*\"}"
            })
    void conditionsThatDoNotNarrowTheCallersDoNotHelp(String condition) {
        List<Finding> f = resource(
                rule,
                "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\","
                        + "\"Condition\":{" + condition + "}}");
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void sourceIpAloneIsAWarning() {
        List<Finding> f = resource(
                rule,
                "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\","
                        + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}}");
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("aws:SourceIp"));
    }

    @Test
    void denyNamedPrincipalsAndIdentityPoliciesAreLeftAlone() {
        assertEquals(
                List.of(),
                resource(
                        rule,
                        "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\","
                                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}"));
        assertEquals(
                List.of(),
                resource(
                        rule,
                        "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:role/r\"},"
                                + "\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}"));
        assertEquals(
                List.of(),
                TrustTesting.run(
                        rule,
                        PolicyKind.MANAGED,
                        TrustTesting.doc("{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}")));
    }
}
