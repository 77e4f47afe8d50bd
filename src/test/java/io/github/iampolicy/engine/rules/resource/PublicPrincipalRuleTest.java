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
import io.github.iampolicy.engine.text.Values;
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

    // reduced from aws-samples/data-perimeter-policy-examples vpc_endpoint_policies/*.json
    private static final String SERVICES = "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\","
            + "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:PrincipalIsAWSService\":\"true\"}}}";

    @Test
    void anAllowToAwsServicePrincipalsOnlyIsNotPublic() {
        assertEquals(List.of(), resource(rule, SERVICES));
        assertEquals(List.of(), resource(rule, SERVICES.replace("\"true\"", "[\"TRUE\"]")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"Bool\":{\"aws:PrincipalIsAWSService\":\"false\"}", // everyone but services, anonymous included
                "\"Bool\":{\"aws:PrincipalIsAWSService\":[\"true\",\"false\"]}", // anyone
                "\"BoolIfExists\":{\"aws:PrincipalIsAWSService\":\"true\"}", // anonymous callers lack the key
                "\"Bool\":{\"aws:PrincipalIsAWSService\":\"${is_service}\"}" // may be false when deployed
            })
    void otherTestsOfTheServiceKeyStayPublic(String condition) {
        String st = SERVICES.replace("\"Bool\":{\"aws:PrincipalIsAWSService\":\"true\"}", condition);
        List<Finding> f = resource(rule, st);
        assertEquals(1, f.size(), condition);
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    // reduced from aws-samples/serverless-patterns public-nlb-or-alb-private-api-cfn/template.yaml
    private static final String INVOKE = "{\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":[\"execute-api:Invoke\"],\"Resource\":\"execute-api:/*\"}";
    private static final String OUTSIDE_VPCE = "{\"Effect\":\"Deny\",\"Principal\":\"*\","
            + "\"Action\":[\"execute-api:Invoke\"],\"Resource\":\"execute-api:/*\","
            + "\"Condition\":{\"StringNotEquals\":{\"aws:sourceVpce\":\"${endpoint}\"}}}";

    @Test
    void aDenyToEveryoneOutsideOneEndpointFencesThePublicAllow() {
        assertEquals(List.of(), resource(rule, INVOKE + "," + OUTSIDE_VPCE));
        // a Deny of every action and resource fences too
        String wide = OUTSIDE_VPCE.replace("[\"execute-api:Invoke\"]", "\"*\"").replace("\"execute-api:/*\"", "\"*\"");
        assertEquals(List.of(), resource(rule, INVOKE + "," + wide));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the Deny covers another action only
                "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"execute-api:ManageConnections\","
                        + "\"Resource\":\"execute-api:/*\",\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}}",
                // the Deny covers one stage only
                "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\","
                        + "\"Resource\":\"execute-api:/prod/*\",\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}}",
                // a positive condition: the Deny hits one endpoint, everyone else is let through
                "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\","
                        + "\"Resource\":\"execute-api:/*\",\"Condition\":{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}}",
                // a Like operator with a value known only at deploy time may be "*"
                "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\","
                        + "\"Resource\":\"execute-api:/*\",\"Condition\":{\"StringNotLike\":{\"aws:SourceVpce\":\"${endpoints}\"}}}",
                // a second condition that is not about who calls makes the Deny apply less
                "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\","
                        + "\"Resource\":\"execute-api:/*\",\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1\"},"
                        + "\"Bool\":{\"aws:SecureTransport\":\"false\"}}}",
                // a Deny to one account only
                "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"execute-api:Invoke\","
                        + "\"Resource\":\"execute-api:/*\",\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}}"
            })
    void aDenyThatDoesNotFenceTheWholeAllowLeavesItPublic(String deny) {
        List<Finding> f = resource(rule, INVOKE + "," + deny);
        assertEquals(1, f.size(), deny);
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void aPrincipalTypeKnownOnlyAtDeployTimeWithStarMayBeEveryone() {
        List<Finding> f = resource(
                rule,
                "{\"Effect\":\"Allow\",\"Principal\":{\"" + Values.written("var.principal_type")
                        + "\":\"*\"},\"Action\":\"s3:PutObject\","
                        + "\"Resource\":\"arn:aws:s3:::b/*\"}");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }
}
