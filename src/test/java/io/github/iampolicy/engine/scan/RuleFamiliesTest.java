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
package io.github.iampolicy.engine.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleFamiliesTest {

    private static final List<Rule> ALL = RuleRegistry.all();

    private static List<String> ids(List<Rule> rules) {
        return rules.stream().map(r -> r.info().id()).toList();
    }

    @Test
    void theFamilyIsTheSelfManageRulesAndOtherUserAccess() {
        List<String> family =
                ids(ALL.stream().filter(RuleFamilies::selfManageFamily).toList());
        assertEquals(
                List.of("IAM201", "IAM202", "IAM203", "IAM204", "IAM205", "IAM206", "IAM207", "IAM301"),
                family.stream().sorted().toList());
    }

    @Test
    void aPolicyWithoutSelfManageActionsSkipsTheFamilyWhichWouldHaveFoundNothing() {
        String[] policies = {
            "{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:Put*\"],\"Resource\":\"*\"}",
            "{\"Effect\":\"Allow\",\"Action\":\"ec2:*\",\"Resource\":\"*\"},"
                    + "{\"Effect\":\"Deny\",\"Action\":\"ec2:TerminateInstances\",\"Resource\":\"*\","
                    + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}",
            "{\"Effect\":\"Allow\",\"Action\":\"ListUsers\",\"Resource\":\"*\"}",
        };
        for (String statements : policies) {
            List<Finding> found = new ArrayList<>();
            PolicyContext context = context(statements, RuleSettings.DEFAULT, found::add);
            List<Rule> applicable = RuleFamilies.applicable(ALL, context);
            assertTrue(applicable.stream().noneMatch(RuleFamilies::selfManageFamily), statements);
            assertEquals(ALL.size() - 8, applicable.size(), statements);
            for (Rule rule : ALL) {
                if (RuleFamilies.selfManageFamily(rule)) {
                    rule.check(context);
                }
            }
            assertEquals(List.of(), found, "a skipped rule would have reported: " + statements);
        }
    }

    @Test
    void anythingThatMayNameAnIamActionKeepsEveryRule() {
        String[] policies = {
            "{\"Effect\":\"Allow\",\"Action\":\"iam:ChangePassword\",\"Resource\":\"*\"}",
            "{\"Effect\":\"Allow\",\"Action\":\"IAM:listusers\",\"Resource\":\"*\"}",
            "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}",
            "{\"Effect\":\"Allow\",\"Action\":\"i?m:Get*\",\"Resource\":\"*\"}",
            "{\"Effect\":\"Allow\",\"Action\":\"*:CreateAccessKey\",\"Resource\":\"*\"}",
            "{\"Effect\":\"Deny\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}",
            "{\"Effect\":\"Allow\",\"Action\":\"${ActionName}\",\"Resource\":\"*\"}",
            "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"},"
                    + "{\"Effect\":\"Allow\",\"Action\":\"iam:GetUser\",\"Resource\":\"*\"}",
        };
        for (String statements : policies) {
            PolicyContext context = context(statements, RuleSettings.DEFAULT, f -> {});
            assertSame(ALL, RuleFamilies.applicable(ALL, context), statements);
        }
    }

    @Test
    void aDocumentThatDependsOnTemplateConditionsKeepsEveryRule() {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
        Policy plain = TestPolicies.policy(json);
        Policy branched = new Policy(
                plain.file(),
                plain.policyPath(),
                plain.kind(),
                plain.document(),
                plain.sizeChars(),
                new Policy.Branches(List.of("IsProd"), List.of()));
        PolicyContext context =
                new PolicyContext(branched, ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, f -> {});
        assertSame(ALL, RuleFamilies.applicable(ALL, context));
    }

    @Test
    void servicesAddedToTheSelfManageSetCountToo() {
        String statement = "{\"Effect\":\"Allow\",\"Action\":\"codecommit:GitPull\",\"Resource\":\"*\"}";
        RuleSettings withCodeCommit = RuleSettings.of(List.of("codecommit:GitPull"), false, Map.of(), Set.of());
        assertSame(ALL, RuleFamilies.applicable(ALL, context(statement, withCodeCommit, f -> {})));
        assertFalse(RuleFamilies.applicable(ALL, context(statement, RuleSettings.DEFAULT, f -> {})).stream()
                .anyMatch(RuleFamilies::selfManageFamily));
    }

    private static PolicyContext context(
            String statements, RuleSettings settings, java.util.function.Consumer<Finding> sink) {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
        return new PolicyContext(TestPolicies.policy(json), ActionCatalog.defaultCatalog(), settings, sink);
    }
}
