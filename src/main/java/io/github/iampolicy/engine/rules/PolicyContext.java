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

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything a rule sees of one policy, and where its findings go. Not shared between threads.
 */
public final class PolicyContext {

    private final AnalyzedPolicy analysis;
    private final RuleSettings settings;
    private final Consumer<Finding> sink;
    private final List<Policy> filePolicies;
    private final java.util.Set<String> selfManageServices;

    public PolicyContext(Policy policy, ActionCatalog catalog, RuleSettings settings, Consumer<Finding> sink) {
        this(policy, List.of(policy), catalog, settings, sink);
    }

    /** @param filePolicies every checked policy of the policy's file, itself included */
    public PolicyContext(
            Policy policy,
            List<Policy> filePolicies,
            ActionCatalog catalog,
            RuleSettings settings,
            Consumer<Finding> sink) {
        this(
                new AnalyzedPolicy(policy, catalog),
                List.copyOf(filePolicies),
                settings,
                java.util.Collections.unmodifiableSet(
                        settings.selfManageServices()), // sorted: findings keep service order
                sink);
    }

    private PolicyContext(
            AnalyzedPolicy analysis,
            List<Policy> filePolicies,
            RuleSettings settings,
            java.util.Set<String> selfManageServices,
            Consumer<Finding> sink) {
        this.analysis = analysis;
        this.filePolicies = filePolicies;
        this.settings = settings;
        this.selfManageServices = selfManageServices;
        this.sink = sink;
    }

    /** The same policy and analysis, with findings going to {@code other}: one buffer per rule keeps rule order. */
    public PolicyContext withSink(Consumer<Finding> other) {
        return new PolicyContext(analysis, filePolicies, settings, selfManageServices, other);
    }

    /** Passes a finding on as it is, for the {@link RuleRunner}, which buffers findings per rule. */
    void emit(Finding finding) {
        sink.accept(finding);
    }

    /** The policy analysed once: its statements and what the rules share about them. */
    public AnalyzedPolicy analysis() {
        return analysis;
    }

    public Policy policy() {
        return analysis.policy();
    }

    /**
     * Every checked policy of the same file, this one included: those attached to the same principals apply
     * together with it ({@link Policy.Attachment#alwaysWith}).
     */
    public List<Policy> filePolicies() {
        return filePolicies;
    }

    public ActionCatalog catalog() {
        return analysis.catalog();
    }

    public RuleSettings settings() {
        return settings;
    }

    /** The services of the configured self-manage set S, in order ({@link RuleSettings#selfManageServices}). */
    public java.util.Set<String> selfManageServices() {
        return selfManageServices;
    }

    /**
     * True for identity policies: the container says so and no statement carries {@code Principal} or
     * {@code NotPrincipal}. Only these get the IAM1xx-IAM3xx rules.
     */
    public boolean isIdentityPolicy() {
        return policy().kind().isIdentity() && !analysis.anyPrincipal();
    }

    /** Whether any statement uses a policy variable ({@code ${...}} with a {@code :}) in any string. */
    public boolean usesPolicyVariables() {
        return PolicyVariables.usedIn(policy().document());
    }

    /**
     * Reports a finding at the rule's configured severity, or at {@code severity} when the rule itself
     * chose a non-default one (e.g. a warning instead of an error). The configuration's override wins
     * over both.
     */
    public void report(Rule rule, Severity severity, Location at, Statement statement, String subject, String message) {
        report(rule, severity, at, statement, subject, message, null);
    }

    public void report(
            Rule rule,
            Severity severity,
            Location at,
            Statement statement,
            String subject,
            String message,
            Counterexample counterexample) {
        RuleInfo info = rule.info();
        Severity effective = settings.severityOverrides().getOrDefault(info.id(), severity);
        sink.accept(new Finding(
                info,
                effective,
                policy().file(),
                at,
                policy().policyPath(),
                statement == null ? null : statement.label(),
                message,
                subject,
                counterexample,
                statement == null ? List.of() : texts(statement.actionEntries()),
                statement == null ? List.of() : texts(statement.resourceEntries()),
                null,
                null));
    }

    /** The entries as reports show them, so that suppressions match what people read. */
    private static List<String> texts(List<ScalarNode> entries) {
        return entries.stream().map(e -> Values.display(e.value())).toList();
    }
}
