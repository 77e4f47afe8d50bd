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
package io.github.iampolicy.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The SARIF 2.1.0 report (README.md, section "Output"; {@code target/iam-policy/iam-policy.sarif}), as GitHub code
 * scanning and other SARIF viewers read it.
 *
 * <p>Choices where SARIF leaves room:
 * <ul>
 *   <li>{@code tool.driver.rules} holds the rules that ran, in the result's order, followed by any rule a
 *       finding names that is not among them (so that every {@code ruleIndex} is valid).</li>
 *   <li>Artifact URIs are relative to {@code %SRCROOT%}, the project base directory, and percent-encoded
 *       (a space or a non-ASCII letter in a path must not make the URI invalid). {@code originalUriBaseIds}
 *       only describes {@code %SRCROOT%}: an absolute path would tie the report to one machine.</li>
 *   <li>{@code artifacts} lists every file that holds a policy or a finding, sorted; results point into it.</li>
 *   <li>A finding's logical location is its policy path and statement (kind {@code object}).</li>
 *   <li>{@code partialFingerprints["iamPolicy/v1"]} is {@link Finding#fingerprint()}: rule, file, policy path,
 *       statement and subject, no line or column, so moving a policy down a file keeps the alert.</li>
 *   <li>Columns are counted as the parser counts them, in UTF-16 code units.</li>
 *   <li>Each rule's {@code helpUri} is its page ({@link ToolInfo#helpUri}, the goal's
 *       {@code rulesDocumentationUrl} followed by {@code IAMxxx.md}); without a base URL there is none.</li>
 *   <li>A suppressed finding carries {@code suppressions[]} (kind {@code external} for a suppressions file,
 *       {@code inSource} for the scanned file, status {@code accepted}, the reason as justification); with a
 *       baseline, every result carries {@code baselineState} {@code new} or {@code unchanged}.</li>
 * </ul>
 * The same result always gives the same bytes.
 */
public final class SarifReportWriter {

    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";
    public static final String FINGERPRINT_KEY = "iamPolicy/v1";

    private SarifReportWriter() {}

    public static void write(ScanResult r, Path out, ToolInfo tool) throws IOException {
        ReportSupport.write(toSarif(r, tool), out);
    }

