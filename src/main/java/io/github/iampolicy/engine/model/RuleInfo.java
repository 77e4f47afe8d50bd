package io.github.iampolicy.engine.model;

/**
 * The documentation of a rule, the same in every report.
 *
 * @param id               stable id such as {@code IAM201}
 * @param name             kebab-case name such as {@code user-resource-wildcard}
 * @param defaultSeverity  severity when neither the rule nor the configuration says otherwise
 * @param description      one sentence: what the rule flags
 * @param help             how to fix it
 * @param securitySeverity CVSS-like score 0.0-10.0 for SARIF {@code security-severity}
 */
public record RuleInfo(
        String id, String name, Severity defaultSeverity, String description, String help, double securitySeverity) {}
