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

import static io.github.iampolicy.engine.rules.document.Findings.at;
import static io.github.iampolicy.engine.rules.document.Findings.of;
import static io.github.iampolicy.engine.rules.document.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidArnRuleTest {

    private final InvalidArnRule rule = new InvalidArnRule();

    private static String stmt(String element, String resource) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \""
                + element + "\": [\"*\", \"" + resource + "\"]}]}";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "user/${aws:username}|does not start with \"arn:\"",
                "arn:aws:iam::user/x|has 5 fields",
                "arn:aws:iam|has 3 fields",
                "arn:aws:iam:${aws:a:b:c}|has 4 fields",
                "' arn:aws:s3:::bucket'|leading or trailing whitespace",
                "Arn:aws:s3:::bucket|does not start with \"arn:\"",
                "**|does not start"
            })
    void resourcesThatAreNotArnsAreErrors(String resource, String why) {
        String json = stmt("Resource", resource);
        Finding f = only(of(rule, TestPolicies.policy(json)));
        assertEquals("IAM008", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(at(json, "\"" + resource + "\""), f.location());
        assertEquals("Statement[0]", f.statement());
        assertTrue(f.message().contains("Statement[0] Resource \"" + resource + "\""), f.message());
        assertTrue(f.message().contains(why), f.message());
    }

    @Test
    void emptyNotResourceIsAnError() {
        Finding f = only(of(rule, TestPolicies.policy(stmt("NotResource", ""))));
        assertTrue(f.message().contains("NotResource \"\" is empty"), f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "arn:aws:s3:::bucket/*",
                "arn:aws:iam::xxxxxxxxxxxx:user/x",
                "arn:aws:logs:*:*:log-group:a:*",
                "${bucket_arn}",
                "${bucket_arn}/*",
                "arn:aws:s3:::${bucket}",
                "arn:${rest}",
                "arn:::::"
            })
    void arnsWildcardsAndUnknownValuesPass(String resource) {
        assertEquals(List.of(), of(rule, TestPolicies.policy(stmt("Resource", resource))));
    }

    @Test
    void principalsAreNotChecked() {
        assertEquals(
                List.of(),
                of(
                        rule,
                        TestPolicies.policy(
                                "{\"Statement\": [{\"Effect\": \"Allow\", "
                                        + "\"Principal\": {\"AWS\": \"111122223333\"}, \"Action\": \"s3:GetObject\", "
                                        + "\"Resource\": \"arn:aws:s3:::b/*\"}]}",
                                PolicyKind.RESOURCE)));
    }

    @Test
    void apiGatewayShorthandIsAcceptedInAResourcePolicyOnly() {
        // reduced from aws-samples/serverless-patterns public-nlb-or-alb-private-api-cfn/template.yaml
        String json = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\","
                + " \"Action\": \"execute-api:Invoke\", \"Resource\": \"execute-api:/*\"}]}";
        assertEquals(List.of(), of(rule, TestPolicies.policy(json, PolicyKind.RESOURCE)));
        String identity = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": \"execute-api:Invoke\", \"Resource\": \"execute-api:/*\"}]}";
        Finding f = only(of(rule, TestPolicies.policy(identity, PolicyKind.MANAGED)));
        assertTrue(f.message().contains("does not start with \"arn:\""), f.message());
        // only API Gateway's own prefix is expanded: another service's short form is still no ARN
        String other = json.replace("execute-api:/*", "s3:/*");
        assertEquals(
                1, of(rule, TestPolicies.policy(other, PolicyKind.RESOURCE)).size());
    }
}
