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
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON report (README.md, section "Output"; {@code target/iam-policy/iam-policy.json}):
 * <pre>
 * {
 *   "tool": {"name": "iam-policy-maven-plugin", "version": "0.1.0"},
 *   "catalogDate": "2026-05-10",
 *   "filesScanned": 12,
 *   "summary": {"errors": 2, "warnings": 3, "notes": 1, "suppressed": 0, "baselined": 0},
 *   "policies": [{"file": "...", "policyPath": "...", "kind": "managed"}],
 *   "findings": [{"rule": "IAM201", "name": "user-resource-wildcard", "severity": "error",
 *                 "file": "src/main/resources/policies/keys.json", "line": 9, "column": 7,
 *                 "policyPath": "", "statement": "ManageKeys", "message": "...", "fingerprint": "...",
 *                 "counterexample": {"username": "alice", "action": "...", "resource": "...", "context": {}}}]
 * }
 * </pre>
 * Every key is always present except {@code counterexample}, which only semantic findings carry (with a
 * {@code principal} key when the finding is on a resource policy),
 * {@code suppressed} ({@code {"kind": "external" or "inSource", "reason": "...", "origin": "..."}}), which
 * only suppressed findings carry, and {@code baselineState} ({@code new} or {@code unchanged}), present when
 * a baseline was used. The summary's severity counts leave suppressed and baselined findings out;
 * {@code statement} is {@code null} for policy- and file-level findings, {@code policyPath} is empty for a
 * whole-file policy. Findings keep the order of the {@link ScanResult}; the same result always gives the
 * same bytes.
 */
public final class JsonReportWriter implements ReportWriter {

    /** The writer as {@link ReportFormats} lists it; the static {@code write} serves callers with a tool only. */
    public JsonReportWriter() {}

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "iam-policy.json";
    }

    @Override
    public ReportStream stream(Path out, ReportContext context) throws IOException {
        JsonReportStream json = new JsonReportStream(out, context.tool());
        return new ReportStream() {
            @Override
            public void file(List<Finding> findings, List<ScanResult.PolicySummary> policies) throws IOException {
                for (ScanResult.PolicySummary p : policies) {
                    json.policy(p);
                }
                for (Finding f : findings) {
                    json.finding(f);
                }
            }

            @Override
            public List<String> finish(CheckTally totals) throws IOException {
                json.finish(totals.catalogDate(), totals.filesScanned());
                return List.of();
            }

            @Override
            public void close() throws IOException {
                json.close();
            }
        };
    }

    public static void write(ScanResult r, Path out, ToolInfo tool) throws IOException {
        new JsonReportWriter().write(r, ReportContext.of(tool), out);
    }

    static void policy(JsonGenerator gen, ScanResult.PolicySummary p) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("file", p.file());
        gen.writeStringField("policyPath", ReportSupport.text(p.policyPath()));
        gen.writeStringField("kind", p.kind());
        gen.writeEndObject();
    }

    static void finding(JsonGenerator gen, Finding f) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("rule", f.rule().id());
        gen.writeStringField("name", f.rule().name());
        gen.writeStringField("severity", f.severity().id());
        gen.writeStringField("file", f.file());
        // A finding always has a location; 1,1 (the file start) stands in should a rule forget one.
        gen.writeNumberField("line", f.location() == null ? 1 : f.location().line());
        gen.writeNumberField("column", f.location() == null ? 1 : f.location().column());
        gen.writeStringField("policyPath", ReportSupport.text(f.policyPath()));
        gen.writeStringField("statement", ReportSupport.nullableText(f.statement()));
        gen.writeStringField("message", ReportSupport.text(f.message()));
        gen.writeStringField("fingerprint", f.fingerprint());
        if (f.counterexample() != null) {
            ReportSupport.counterexample(gen, "counterexample", f.counterexample());
        }
        if (f.suppression() != null) {
            gen.writeObjectFieldStart("suppressed");
            gen.writeStringField("kind", f.suppression().kind().id());
            gen.writeStringField("reason", ReportSupport.text(f.suppression().justification()));
            gen.writeStringField("origin", ReportSupport.text(f.suppression().origin()));
            gen.writeEndObject();
        }
        if (f.baselineState() != null) {
            gen.writeStringField("baselineState", f.baselineState().id());
        }
        gen.writeEndObject();
    }
}
