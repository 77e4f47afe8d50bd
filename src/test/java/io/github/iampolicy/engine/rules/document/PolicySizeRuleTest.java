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

import static io.github.iampolicy.engine.rules.document.Findings.of;
import static io.github.iampolicy.engine.rules.document.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.tree.Location;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicySizeRuleTest {

    private final PolicySizeRule rule = new PolicySizeRule();

    private static Policy sized(PolicyKind kind, int size) {
        Policy p = TestPolicies.policy(
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                        + "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}",
                kind);
        return new Policy(p.file(), p.policyPath(), kind, p.document(), size);
    }

    @ParameterizedTest
    @CsvSource({"MANAGED, 6144", "INLINE_USER, 2048", "INLINE_GROUP, 5120", "INLINE_ROLE, 10240", "IDENTITY, 6144"})
    void limitsPerKind(PolicyKind kind, int limit) {
        assertEquals(List.of(), of(rule, sized(kind, limit)));
        Finding f = only(of(rule, sized(kind, limit + 1)));
        assertEquals("IAM010", f.rule().id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(Location.START, f.location());
        assertTrue(f.message().contains(String.format("%,d non-whitespace characters", limit + 1)), f.message());
        assertTrue(f.message().contains(String.format("at most %,d", limit)), f.message());
    }

    @Test
    void unknownSizeIsNotReported() {
        assertEquals(List.of(), of(rule, sized(PolicyKind.INLINE_USER, -1)));
    }

    @Test
    void sizeComesFromTheDocumentText() {
        StringBuilder actions = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            actions.append(i > 0 ? ", " : "").append("\"s3:GetObject").append(i).append('"');
        }
        Policy p = TestPolicies.policy(
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", " + "\"Action\": [" + actions
                        + "], \"Resource\": \"*\"}]}",
                PolicyKind.INLINE_USER);
        assertTrue(p.sizeChars() > 2048);
        assertTrue(only(of(rule, p)).message().contains("an inline user policy"));
    }

    @Test
    void onlyAPolicyADeploymentCreatesIsPromisedToFail() {
        assertTrue(only(of(rule, sized(PolicyKind.MANAGED, 7000))).message().contains("deployment will fail"));
        String bare = only(of(rule, sized(PolicyKind.IDENTITY, 7000))).message();
        assertFalse(bare.contains("deployment will fail"), bare);
        assertTrue(bare.contains("a customer managed policy you create (AWS managed policies are exempt)"), bare);
        Policy p = sized(PolicyKind.MANAGED, 7000);
        Policy fromApi = new Policy(p.file(), "PolicyVersion.Document", p.kind(), p.document(), 7000);
        String api = only(of(rule, fromApi)).message();
        assertFalse(api.contains("deployment will fail"), api);
    }
}
