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

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SARIF 2.1.0 report (README.md, section "Output"; {@code target/iam-policy/iam-policy.sarif}), as GitHub code
 * scanning and other SARIF viewers read it.
 *
 * <p>Choices where SARIF leaves room:
 * <ul>
 *   <li>{@code tool.driver.rules} holds the rules that ran, in the result's order, followed by any rule a
 *       finding names that is not among them (so that every {@code ruleIndex} is valid).</li>
 *   <li>Artifact URIs are relative to {@code %SRCROOT%}, the repository root (the module's
 *       {@link ReportContext#modulePath()} followed by the path in the module), and percent-encoded
 *       (a space or a non-ASCII letter in a path must not make the URI invalid). {@code originalUriBaseIds}
 *       only describes {@code %SRCROOT%}: an absolute path would tie the report to one machine.</li>
 *   <li>{@code artifacts} lists every file that holds a policy or a finding, sorted; results point into it.</li>
 *   <li>A finding's logical location is its policy path and statement (kind {@code object}).</li>
 *   <li>{@code partialFingerprints["iamPolicy/v1"]} is {@link Finding#fingerprint(String)} of the path from the
 *       repository root: rule, file, policy path, statement and subject, no line or column, so moving a policy
 *       down a file keeps the alert and two modules' files at the same module path stay apart.</li>
 *   <li>A region spans the element the finding is about, {@code endColumn} being the column just after it,
 *       where the reader recorded its end (JSON, YAML); where it did not (values derived from others, such as a
 *       resolved intrinsic), the region is the start line ({@code endLine} is {@code startLine}, no
 *       {@code endColumn}, which SARIF reads as the rest of the line).</li>
 *   <li>At most {@value #MAX_RESULTS} results (GitHub rejects a run with more): the ones that count first, most
 *       severe first; {@code properties.resultsOmitted} says how many were left out and
 *       {@link #notices} says so to the user.</li>
 *   <li>{@code runAutomationDetails.id} is the context's {@link ReportContext#automationId()} (GitHub's
 *       category, one per module).</li>
 *   <li>Columns are counted as the parser counts them, in UTF-16 code units.</li>
 *   <li>Each rule's {@code helpUri} is its page ({@link ToolInfo#helpUri}, the goal's
 *       {@code rulesDocumentationUrl} followed by {@code IAMxxx.md}); without a base URL there is none.</li>
 *   <li>A suppressed finding carries {@code suppressions[]} (kind {@code external} for a suppressions file,
 *       {@code inSource} for the scanned file, status {@code accepted}, the reason as justification); with a
 *       baseline, every result carries {@code baselineState} {@code new} or {@code unchanged}.</li>
 * </ul>
 * The same result always gives the same bytes.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";
    public static final String FINGERPRINT_KEY = "iamPolicy/v1";

    /** GitHub code scanning's limit of results in one run. */
    public static final int MAX_RESULTS = 25_000;

    static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    /** The writer as {@link ReportFormats} lists it; the static {@code write} serves callers with a tool only. */
    public SarifReportWriter() {}

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "iam-policy.sarif";
    }

    @Override
    public ReportStream stream(Path out, ReportContext context) throws IOException {
        return new SarifReportStream(out, context);
    }

    @Override
    public List<String> notices(ScanResult result, ReportContext context) {
        return limitNotice(result.findings().size(), "this module's SARIF report");
    }

    /** The warning when {@code results} exceed {@link #MAX_RESULTS}; empty otherwise. */
    static List<String> limitNotice(int results, String what) {
        if (results <= MAX_RESULTS) {
            return List.of();
        }
        return List.of(what + " holds the first " + MAX_RESULTS + " of " + results + " results (errors first),"
                + " since GitHub code scanning rejects a run with more than " + MAX_RESULTS + "; "
                + (results - MAX_RESULTS) + " left out are in the JSON report. Fix or baseline findings,"
                + " or narrow includes, to bring the count down.");
    }

    public static void write(ScanResult r, Path out, ToolInfo tool) throws IOException {
        new SarifReportWriter().write(r, ReportContext.of(tool), out);
    }

    /**
     * Writes one SARIF result. {@code path} is the finding's file relative to the repository root, or
     * {@code null}; {@code artifactIndex} gives the index of each file in the run's artifacts.
     */
    static void result(JsonGenerator gen, Finding f, String path, int ruleIndex, Map<String, Integer> artifactIndex)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("ruleId", f.rule().id());
        gen.writeNumberField("ruleIndex", ruleIndex);
        gen.writeStringField("level", level(f.severity()));
        SarifRules.text(gen, "message", ReportSupport.text(f.message()));

        Integer index = path == null ? null : artifactIndex.get(path);
        String policyPath = ReportSupport.text(f.policyPath());
        String statement = ReportSupport.nullableText(f.statement());
        String logical = logicalName(policyPath, statement);
        // no file and no policy path: an empty location would say nothing, so there is none
        if (index != null || logical != null) {
            gen.writeArrayFieldStart("locations");
            gen.writeStartObject();
            if (index != null) {
                physicalLocation(gen, f, path, index);
            }
            if (logical != null) {
                gen.writeArrayFieldStart("logicalLocations");
                gen.writeStartObject();
                gen.writeStringField("name", statement != null ? statement : policyPath);
                gen.writeStringField("fullyQualifiedName", logical);
                gen.writeStringField("kind", "object");
                gen.writeEndObject();
                gen.writeEndArray();
            }
            gen.writeEndObject();
            gen.writeEndArray();
        }

        if (f.suppression() != null) {
            gen.writeArrayFieldStart("suppressions");
            gen.writeStartObject();
            gen.writeStringField("kind", f.suppression().kind().id());
            gen.writeStringField("status", "accepted");
            gen.writeStringField(
                    "justification", ReportSupport.text(f.suppression().justification()));
            gen.writeEndObject();
            gen.writeEndArray();
        }
        if (f.baselineState() != null) {
            gen.writeStringField("baselineState", f.baselineState().id());
        }
        gen.writeObjectFieldStart("partialFingerprints");
        gen.writeStringField(FINGERPRINT_KEY, f.fingerprint(path == null ? "" : path));
        gen.writeEndObject();
        gen.writeObjectFieldStart("properties");
        gen.writeStringField("policyPath", policyPath);
        gen.writeStringField("statement", statement);
        if (f.counterexample() != null) {
            ReportSupport.counterexample(gen, "counterexample", f.counterexample());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void physicalLocation(JsonGenerator gen, Finding f, String path, int index) throws IOException {
        gen.writeObjectFieldStart("physicalLocation");
        gen.writeObjectFieldStart("artifactLocation");
        gen.writeStringField("uri", uri(path));
        gen.writeStringField("uriBaseId", SRCROOT);
        gen.writeNumberField("index", index);
        gen.writeEndObject();
        if (f.location() != null && f.location().line() >= 1) {
            gen.writeObjectFieldStart("region");
            gen.writeNumberField("startLine", f.location().line());
            if (f.location().column() >= 1) {
                gen.writeNumberField("startColumn", f.location().column());
            }
            if (f.location().hasEnd()) {
                gen.writeNumberField("endLine", f.location().endLine());
                gen.writeNumberField("endColumn", f.location().endColumn());
            } else {
                gen.writeNumberField("endLine", f.location().line());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
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
}
