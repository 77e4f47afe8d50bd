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
