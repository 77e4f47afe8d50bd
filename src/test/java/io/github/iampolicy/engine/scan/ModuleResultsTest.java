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
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.tree.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleResultsTest {

    private static final RuleInfo IAM201 =
            new RuleInfo("IAM201", "user-resource-wildcard", Severity.ERROR, "d", "h", 8.8);
    private static final RuleInfo IAM205 = new RuleInfo("IAM205", "mfa-not-enforced", Severity.NOTE, "d", "h", 4.0);

    private static Finding finding(RuleInfo rule, String file, int line) {
        return new Finding(rule, rule.defaultSeverity(), file, new Location(line, 1), "", "S", "m", "x", null);
    }

    private static ScanResult module(int files, List<RuleInfo> rules, Finding... findings) {
        List<ScanResult.PolicySummary> policies = List.of(findings).stream()
                .map(f -> new ScanResult.PolicySummary(f.file(), "", "identity"))
                .distinct()
                .toList();
        return new ScanResult("2026-05-10", files, policies, List.of(findings), rules);
    }

    @Test
    void theSameFileInTwoModulesStaysApartAndKeepsItsMarks() {
        String keys = "src/main/resources/keys.json";
        Finding suppressed = finding(IAM201, keys, 3)
                .withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "reviewed", "s.json"));
        ScanResult merged = ModuleResults.merge(List.of(
                new ModuleResults.Module("service-b", module(2, List.of(IAM201), suppressed)),
                new ModuleResults.Module("service-a", module(3, List.of(IAM205, IAM201), finding(IAM205, keys, 9))),
                new ModuleResults.Module("", module(1, List.of(), finding(IAM201, "infra/top.json", 1)))));

        assertEquals(6, merged.filesScanned());
        assertEquals(
                List.of("infra/top.json", "service-a/" + keys, "service-b/" + keys),
                merged.findings().stream().map(Finding::file).toList());
        assertEquals(
                List.of("infra/top.json", "service-a/" + keys, "service-b/" + keys),
                merged.policies().stream().map(ScanResult.PolicySummary::file).toList());
        assertEquals(
                List.of("IAM201", "IAM205"),
                merged.rules().stream().map(RuleInfo::id).toList());
        Finding b = merged.findings().get(2);
        assertEquals("reviewed", b.suppression().justification());
        assertEquals(1, merged.suppressedCount());
        assertEquals(1, merged.count(Severity.ERROR));
        // the module path is part of the identity: the two keys.json findings are different findings
        assertNotEquals(suppressed.fingerprint(), b.fingerprint());
    }

    @Test
    void noModulesIsAnEmptyScan() {
        ScanResult merged = ModuleResults.merge(List.of());
        assertEquals(0, merged.filesScanned());
        assertEquals(List.of(), merged.findings());
    }
}
