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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;

/**
 * The outcome of scanning one project.
 *
 * @param catalogDate  snapshot date of the action catalog used
 * @param filesScanned distinct candidate files read
 * @param policies     every policy found, in file order
 * @param findings     every finding, in {@link Finding#ORDER}
 * @param rules        the rules that ran, in id order (for SARIF {@code tool.driver.rules})
 */
public record ScanResult(
        String catalogDate,
        int filesScanned,
        List<PolicySummary> policies,
        List<Finding> findings,
        List<RuleInfo> rules) {

    /** A policy as the JSON report lists it. */
    public record PolicySummary(String file, String policyPath, String kind) {}

    public ScanResult {
        policies = List.copyOf(policies);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
