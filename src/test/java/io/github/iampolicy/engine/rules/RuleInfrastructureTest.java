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
package io.github.iampolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry, the settings and the policy-variable test that all rules share (killing PIT's survivors). */
class RuleInfrastructureTest {

    @Test
    void theRegistryHoldsEveryRuleOnceInIdOrder() {
        List<Rule> all = RuleRegistry.all();
        List<String> ids = all.stream().map(r -> r.info().id()).toList();
        assertEquals(ids.stream().sorted().distinct().toList(), ids);
        assertTrue(
                ids.containsAll(List.of(
                        "IAM001", "IAM010", "IAM101", "IAM105", "IAM106", "IAM109", "IAM201", "IAM207", "IAM401",
                        "IAM407")),
                ids.toString());
        assertEquals(
                36,
                ids.stream()
                        .filter(id -> !id.startsWith("IAM3") && !id.startsWith("IAM4"))
                        .count(),
                ids.toString());
        assertEquals(7, ids.stream().filter(id -> id.startsWith("IAM4")).count(), ids.toString());
        assertEquals(3, ids.stream().filter(id -> id.startsWith("IAM3")).count(), ids.toString());
    }

    @Test
    void findIsCaseInsensitiveAndTrims() {
        assertEquals("IAM201", RuleRegistry.find(" iam201 ").orElseThrow().id());
        assertEquals(
                "user-resource-wildcard",
                RuleRegistry.find("IAM201").orElseThrow().name());
        assertTrue(RuleRegistry.find("IAM999").isEmpty());
        assertTrue(RuleRegistry.find("").isEmpty());
    }

    @Test
    void settingsHoldTheDefaultSetsAndTheAddedActions() {
        RuleSettings d = RuleSettings.DEFAULT;
        assertTrue(d.inSelfManage("IAM:CreateAccessKey"));
        assertTrue(d.inSelfManage("iam:untagmfadevice"));
        assertFalse(d.inSelfManage("iam:ListUsers"));
        assertTrue(d.inAccountView("iam:ListUsers"));
        assertFalse(d.inAccountView("iam:GetUser"));

        RuleSettings s = RuleSettings.of(
                List.of("GetAccountName", "iam:GetUserPolicy", " IAM:ListAccountAliases "),
                true,
                Map.of("IAM207", Severity.ERROR),
                Set.of(" iam206 "));
        assertTrue(s.inAccountView("iam:GetAccountName"), "no resource types: joins V");
        assertFalse(s.inSelfManage("iam:GetAccountName"));
        assertTrue(s.inSelfManage("iam:GetUserPolicy"), "acts on a user: joins S");
        assertTrue(s.inAccountView("iam:ListAccountAliases"));
        assertTrue(s.requireMfa());
        assertFalse(s.enabled("IAM206"));
        assertTrue(s.enabled("IAM205"));
        assertTrue(d.enabled("IAM206"));
        assertEquals(Severity.ERROR, s.severityOverrides().get("IAM207"));
    }

    @Test
    void policyVariablesNeedAColonInsideBraces() {
        assertTrue(PolicyVariables.containsVariable("user/${aws:username}"));
        assertTrue(PolicyVariables.containsVariable("${a}x${aws:username}"), "a later variable counts");
        assertTrue(PolicyVariables.containsVariable("${:}"));
        assertFalse(PolicyVariables.containsVariable("user/${name}"));
        assertFalse(PolicyVariables.containsVariable("user/${aws:username"), "unclosed");
        assertFalse(PolicyVariables.containsVariable("a:b ${x}"), "the colon must be inside the braces");
        assertFalse(PolicyVariables.containsVariable("${x}:y}"));
        assertFalse(PolicyVariables.containsVariable(""));
        assertFalse(PolicyVariables.containsVariable("$"));
    }
}
