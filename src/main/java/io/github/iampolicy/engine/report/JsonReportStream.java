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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The JSON report written as the scan goes, byte for byte what {@link JsonReportWriter} writes for the same
 * findings. The report opens with totals, so policies and findings are spooled, one compact line each, to
 * files beside the report while they arrive; {@link #finish} writes the report from the spools with a
 * streaming generator. Memory holds one finding at a time, whatever the number of files and findings.
 *
 * <p>Not thread-safe: feed it from {@link io.github.iampolicy.engine.scan.ScanListener#fileScanned}, which is
 * called in file order, one file at a time.
 */
public final class JsonReportStream implements Closeable {

    private final Path out;
    private final ToolInfo tool;
    private final JsonFactory json = ReportSupport.factory();
    private final Path policySpool;
    private final Path findingSpool;
    private final BufferedWriter policies;
    private final BufferedWriter findings;
    private final Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    private long suppressed;
    private long baselined;

    public JsonReportStream(Path out, ToolInfo tool) throws IOException {
        this.out = out.toAbsolutePath();
        this.tool = tool;
        Path parent = this.out.getParent();
        Files.createDirectories(parent);
        this.policySpool = Files.createTempFile(parent, this.out.getFileName() + ".", ".policies");
        this.findingSpool = Files.createTempFile(parent, this.out.getFileName() + ".", ".findings");
        this.policies = Files.newBufferedWriter(policySpool, StandardCharsets.UTF_8);
        this.findings = Files.newBufferedWriter(findingSpool, StandardCharsets.UTF_8);
    }

    public void policy(ScanResult.PolicySummary p) throws IOException {
        try (JsonGenerator g = ReportSupport.spoolGenerator(json, policies)) {
            JsonReportWriter.policy(g, p);
        }
        policies.write('\n');
    }

    /** A finding as triage left it (suppressed and baselined ones marked), in report order. */
    public void finding(Finding f) throws IOException {
        if (f.counts()) {
            counts.merge(f.severity(), 1L, Long::sum);
        }
        if (f.suppression() != null) {
            suppressed++;
        } else if (f.baselineState() == BaselineState.UNCHANGED) {
            baselined++;
        }
        try (JsonGenerator g = ReportSupport.spoolGenerator(json, findings)) {
            JsonReportWriter.finding(g, f);
        }
        findings.write('\n');
    }

    /** Writes the report, replacing {@code out} in one move, and removes the spools. */
    public void finish(String catalogDate, int filesScanned) throws IOException {
        policies.close();
        findings.close();
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp);
                    JsonGenerator gen = ReportSupport.generator(o)) {
                gen.writeStartObject();
                gen.writeObjectFieldStart("tool");
                gen.writeStringField("name", tool.name());
                gen.writeStringField("version", tool.version());
                gen.writeEndObject();
                gen.writeStringField("catalogDate", catalogDate);
                gen.writeNumberField("filesScanned", filesScanned);
                gen.writeObjectFieldStart("summary");
                gen.writeNumberField("errors", counts.getOrDefault(Severity.ERROR, 0L));
                gen.writeNumberField("warnings", counts.getOrDefault(Severity.WARNING, 0L));
                gen.writeNumberField("notes", counts.getOrDefault(Severity.NOTE, 0L));
                gen.writeNumberField("suppressed", suppressed);
                gen.writeNumberField("baselined", baselined);
                gen.writeEndObject();
                copy(gen, "policies", policySpool);
                copy(gen, "findings", findingSpool);
                gen.writeEndObject();
                gen.flush();
                o.write('\n');
            }
            ReportSupport.replace(tmp, out);
        } finally {
            Files.deleteIfExists(tmp);
            close();
        }
    }

    private void copy(JsonGenerator gen, String field, Path spool) throws IOException {
        gen.writeArrayFieldStart(field);
        try (BufferedReader r = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                ReportSupport.copyLine(json, gen, line);
            }
        }
        gen.writeEndArray();
    }

    /** Removes the spools; the report stays as last finished. */
    @Override
    public void close() throws IOException {
        policies.close();
        findings.close();
        Files.deleteIfExists(policySpool);
        Files.deleteIfExists(findingSpool);
    }
}
