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

import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.suppress.InlineSuppression;
import java.util.List;

/**
 * The outcome of scanning one project.
 *
 * @param catalogDate  snapshot date of the action catalog used
 * @param filesScanned distinct candidate files read
 * @param policies     every policy found, in file order
 * @param findings     every finding, in {@link Finding#ORDER}
 * @param rules        the rules that ran, in id order (for SARIF {@code tool.driver.rules})
 * @param inlineSuppressions the suppressions written in the scanned files, for
 *                     {@link io.github.iampolicy.engine.suppress.Triage} to apply
 */
public record ScanResult(
        String catalogDate,
        int filesScanned,
        List<PolicySummary> policies,
        List<Finding> findings,
        List<RuleInfo> rules,
        List<InlineSuppression> inlineSuppressions) {

    /** A policy as the JSON report lists it. */
    public record PolicySummary(String file, String policyPath, String kind) {}

    public ScanResult {
        policies = List.copyOf(policies);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        inlineSuppressions = List.copyOf(inlineSuppressions);
    }

    public ScanResult(
            String catalogDate,
            int filesScanned,
            List<PolicySummary> policies,
            List<Finding> findings,
            List<RuleInfo> rules) {
        this(catalogDate, filesScanned, policies, findings, rules, List.of());
    }

    /** The same scan with the findings marked by triage. */
    public ScanResult withFindings(List<Finding> marked) {
        return new ScanResult(catalogDate, filesScanned, policies, marked, rules, inlineSuppressions);
    }

    /** Findings of this severity that count: suppressed and baselined ones are counted apart. */
    public long count(Severity severity) {
        return findings.stream()
                .filter(f -> f.severity() == severity && f.counts())
                .count();
    }

    public long suppressedCount() {
        return findings.stream().filter(f -> f.suppression() != null).count();
    }

    /** Findings in the baseline that are not also suppressed. */
    public long baselinedCount() {
        return findings.stream()
                .filter(f -> f.suppression() == null && f.baselineState() == BaselineState.UNCHANGED)
                .count();
    }
}
