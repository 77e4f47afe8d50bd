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
package io.github.iampolicy.engine.rules.privilege;

import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.doc;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.locate;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onPolicy;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onStatement;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WildcardActionRuleTest {

    private final WildcardActionRule rule = new WildcardActionRule();

    @ParameterizedTest
    @ValueSource(strings = {"*", "*:*", "iam:*", "IAM:*", "s3:*", "service-prefix-1:*", "${svc}:*"})
    void flagsWholeServiceWildcards(String action) {
        Finding f = single(onStatement(
                rule,
                "{\"Sid\":\"Wide\",\"Effect\":\"Allow\",\"Action\":[\"iam:GetUser\",\"" + action
                        + "\"],\"Resource\":\"*\"}"));
        assertEquals("IAM101", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Wide", f.statement());
        assertTrue(f.message().startsWith("Statement \"Wide\" allows every "), f.message());
    }

    @Test
    void oneFindingPerStatementAtTheFirstWildcard() {
        String json = doc("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:*\",\"ec2:*\"],\"Resource\":\"*\"}");
        Finding f = single(onPolicy(rule, json));
        assertEquals(locate(json, "\"s3:*\"", 0), f.location());
        assertTrue(f.message().contains("every s3 action (s3:*) and every ec2 action (ec2:*)"), f.message());
        assertTrue(f.message().startsWith("Statement[0] allows"), f.message());
    }

    @Test
    void manyServicesAreSummarised() {
        Finding f = single(onStatement(
                rule,
                "{\"Effect\":\"Allow\",\"Action\":[\"a4b:*\",\"acm:*\",\"athena:*\","
                        + "\"ec2:*\",\"s3:*\",\"sqs:*\"],\"Resource\":\"*\"}"));
        assertTrue(
                f.message().contains("every action of 6 services (a4b:*, acm:*, athena:*, ec2:* and 2 more)"),
                f.message());
    }

    @Test
    void everyServiceIsNamedAsSuch() {
        Finding f = single(onStatement(rule, "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}"));
        assertTrue(f.message().contains("every action of every service (*)"), f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:Get*\",\"*:Get*\",\"s3:Put*\"],\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"Action\":\"ec2:* \",\"Resource\":\"*\"}",
                "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}",
                "{\"Effect\":\"Allow\",\"NotAction\":\"*\",\"Resource\":\"*\"}",
            })
    void ignoresPartialWildcardsDenyAndNotAction(String statement) {
        assertTrue(onStatement(rule, statement).isEmpty());
    }
}
