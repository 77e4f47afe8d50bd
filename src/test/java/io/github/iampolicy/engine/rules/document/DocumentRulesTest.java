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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

    @Test
    void allListsIam001ToIam010InOrderWithDocumentation() {
        List<String> ids = new ArrayList<>();
        for (Rule r : DocumentRules.ALL) {
            RuleInfo info = r.info();
            ids.add(info.id());
            assertFalse(r.identityOnly(), info.id());
            assertTrue(info.name().matches("[a-z]+(-[a-z]+)*"), info.name());
            assertTrue(info.description().endsWith("."), info.id());
            assertFalse(info.help().isBlank(), info.id());
            assertTrue(info.securitySeverity() > 0 && info.securitySeverity() <= 10, info.id());
            assertNotNull(info.defaultSeverity());
        }
        assertEquals(
                List.of(
                        "IAM001", "IAM002", "IAM003", "IAM004", "IAM005", "IAM006", "IAM007", "IAM008", "IAM009",
                        "IAM010", "IAM011", "IAM012", "IAM013", "IAM014", "IAM015", "IAM016", "IAM017", "IAM018"),
                ids);
        assertThrows(UnsupportedOperationException.class, () -> DocumentRules.ALL.add(new PolicySizeRule()));
    }

    @Test
    void namesMatchTheSpecification() {
        assertEquals(
                List.of(
                        "parse-error",
                        "policy-version",
                        "invalid-structure",
                        "duplicate-sid",
                        "unknown-action",
                        "resource-type-mismatch",
                        "account-placeholder",
                        "invalid-arn",
                        "invalid-variable",
                        "policy-size",
                        "wildcard-without-like",
                        "weak-condition",
                        "unknown-condition-key",
                        "unsupported-condition-key",
                        "condition-type-mismatch",
                        "malformed-condition-value",
                        "set-operator-misuse",
                        "private-source-ip"),
                DocumentRules.ALL.stream().map(r -> r.info().name()).toList());
    }
}
