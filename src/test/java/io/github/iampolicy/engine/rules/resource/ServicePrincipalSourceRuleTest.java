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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServicePrincipalSourceRuleTest {

    private final ServicePrincipalSourceRule rule = new ServicePrincipalSourceRule();

    private static final String TRAIL =
            "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"cloudtrail.amazonaws.com\"]},"
                    + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::logs/trail/*\"";

    @Test
    void aServicePrincipalWithoutSourceIsAWarning() {
        List<Finding> f = resource(rule, TRAIL + "}");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("Service:cloudtrail.amazonaws.com", f.get(0).subject());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}",
                "\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:cloudtrail:*:123456789012:trail/*\"}",
                "\"StringEquals\":{\"aws:SourceOrgID\":\"o-abc\"}",
                "\"ArnEquals\":{\"kms:EncryptionContext:aws:logs:arn\":\"arn:aws:logs:eu-west-1:123456789012:log-group:g\"}"
            })
    void aSourceConditionScopesIt(String condition) {
        assertEquals(List.of(), resource(rule, TRAIL + ",\"Condition\":{" + condition + "}}"));
    }

    @Test
    void negatedOrWildcardSourcesDoNotCount() {
        assertEquals(
                1,
                resource(rule, TRAIL + ",\"Condition\":{\"StringNotEquals\":{\"aws:SourceAccount\":\"123456789012\"}}}")
                        .size());
        assertEquals(
                1,
                resource(rule, TRAIL + ",\"Condition\":{\"StringLike\":{\"aws:SourceArn\":\"*\"}}}")
                        .size());
    }

    @Test
    void logDeliveryPathsDenyAndTrustPoliciesAreExempt() {
        assertEquals(
                List.of(),
                resource(
                        rule,
                        "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"logdelivery.elasticloadbalancing.amazonaws.com\"},"
                                + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::b/lb/AWSLogs/123456789012/*\"}"));
        assertEquals(
                List.of(),
                resource(
                        rule,
                        "{\"Effect\":\"Deny\",\"Principal\":{\"Service\":\"sns.amazonaws.com\"},\"Action\":\"sqs:*\","
                                + "\"Resource\":\"*\"}"));
        assertEquals(
                List.of(),
                trust(
                        rule,
                        "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
                                + "\"Action\":\"sts:AssumeRole\"}"));
    }
}
