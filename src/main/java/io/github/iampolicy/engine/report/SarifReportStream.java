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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link SarifReportWriter}'s report written as files finish, with the same content. Artifacts and results
 * wait in spools (one compact line each) because the rules and artifacts come first in the log. GitHub's
 * limit of {@link SarifReportWriter#MAX_RESULTS} results is applied when the spool is copied: the results are
 * counted by rank (counting before accepted, then by severity), so the cut-off rank and how many of it fit
 * are known at the end without holding a result; the spool is in report order, so the first ones of that
 * rank are kept.
 */
final class SarifReportStream implements ReportStream {

    private static final int RANKS = 2 * Severity.values().length;

    private final Path out;
    private final ReportContext context;
    private final JsonFactory json = ReportSupport.factory();
    private final Map<String, RuleInfo> found = new TreeMap<>();
    private final ReportSpool artifacts;
    private final ReportSpool results;
    private final long[] ranked = new long[RANKS];
    private String lastArtifact;
    private int artifactCount;

    SarifReportStream(Path out, ReportContext context) throws IOException {
        this.out = out;
        this.context = context;
        this.artifacts = new ReportSpool(out, ".artifacts");
        this.results = new ReportSpool(out, ".results");
    }

    @Override
    public void file(List<Finding> findings, List<ScanResult.PolicySummary> policies) throws IOException {
        TreeSet<String> paths = new TreeSet<>();
        policies.forEach(p -> add(paths, context.repositoryPath(p.file())));
        findings.forEach(f -> add(paths, context.repositoryPath(f.file())));
        Map<String, Integer> index = new HashMap<>();
        if (lastArtifact != null) {
            index.put(lastArtifact, artifactCount - 1);
        }
        Writer a = artifacts.writer();
        for (String path : paths) {
            if (lastArtifact != null && path.compareTo(lastArtifact) <= 0) {
                if (path.equals(lastArtifact)) {
                    continue;
                }
                throw new IllegalStateException("SARIF report: file " + path + " comes after " + lastArtifact);
            }
            index.put(path, artifactCount++);
            lastArtifact = path;
            try (JsonGenerator g = ReportSupport.spoolGenerator(json, a)) {
                g.writeStartObject();
                g.writeObjectFieldStart("location");
                g.writeStringField("uri", SarifReportWriter.uri(path));
                g.writeStringField("uriBaseId", SarifReportWriter.SRCROOT);
                g.writeEndObject();
                g.writeArrayFieldStart("roles");
                g.writeString("analysisTarget");
                g.writeEndArray();
                g.writeEndObject();
            }
            a.write('\n');
        }
        Writer r = results.writer();
        for (Finding f : findings) {
            found.putIfAbsent(f.rule().id(), f.rule());
            int rank = rank(f);
            ranked[rank]++;
            // compact JSON escapes line breaks, so one result is one line; the rule index is known at the end
            r.write(Integer.toString(rank));
            r.write('\t');
            try (JsonGenerator g = ReportSupport.spoolGenerator(json, r)) {
                SarifReportWriter.result(g, f, context.repositoryPath(f.file()), -1, index);
            }
            r.write('\n');
        }
    }

    private static void add(TreeSet<String> paths, String path) {
        if (path != null && !path.isEmpty()) {
            paths.add(path);
        }
    }

    /** The order results are kept in past the limit: counting first, then most severe. */
    private static int rank(Finding f) {
        return (f.counts() ? 0 : Severity.values().length) + f.severity().ordinal();
    }

    @Override
    public List<String> finish(CheckTally totals) throws IOException {
        // the rules that ran, then those of findings that are not among them, sorted by id
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleInfo rule : totals.rules()) {
            if (ruleIndex.putIfAbsent(rule.id(), rules.size()) == null) {
                rules.add(rule);
            }
        }
        for (RuleInfo rule : found.values()) {
            if (ruleIndex.putIfAbsent(rule.id(), rules.size()) == null) {
                rules.add(rule);
            }
        }
        long sum = 0;
        for (long n : ranked) {
            sum += n;
        }
        long total = sum;
        // the rank where the limit falls, and how many of it fit
        long[] allowed = new long[RANKS];
        long room = SarifReportWriter.MAX_RESULTS;
        for (int i = 0; i < RANKS; i++) {
            allowed[i] = Math.min(room, ranked[i]);
            room -= allowed[i];
        }
        long kept = Math.min(total, SarifReportWriter.MAX_RESULTS);
        ToolInfo tool = context.tool();
        ReportSpool.publish(out, o -> {
            try (JsonGenerator gen = ReportSupport.generator(o)) {
                gen.writeStartObject();
                gen.writeStringField("$schema", SarifReportWriter.SCHEMA_URI);
                gen.writeStringField("version", "2.1.0");
                gen.writeArrayFieldStart("runs");
                gen.writeStartObject();
                gen.writeObjectFieldStart("tool");
                gen.writeObjectFieldStart("driver");
                gen.writeStringField("name", tool.name());
                if (tool.version() != null) {
                    gen.writeStringField("version", tool.version());
                    if (SarifReportWriter.SEMVER.matcher(tool.version()).matches()) {
                        gen.writeStringField("semanticVersion", tool.version());
                    }
                }
                if (tool.informationUri() != null) {
                    gen.writeStringField("informationUri", tool.informationUri());
                }
                gen.writeArrayFieldStart("rules");
                for (RuleInfo rule : rules) {
                    SarifRules.rule(
                            gen,
                            rule,
                            tool.helpUri(rule.id()),
                            context.configuredSeverities().get(rule.id()));
                }
                gen.writeEndArray();
                gen.writeEndObject();
                gen.writeEndObject();
                if (context.automationId() != null) {
                    gen.writeObjectFieldStart("automationDetails");
                    gen.writeStringField("id", context.automationId());
                    gen.writeEndObject();
                }
                gen.writeObjectFieldStart("originalUriBaseIds");
                gen.writeObjectFieldStart(SarifReportWriter.SRCROOT);
                gen.writeObjectFieldStart("description");
                gen.writeStringField("text", "The repository root.");
                gen.writeEndObject();
                gen.writeEndObject();
                gen.writeEndObject();
                gen.writeArrayFieldStart("artifacts");
                copyLines(gen, artifacts.path(), null, ruleIndex);
                gen.writeEndArray();
                gen.writeArrayFieldStart("results");
                copyLines(gen, results.path(), allowed, ruleIndex);
                gen.writeEndArray();
                gen.writeArrayFieldStart("invocations");
                gen.writeStartObject();
                gen.writeBooleanField("executionSuccessful", true);
                gen.writeEndObject();
                gen.writeEndArray();
                gen.writeStringField("columnKind", "utf16CodeUnits");
                gen.writeObjectFieldStart("properties");
                gen.writeStringField("catalogDate", totals.catalogDate());
                gen.writeNumberField("filesScanned", totals.filesScanned());
                gen.writeNumberField("policiesFound", (int) totals.policies());
                if (kept < total) {
                    gen.writeNumberField("resultsOmitted", (int) (total - kept));
                }
                gen.writeEndObject();
                gen.writeEndObject();
                gen.writeEndArray();
                gen.writeEndObject();
                gen.flush();
                o.write('\n');
            }
        });
        return SarifReportWriter.limitNotice((int) Math.min(Integer.MAX_VALUE, total), "this module's SARIF report");
    }

    /** Copies spooled lines as array elements; with {@code allowed}, lines are ranked and counted against it. */
    private void copyLines(JsonGenerator gen, Path spool, long[] allowed, Map<String, Integer> ruleIndex)
            throws IOException {
        try (BufferedReader r = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (allowed != null) {
                    int tab = line.indexOf('\t');
                    int rank = Integer.parseInt(line.substring(0, tab));
                    if (allowed[rank]-- <= 0) {
                        continue;
                    }
                    line = line.substring(tab + 1);
                }
                try (JsonParser p = json.createParser(line)) {
                    copyResult(p, gen, ruleIndex);
                }
            }
        }
    }

    /** Copies one spooled element, giving a result its rule's index now that all rules are known. */
    private void copyResult(JsonParser p, JsonGenerator gen, Map<String, Integer> ruleIndex) throws IOException {
        String ruleId = null;
        int depth = 0;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (depth == 1 && t == JsonToken.FIELD_NAME && p.currentName().equals("ruleIndex")) {
                p.nextToken();
                gen.writeNumberField("ruleIndex", ruleIndex.get(ruleId));
                continue;
            }
            if (depth == 1 && t == JsonToken.VALUE_STRING && "ruleId".equals(p.currentName())) {
                ruleId = p.getText();
            }
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            }
            gen.copyCurrentEvent(p);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            artifacts.close();
        } finally {
            results.close();
        }
    }
}