    /** The SARIF log as a tree, for callers and tests that want it without a file. */
    public static ObjectNode toSarif(ScanResult r, ToolInfo tool) {
        ObjectNode root = ReportSupport.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();

        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleInfo rule : r.rules()) {
            if (ruleIndex.putIfAbsent(rule.id(), rules.size()) == null) {
                rules.add(rule);
            }
        }
        TreeSet<RuleInfo> unlisted = new TreeSet<>(Comparator.comparing(RuleInfo::id));
        for (Finding f : r.findings()) {
            if (!ruleIndex.containsKey(f.rule().id())) {
                unlisted.add(f.rule());
            }
        }
        for (RuleInfo rule : unlisted) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(rule);
        }

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", tool.name());
        if (tool.version() != null) {
            driver.put("version", tool.version());
        }
        if (tool.informationUri() != null) {
            driver.put("informationUri", tool.informationUri());
        }
        ArrayNode ruleArray = driver.putArray("rules");
        rules.forEach(rule -> ruleArray.add(rule(rule, tool.helpUri(rule.id()))));

        ObjectNode srcroot = run.putObject("originalUriBaseIds").putObject(SRCROOT);
        srcroot.putObject("description").put("text", "The project base directory.");

        TreeSet<String> files = new TreeSet<>();
        r.policies().forEach(p -> addFile(files, p.file()));
        r.findings().forEach(f -> addFile(files, f.file()));
        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        ArrayNode artifacts = run.putArray("artifacts");
        for (String file : files) {
            artifactIndex.put(file, artifactIndex.size());
            ObjectNode a = artifacts.addObject();
            ObjectNode loc = a.putObject("location");
            loc.put("uri", uri(file));
            loc.put("uriBaseId", SRCROOT);
            a.putArray("roles").add("analysisTarget");
        }

        ArrayNode results = run.putArray("results");
        for (Finding f : r.findings()) {
            results.add(result(f, ruleIndex.get(f.rule().id()), artifactIndex));
        }

        run.putArray("invocations").addObject().put("executionSuccessful", true);
        run.put("columnKind", "utf16CodeUnits");
        ObjectNode props = run.putObject("properties");
        props.put("catalogDate", r.catalogDate());
        props.put("filesScanned", r.filesScanned());
        props.put("policiesFound", r.policies().size());
        return root;
    }

    private static void addFile(TreeSet<String> files, String file) {
        if (file != null && !file.isEmpty()) {
            files.add(file);
        }
    }

    private static ObjectNode rule(RuleInfo rule, String helpUri) {
        ObjectNode n = ReportSupport.MAPPER.createObjectNode();
        String description = nonEmpty(rule.description(), rule.name());
        String help = nonEmpty(rule.help(), description);
        n.put("id", rule.id());
        n.put("name", rule.name());
        // RuleInfo's description is one sentence by contract: short and full description are the same text.
        n.putObject("shortDescription").put("text", description);
        n.putObject("fullDescription").put("text", description);
        if (helpUri != null) {
            n.put("helpUri", helpUri);
        }
        ObjectNode h = n.putObject("help");
        h.put("text", help);
        h.put(
                "markdown",
                "**" + rule.id() + " " + markdown(rule.name()) + "** (default: "
                        + rule.defaultSeverity().id() + ")\n\n" + markdown(description) + "\n\n" + markdown(help));
        n.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        ObjectNode props = n.putObject("properties");
        props.put("security-severity", securitySeverity(rule.securitySeverity()));
        props.putArray("tags").add("security");
        return n;
    }

    private static ObjectNode result(Finding f, int ruleIndex, Map<String, Integer> artifactIndex) {
        ObjectNode n = ReportSupport.MAPPER.createObjectNode();
        n.put("ruleId", f.rule().id());
        n.put("ruleIndex", ruleIndex);
        n.put("level", level(f.severity()));
        n.putObject("message").put("text", ReportSupport.text(f.message()));

        ObjectNode location = n.putArray("locations").addObject();
        Integer index = f.file() == null ? null : artifactIndex.get(f.file());
        if (index != null) {
            ObjectNode physical = location.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uri(f.file()));
            artifact.put("uriBaseId", SRCROOT);
            artifact.put("index", index);
            if (f.location() != null && f.location().line() >= 1) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", f.location().line());
                if (f.location().column() >= 1) {
                    region.put("startColumn", f.location().column());
                }
            }
        }
        String policyPath = ReportSupport.text(f.policyPath());
        String statement = ReportSupport.nullableText(f.statement());
        String logical = logicalName(policyPath, statement);
        if (logical != null) {
            ObjectNode l = location.putArray("logicalLocations").addObject();
            l.put("name", statement != null ? statement : policyPath);
            l.put("fullyQualifiedName", logical);
            l.put("kind", "object");
        }
        if (location.isEmpty()) {
            n.remove("locations"); // no file and no policy path: an empty location would say nothing
        }

        if (f.suppression() != null) {
            ObjectNode s = n.putArray("suppressions").addObject();
            s.put("kind", f.suppression().kind().id());
            s.put("status", "accepted");
            s.put("justification", ReportSupport.text(f.suppression().justification()));
        }
        if (f.baselineState() != null) {
            n.put("baselineState", f.baselineState().id());
        }
        n.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
        ObjectNode props = n.putObject("properties");
        props.put("policyPath", policyPath);
        props.put("statement", statement);
        if (f.counterexample() != null) {
            props.set("counterexample", ReportSupport.counterexample(f.counterexample()));
        }
        return n;
    }

    /** {@code Resources.P.Properties.PolicyDocument/ManageKeys}; null when the finding is about the whole file. */
    private static String logicalName(String policyPath, String statement) {
        if (statement == null) {
            return policyPath.isEmpty() ? null : policyPath;
        }
        return policyPath.isEmpty() ? statement : policyPath + "/" + statement;
    }

    static String level(Severity s) {
        return s.id(); // error, warning, note: SARIF's level names are ours
    }

    /** GitHub reads {@code security-severity} as a decimal string such as {@code "8.8"}; at least one decimal. */
    static String securitySeverity(double score) {
        if (Double.isNaN(score) || Double.isInfinite(score)) {
            return "0.0";
        }
        BigDecimal d = BigDecimal.valueOf(Math.max(0.0, Math.min(10.0, score))).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }

    /**
     * A relative path as a URI reference: RFC 3986 unreserved characters, sub-delimiters, {@code @} and
     * {@code /} stay, everything else (space, {@code %}, {@code :} which would read as a scheme, non-ASCII
     * as UTF-8) is percent-encoded.
     */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }

    /** Escapes the characters Markdown would read as formatting ({@code user/*} is not emphasis). */
    static String markdown(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_{}[]<>#|~".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String nonEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
