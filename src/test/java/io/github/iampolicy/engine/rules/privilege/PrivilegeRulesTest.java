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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.selfmanage.SelfManageRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivilegeRulesTest {

    @Test
    void rulesAreListedInIdOrderAndImmutable() {
        assertEquals(
                List.of(
                        "IAM101", "IAM102", "IAM103", "IAM104", "IAM105", "IAM106", "IAM107", "IAM108", "IAM109",
                        "IAM110", "IAM111"),
                PrivilegeRules.ALL.stream().map(r -> r.info().id()).toList());
        assertEquals(
                List.of("IAM201", "IAM202", "IAM203", "IAM204", "IAM205", "IAM206", "IAM207"),
                SelfManageRules.ALL.stream().map(r -> r.info().id()).toList());
        assertThrows(UnsupportedOperationException.class, () -> PrivilegeRules.ALL.add(new WildcardActionRule()));
        assertThrows(UnsupportedOperationException.class, () -> SelfManageRules.ALL.clear());
        assertEquals(
                List.of("IAM401", "IAM402", "IAM403", "IAM404", "IAM405", "IAM406", "IAM407"),
                io.github.iampolicy.engine.rules.resource.ResourcePolicyRules.ALL.stream()
                        .map(r -> r.info().id())
                        .toList());
        assertThrows(
                UnsupportedOperationException.class,
                () -> io.github.iampolicy.engine.rules.resource.ResourcePolicyRules.ALL.clear());
    }

    @Test
    void everyRuleIsDocumented() {
        List<Rule> all = new java.util.ArrayList<>(PrivilegeRules.ALL);
        all.addAll(SelfManageRules.ALL);
        for (Rule r : all) {
            RuleInfo i = r.info();
            assertTrue(i.name().matches("[a-z]+(-[a-z0-9]+)+"), i.name());
            assertTrue(i.description().endsWith("."), i.id());
            assertFalse(i.help().isBlank(), i.id());
            assertTrue(i.securitySeverity() > 0 && i.securitySeverity() <= 10, i.id());
            assertTrue(r.identityOnly(), i.id());
        }
        for (Rule r : io.github.iampolicy.engine.rules.resource.ResourcePolicyRules.ALL) {
            RuleInfo i = r.info();
            assertTrue(i.name().matches("[a-z]+(-[a-z0-9]+)+"), i.name());
            assertTrue(i.description().endsWith("."), i.id());
            assertTrue(i.securitySeverity() > 0 && i.securitySeverity() <= 10, i.id());
            assertFalse(r.identityOnly(), i.id() + " must reach trust and resource policies");
        }
    }
}
