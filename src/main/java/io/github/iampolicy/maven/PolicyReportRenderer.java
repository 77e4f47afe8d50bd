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
package io.github.iampolicy.maven;

import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.report.ToolInfo;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.text.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The IAM policy page as Doxia sink events - sections, tables, lists, links - so the site's skin styles it like
 * the other reports: a summary, the findings by rule (linked to the rule pages) and by file with their status and
 * counterexamples, and every policy found. It holds what the engine's standalone HTML report holds.
 */
final class PolicyReportRenderer extends AbstractMavenReportRenderer {

    private final String title;
    private final ScanResult result;
    private final ToolInfo tool;

    PolicyReportRenderer(Sink sink, String title, ScanResult result, ToolInfo tool) {
        super(sink);
        this.title = title;
        this.result = result;
        this.tool = tool;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    protected void renderBody() {
        startSection("IAM policy report", "iam-policy-report");
        summary();
        byRule();
        byFile();
        policies();
        endSection();
    }

    private void summary() {
        startSection("Summary", "summary");
        startTable();
        row("Files scanned", result.filesScanned());
        row("Policies", result.policies().size());
        row("Errors", result.count(Severity.ERROR));
        row("Warnings", result.count(Severity.WARNING));
        row("Notes", result.count(Severity.NOTE));
        row("Suppressed", result.suppressedCount());
        row("Baselined", result.baselinedCount());
        row("Action catalog", result.catalogDate());
        row("Tool", tool.name() + (tool.version() == null ? "" : " " + tool.version()));
        endTable();
        endSection();
    }

    private void row(String name, Object value) {
        sink.tableRow();
        tableHeaderCell(name);
        cell(String.valueOf(value));
        sink.tableRow_();
    }

    private void byRule() {
        startSection("Findings by rule", "findings-by-rule");
        Map<String, List<Finding>> rules = group(f -> f.rule().id());
        if (rules.isEmpty()) {
            paragraph("No findings.");
        } else {
            startTable();
            tableHeader(new String[] {"Rule", "Name", "Description", "Findings", "Counting"});
            for (List<Finding> findings : rules.values()) {
                RuleInfo rule = findings.get(0).rule();
                sink.tableRow();
                sink.tableCell();
                sink.anchor("rule-" + rule.id());
                sink.anchor_();
                ruleLink(rule);
                sink.tableCell_();
                cell(rule.name());
                cell(rule.description());
                cell(String.valueOf(findings.size()));
                cell(String.valueOf(findings.stream().filter(Finding::counts).count()));
                sink.tableRow_();
            }
            endTable();
        }
        endSection();
    }

    private void byFile() {
        Map<String, List<Finding>> files = group(Finding::file);
        if (files.isEmpty()) {
            return;
        }
        startSection("Findings by file", "findings-by-file");
        int index = 0;
        for (Map.Entry<String, List<Finding>> e : files.entrySet()) {
            // one level below "Findings by file", whose level the base class keeps to itself
            sink.section(3, null);
            sink.anchor("file-" + index++);
            sink.anchor_();
            sink.sectionTitle(3, null);
            code(e.getKey());
            sink.sectionTitle_(3);
            startTable();
            tableHeader(new String[] {"Line", "Severity", "Rule", "Policy", "Message", "Status"});
            e.getValue().forEach(this::finding);
            endTable();
            sink.section_(3);
        }
        endSection();
    }

    private void finding(Finding f) {
        sink.tableRow();
        cell(f.location().line() + ":" + f.location().column());
        sink.tableCell(new SinkEventAttributeSet(
                SinkEventAttributes.CLASS, f.severity().id()));
        text(f.severity().id());
        sink.tableCell_();
        sink.tableCell();
        ruleLink(f.rule());
        sink.tableCell_();
        String where = f.policyPath() + (f.statement() == null ? "" : " " + f.statement());
        cell(where.isBlank() ? "(file)" : where.trim());
        sink.tableCell();
        text(Values.display(f.message()));
        if (f.counterexample() != null) {
            counterexample(f.counterexample());
        }
        sink.tableCell_();
        cell(status(f));
        sink.tableRow_();
    }

    /** The request that proves a semantic finding, as a list a reader can replay in the policy simulator. */
    private void counterexample(Counterexample c) {
        sink.paragraph();
        text("Counterexample:");
        sink.paragraph_();
        sink.list();
        item("principal", c.principal());
        item("user", c.username());
        item("action", c.action());
        item("resource", c.resource());
        new TreeMap<>(c.context()).forEach(this::item);
        sink.list_();
    }

    private void item(String name, String value) {
        if (value != null) {
            sink.listItem();
            text(name + " = ");
            code(value);
            sink.listItem_();
        }
    }

    /** Every policy found, with or without findings: what the scan looked at. */
    private void policies() {
        if (result.policies().isEmpty()) {
            return;
        }
        startSection("Policies", "policies");
        startTable();
        tableHeader(new String[] {"File", "Policy", "Kind"});
        for (ScanResult.PolicySummary p : result.policies()) {
            sink.tableRow();
            sink.tableCell();
            code(p.file());
            sink.tableCell_();
            cell(p.policyPath().isEmpty() ? "(whole file)" : p.policyPath());
            cell(p.kind());
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    private void ruleLink(RuleInfo rule) {
        String page = tool.helpUri(rule.id());
        if (page == null) {
            text(rule.id());
        } else {
            link(page, rule.id());
        }
    }

    /** A plain text cell: never a link pattern, as {@code tableCell} would read {@code {...}} in a policy value. */
    private void cell(String value) {
        sink.tableCell();
        text(value == null ? null : Values.display(value));
        sink.tableCell_();
    }

    private void code(String value) {
        sink.inline(SinkEventAttributeSet.Semantics.CODE);
        sink.text(Values.display(value));
        sink.inline_();
    }

    private static String status(Finding f) {
        if (f.suppression() != null) {
            return "suppressed: " + f.suppression().justification();
        }
        return f.baselineState() == BaselineState.UNCHANGED ? "baselined" : "open";
    }

    private Map<String, List<Finding>> group(Function<Finding, String> key) {
        Map<String, List<Finding>> groups = new TreeMap<>();
        for (Finding f : result.findings()) {
            groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
        }
        return new LinkedHashMap<>(groups);
    }
}
