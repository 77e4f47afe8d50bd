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
package io.github.iampolicy.engine.rules.selfmanage;

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

class AccountEnumerationRuleTest {

    private final AccountEnumerationRule rule = new AccountEnumerationRule();

    @Test
    void listUsersOnStarIsANote() {
        String json = doc("{\"Sid\":\"Console\",\"Effect\":\"Allow\",\"Action\":[\"iam:GetAccountSummary\","
                + "\"iam:ListUsers\"],\"Resource\":\"*\"}");
        Finding f = single(onPolicy(rule, json));
        assertEquals("IAM206", f.rule().id());
        assertEquals(Severity.NOTE, f.severity());
        assertEquals(locate(json, "\"iam:ListUsers\"", 0), f.location());
        assertTrue(
                f.message()
                        .startsWith("Statement \"Console\" allows iam:ListUsers on \"*\": users can list every "
                                + "user of the account."),
                f.message());
    }

    @Test
    void wildcardsReachAllFour() {
        Finding f = single(onStatement(rule, "{\"Effect\":\"Allow\",\"Action\":\"iam:List*\",\"Resource\":\"*\"}"));
        for (String a : new String[] {"iam:ListUsers", "iam:ListRoles", "iam:ListGroups", "iam:ListPolicies"}) {
            assertTrue(f.message().contains(a), f.message());
        }
    }

    @Test
    void notActionIsLocatedAtItsValue() {
        String json = doc("{\"Effect\":\"Allow\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}");
        assertEquals(locate(json, "\"s3:*\"", 0), single(onPolicy(rule, json)).location());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Effect\":\"Allow\",\"Action\":\"iam:ListUsers\",\"Resource\":\"arn:aws:iam::*:user/*\"}",
                "{\"Effect\":\"Allow\",\"Action\":[\"iam:ListAccountAliases\",\"iam:ListGroupsForUser\"],\"Resource\":\"*\"}",
                "{\"Effect\":\"Deny\",\"Action\":\"iam:ListUsers\",\"Resource\":\"*\"}",
            })
    void notOnStarOtherListsAndDenyAreFine(String statement) {
        assertTrue(onStatement(rule, statement).isEmpty(), statement);
    }
}
