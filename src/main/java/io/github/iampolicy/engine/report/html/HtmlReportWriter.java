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
package io.github.iampolicy.engine.report.html;

import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.report.CheckTally;
import io.github.iampolicy.engine.report.ToolInfo;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scan as an HTML page: a summary, the findings by rule and by file, the counterexamples of the semantic
 * rules, and links to the rule pages. {@link #write} makes a page that stands alone; {@link #body} is the same
 * content without {@code <html>}, {@code <head>} and {@code <body>}, for a page that another tool lays out
 * (the Maven site). The output depends only on the scan, so the same scan gives the same bytes.
 */
public final class HtmlReportWriter {

    /** Writes a complete page to {@code out}, creating parent directories. */
    public void write(ScanResult result, Path out, ToolInfo tool) throws IOException {
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        // a reader (or an interrupted build) never sees half a page
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, document(result, tool), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A complete HTML5 document. */
    public String document(ScanResult result, ToolInfo tool) {
        return HEAD + body(result, tool) + TAIL;
    }

    static final String HEAD =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>IAM policy report</title>\n"
                    + "<style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;"
                    + "text-align:left;vertical-align:top}.error{color:#b00}.warning{color:#a60}</style>\n"
                    + "</head>\n<body>\n";
    static final String TAIL = "</body>\n</html>\n";

    /** The report's content: sections with headings, tables and lists. */
    public String body(ScanResult result, ToolInfo tool) {
        Html h = new Html();
        top(h, CheckTally.of(result, null, 0), RuleCount.of(result.findings()), tool);
        Map<String, List<Finding>> files = group(result.findings(), Finding::file);
        if (!files.isEmpty()) {
            filesHead(h);
        }
        int index = 0;
        for (Map.Entry<String, List<Finding>> e : files.entrySet()) {
            fileSection(h, index++, e.getKey(), e.getValue(), tool);
        }
        if (!result.policies().isEmpty()) {
            policiesHead(h);
            result.policies().forEach(p -> policyRow(h, p));
            h.close("table");
        }
        return h.close("section").toString();
    }

    /** The section's start, the summary and the findings by rule: what comes before the files. */
    static void top(Html h, CheckTally r, List<RuleCount> rules, ToolInfo tool) {
        h.open("section").open("h2").text("IAM policy report").close("h2");
        h.open("h3").text("Summary").close("h3").open("table", "class", "summary");
        row(h, "Files scanned", r.filesScanned());
        row(h, "Policies", r.policies());
        row(h, "Errors", r.count(Severity.ERROR));
        row(h, "Warnings", r.count(Severity.WARNING));
        row(h, "Notes", r.count(Severity.NOTE));
        row(h, "Suppressed", r.suppressedCount());
        row(h, "Baselined", r.baselinedCount());
        row(h, "Action catalog", r.catalogDate());
        row(h, "Tool", tool.name() + (tool.version() == null ? "" : " " + tool.version()));
        h.close("table");
        byRule(h, rules, tool);
    }

    private static void row(Html h, String name, Object value) {
        h.open("tr").open("th").text(name).close("th");
        h.open("td").text(String.valueOf(value)).close("td").close("tr");
    }

    /** A rule's findings, counted: all of them, and those that count. */
    record RuleCount(RuleInfo rule, long findings, long counting) {

        /** The counts of {@code findings} by rule, in rule id order. */
        static List<RuleCount> of(List<Finding> findings) {
            Map<String, RuleCount> rules = new TreeMap<>();
            findings.forEach(f -> add(rules, f));
            return List.copyOf(rules.values());
        }

        static void add(Map<String, RuleCount> rules, Finding f) {
            rules.merge(
                    f.rule().id(),
                    new RuleCount(f.rule(), 1, f.counts() ? 1 : 0),
                    (a, b) -> new RuleCount(a.rule(), a.findings() + 1, a.counting() + b.counting()));
        }
    }

    private static void byRule(Html h, List<RuleCount> rules, ToolInfo tool) {
        h.open("h3").text("Findings by rule").close("h3");
        if (rules.isEmpty()) {
            h.open("p").text("No findings.").close("p");
            return;
        }
        h.open("table", "class", "rules").open("tr");
        for (String head : List.of("Rule", "Name", "Description", "Findings", "Counting")) {
            h.open("th").text(head).close("th");
        }
        h.close("tr");
        for (RuleCount c : rules) {
            RuleInfo rule = c.rule();
            h.open("tr", "id", "rule-" + rule.id()).open("td");
            ruleLink(h, rule, tool);
            h.close("td").open("td").text(rule.name()).close("td");
            h.open("td").text(rule.description()).close("td");
            h.open("td").text(String.valueOf(c.findings())).close("td");
            h.open("td").text(String.valueOf(c.counting())).close("td").close("tr");
        }
        h.close("table");
    }

    static void filesHead(Html h) {
        h.open("h3").text("Findings by file").close("h3");
    }

    /** One file's findings, the {@code index}th file with findings. */
    static void fileSection(Html h, int index, String file, List<Finding> findings, ToolInfo tool) {
        h.open("h4", "id", "file-" + index).open("code").text(file).close("code");
        h.close("h4").open("table", "class", "findings").open("tr");
        for (String head : List.of("Line", "Severity", "Rule", "Policy", "Message", "Status")) {
            h.open("th").text(head).close("th");
        }
        h.close("tr");
        for (Finding f : findings) {
            finding(h, f, tool);
        }
        h.close("table");
    }

    /** Every policy found, with or without findings, is listed: what the scan looked at. */
    static void policiesHead(Html h) {
        h.open("h3")
                .text("Policies")
                .close("h3")
                .open("table", "class", "policies")
                .open("tr");
        for (String head : List.of("File", "Policy", "Kind")) {
            h.open("th").text(head).close("th");
        }
        h.close("tr");
    }

    static void policyRow(Html h, ScanResult.PolicySummary p) {
        h.open("tr").open("td").open("code").text(p.file()).close("code").close("td");
        h.open("td")
                .text(p.policyPath().isEmpty() ? "(whole file)" : p.policyPath())
                .close("td");
        h.open("td").text(p.kind()).close("td").close("tr");
    }

    private static void finding(Html h, Finding f, ToolInfo tool) {
        h.open("tr").open("td");
        h.text(f.location().line() + ":" + f.location().column()).close("td");
        h.open("td", "class", f.severity().id()).text(f.severity().id()).close("td");
        h.open("td");
        ruleLink(h, f.rule(), tool);
        h.close("td").open("td");
        String where = f.policyPath() + (f.statement() == null ? "" : " " + f.statement());
        h.text(where.isBlank() ? "(file)" : where.trim()).close("td");
        h.open("td").text(f.message());
        if (f.counterexample() != null) {
            counterexample(h, f.counterexample());
        }
        h.close("td").open("td").text(status(f)).close("td").close("tr");
    }

    /** The request that proves a semantic finding, as a list a reader can replay in the policy simulator. */
    private static void counterexample(Html h, Counterexample c) {
        h.open("div", "class", "counterexample").text("Counterexample:").open("ul");
        item(h, "principal", c.principal());
        item(h, "user", c.username());
        item(h, "action", c.action());
        item(h, "resource", c.resource());
        for (Map.Entry<String, String> e : new TreeMap<>(c.context()).entrySet()) {
            item(h, e.getKey(), e.getValue());
        }
        h.close("ul").close("div");
    }

    private static void item(Html h, String name, String value) {
        if (value != null) {
            h.open("li")
                    .text(name + " = ")
                    .open("code")
                    .text(value)
                    .close("code")
                    .close("li");
        }
    }

    private static void ruleLink(Html h, RuleInfo rule, ToolInfo tool) {
        String page = tool.helpUri(rule.id());
        if (page == null) {
            h.text(rule.id());
        } else {
            h.open("a", "href", page).text(rule.id()).close("a");
        }
    }

    private static String status(Finding f) {
        if (f.suppression() != null) {
            return "suppressed: " + f.suppression().justification();
        }
        return f.baselineState() == BaselineState.UNCHANGED ? "baselined" : "open";
    }

    static Map<String, List<Finding>> group(List<Finding> findings, Function<Finding, String> key) {
        Map<String, List<Finding>> groups = new TreeMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
        }
        return new LinkedHashMap<>(groups);
    }
}
