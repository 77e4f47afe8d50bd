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
import static io.github.iampolicy.engine.rules.resource.TrustTesting.run;
import static io.github.iampolicy.engine.rules.resource.TrustTesting.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IAM402, IAM403, IAM407: principals and syntax of trust and resource policies. */
class TrustPolicyRulesTest {

    @Nested
    class AllowNotPrincipal {

        private final AllowNotPrincipalRule rule = new AllowNotPrincipalRule();

        @Test
        void allowWithNotPrincipalInAResourcePolicyIsAnError() {
            List<Finding> f = resource(
                    rule,
                    "{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
                            + "\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\"}");
            assertEquals(1, f.size());
            assertEquals(Severity.ERROR, f.get(0).severity());
            assertEquals("NotPrincipal", f.get(0).subject());
        }

        @Test
        void denyWithNotPrincipalAndTrustPoliciesAreNotThisRules() {
            assertEquals(
                    List.of(),
                    resource(
                            rule,
                            "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
                                    + "\"Action\":\"s3:*\",\"Resource\":\"*\"}"));
            assertEquals(
                    List.of(),
                    trust(
                            rule,
                            "{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
                                    + "\"Action\":\"sts:AssumeRole\"}"));
        }
    }

    @Nested
    class CrossAccount {

        private final CrossAccountTrustRule rule = new CrossAccountTrustRule();

        @ParameterizedTest
        @ValueSource(
                strings = {"arn:aws:iam::111122223333:root", "111122223333", "arn:aws-us-gov:iam::111122223333:root"})
        void aWholeAccountWithoutExternalIdIsAWarning(String principal) {
            List<Finding> f = trust(
                    rule,
                    "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"" + principal
                            + "\"]},\"Action\":\"sts:AssumeRole\"}");
            assertEquals(1, f.size());
            assertEquals(Severity.WARNING, f.get(0).severity());
            assertTrue(f.get(0).message().contains("111122223333"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "\"StringEquals\":{\"sts:ExternalId\":\"a1b2c3\"}",
                    "\"ArnEquals\":{\"aws:PrincipalArn\":\"arn:aws:iam::111122223333:role/ci\"}",
                    "\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}"
                })
        void acceptedConditions(String condition) {
            assertEquals(
                    List.of(),
                    trust(
                            rule,
                            "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                                    + "\"Action\":\"sts:AssumeRole\",\"Condition\":{" + condition + "}}"));
        }

        @Test
        void namedRolesTemplateAccountsAndOtherActionsAreNotReported() {
            assertEquals(
                    List.of(),
                    trust(
                            rule,
                            "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/ci\"},"
                                    + "\"Action\":\"sts:AssumeRole\"}"));
            assertEquals(
                    List.of(),
                    trust(
                            rule,
                            "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::${account_id}:root\"},"
                                    + "\"Action\":\"sts:AssumeRole\"}"));
            assertEquals(
                    List.of(),
                    trust(
                            rule,
                            "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},"
                                    + "\"Action\":\"sts:TagSession\"}"));
            assertEquals(
                    List.of(),
                    run(
                            rule,
                            PolicyKind.RESOURCE,
                            TrustTesting.doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},"
                                    + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}")));
        }

        @Test
        void aPolicyFileOfAssumeActionsIsATrustPolicy() {
            List<Finding> f = run(
                    rule,
                    PolicyKind.IDENTITY,
                    TrustTesting.doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},"
                            + "\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}"));
            assertEquals(1, f.size());
        }
    }

    @Nested
    class InvalidTrust {

        private final InvalidTrustPolicyRule rule = new InvalidTrustPolicyRule();

        @Test
        void resourceNotPrincipalAndForeignActionsAreErrors() {
            List<Finding> f = trust(
                    rule,
                    "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                            + "\"Action\":[\"sts:AssumeRole\",\"s3:GetObject\",\"sts:GetCallerIdentity\"],\"Resource\":\"*\"}");
            assertEquals(1, f.size());
            assertEquals(Severity.ERROR, f.get(0).severity());
            assertEquals("Resource", f.get(0).subject());
            assertTrue(
                    f.get(0).message().contains("s3:GetObject, sts:GetCallerIdentity"),
                    f.get(0).message());
            List<Finding> g = trust(
                    rule,
                    "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                            + "\"Action\":\"sts:AssumeRole\"}");
            assertEquals("NotPrincipal", g.get(0).subject());
            List<Finding> h = trust(
                    rule,
                    "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"ec2:*\"}");
            assertEquals("ec2:*", h.get(0).subject());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "[\"sts:AssumeRole\",\"sts:TagSession\",\"sts:SetSourceIdentity\",\"sts:SetContext\"]",
                    "\"sts:AssumeRoleWithWebIdentity\"",
                    "\"STS:AssumeRoleWithSAML\"",
                    "\"sts:*\"",
                    "\"*\"",
                    "\"${action}\""
                })
        void theAssumeActionsAreAccepted(String actions) {
            assertEquals(
                    List.of(),
                    trust(
                            rule,
                            "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":"
                                    + actions + "}"));
        }

        @Test
        void onlyContainerKnownTrustPoliciesAreJudged() {
            assertEquals(
                    List.of(),
                    run(
                            rule,
                            PolicyKind.IDENTITY,
                            TrustTesting.doc("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},"
                                    + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}")));
        }
    }
}
