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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One SARIF log for a whole multi-module build, so that code scanning gets one upload: the modules' runs
 * merged into one run (their paths are already from the repository root, so files of different modules
 * stay apart), capped at {@link SarifReportWriter#MAX_RESULTS} like a module's run.
 *
 * <p>Each module {@linkplain #contribute contributes} its log: it is stored next to the aggregate, tagged
 * with the build it belongs to, and the aggregate is rebuilt from every contribution of that build. A file
 * lock serialises this, so in a parallel build the module that finishes last writes an aggregate holding
 * every module, whatever the order; contributions of an earlier build are ignored and replaced.
 */
public final class SarifAggregate {

    /** The aggregate's {@code runAutomationDetails.id}: GitHub's category for the whole build. */
    public static final String AUTOMATION_ID = "iam-policy/";

    private SarifAggregate() {}

    /* Reading SARIF back needs data binding; only the aggregate loads it, never a module's own reports. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The SARIF log of a module placed in its repository by {@code c}, as a tree to contribute. */
    public static ObjectNode tree(ScanResult r, ReportContext c) throws IOException {
        return (ObjectNode) MAPPER.readTree(new SarifReportWriter().render(r, c));
    }

    /** Writes {@code root} as the report writers write JSON, replacing {@code out} in one move. */
    static void write(JsonNode root, Path out) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (JsonGenerator gen = ReportSupport.generator(text)) {
            MAPPER.writeTree(gen, root);
        }
        text.write('\n');
        ReportSupport.write(text.toByteArray(), out);
    }

    /**
     * Stores {@code moduleLog} as module {@code moduleKey}'s part of build {@code buildStamp} and rewrites
     * {@code aggregate} from every part of that build.
     *
     * @return what the user should know (results left out)
     */
    public static List<String> contribute(Path aggregate, String moduleKey, String buildStamp, ObjectNode moduleLog)
            throws IOException {
        Path target = aggregate.toAbsolutePath().normalize();
        Path parts = target.resolveSibling(target.getFileName() + ".modules");
        Files.createDirectories(parts);
        try (FileChannel channel =
                        FileChannel.open(parts.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lock(channel)) {
            ObjectNode part = MAPPER.createObjectNode();
            part.put("build", buildStamp);
            part.set("sarif", moduleLog);
            write(part, parts.resolve(fileName(moduleKey)));
            Map<String, JsonNode> logs = new TreeMap<>();
            try (Stream<Path> files = Files.list(parts)) {
                for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .toList()) {
                    JsonNode n = MAPPER.readTree(p.toFile());
                    if (buildStamp.equals(n.path("build").asText()) && n.has("sarif")) {
                        logs.put(p.getFileName().toString(), n.get("sarif"));
                    } else {
                        Files.deleteIfExists(p); // from an earlier build: a module not built now is not reported
                    }
                }
            }
            ObjectNode merged = merge(List.copyOf(logs.values()), AUTOMATION_ID);
            write(merged, target);
            int total = merged.path("runs")
                    .path(0)
                    .path("properties")
                    .path("resultsTotal")
                    .asInt();
            return SarifReportWriter.limitNotice(total, "the aggregated SARIF report " + target.getFileName());
        }
    }

    /** A part's file name: the module key with anything but letters, digits, {@code .-_} replaced. */
    static String fileName(String moduleKey) {
        String k = moduleKey == null || moduleKey.isBlank() ? "_root" : moduleKey.replaceAll("[^A-Za-z0-9._-]", "_");
        return k + ".json";
    }

    /** Waits for the lock; another thread of this JVM holding it shows as an exception, not as waiting. */
    private static FileLock lock(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the aggregate SARIF lock", ie);
                }
            }
        }
    }

    /** The runs of {@code logs} as one run, rules and artifacts listed once and every index rewritten. */
    public static ObjectNode merge(List<JsonNode> logs, String automationId) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SarifReportWriter.SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = MAPPER.createArrayNode();
        TreeMap<String, JsonNode> artifactsByUri = new TreeMap<>();
        List<JsonNode> runs = new ArrayList<>();
        logs.forEach(l -> l.path("runs").forEach(runs::add));
        String catalogDate = null;
        long files = 0;
        long policies = 0;
        long omitted = 0;
        for (JsonNode r : runs) {
            JsonNode d = r.path("tool").path("driver");
            if (driver.isEmpty()) {
                d.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals("rules")) {
                        driver.set(e.getKey(), e.getValue().deepCopy());
                    }
                });
            }
            for (JsonNode rule : d.path("rules")) {
                if (ruleIndex.putIfAbsent(rule.path("id").asText(), rules.size()) == null) {
                    rules.add(rule.deepCopy());
                }
            }
            r.path("artifacts")
                    .forEach(a -> artifactsByUri.putIfAbsent(
                            a.path("location").path("uri").asText(), a));
            JsonNode props = r.path("properties");
            catalogDate = catalogDate == null && props.hasNonNull("catalogDate")
                    ? props.get("catalogDate").asText()
                    : catalogDate;
            files += props.path("filesScanned").asLong();
            policies += props.path("policiesFound").asLong();
            omitted += props.path("resultsOmitted").asLong();
        }
        driver.set("rules", rules);
        run.putObject("automationDetails").put("id", automationId);
        run.putObject("originalUriBaseIds")
                .putObject(SarifReportWriter.SRCROOT)
                .putObject("description")
                .put("text", "The repository root.");
        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        ArrayNode artifacts = run.putArray("artifacts");
        artifactsByUri.forEach((uri, a) -> {
            artifactIndex.put(uri, artifactIndex.size());
            artifacts.add(a.deepCopy());
        });
        List<ObjectNode> results = new ArrayList<>();
        for (JsonNode r : runs) {
            for (JsonNode res : r.path("results")) {
                ObjectNode copy = res.deepCopy();
                copy.put("ruleIndex", ruleIndex.get(res.path("ruleId").asText()));
                for (JsonNode loc : copy.path("locations")) {
                    JsonNode artifact = loc.path("physicalLocation").path("artifactLocation");
                    if (artifact instanceof ObjectNode a
                            && artifactIndex.containsKey(a.path("uri").asText())) {
                        a.put("index", artifactIndex.get(a.path("uri").asText()));
                    }
                }
                results.add(copy);
            }
        }
        List<ObjectNode> kept = within(results);
        ArrayNode out = run.putArray("results");
        kept.forEach(out::add);
        run.putArray("invocations").addObject().put("executionSuccessful", true);
        run.put("columnKind", "utf16CodeUnits");
        ObjectNode props = run.putObject("properties");
        props.put("catalogDate", catalogDate);
        props.put("filesScanned", files);
        props.put("policiesFound", policies);
        props.put("modules", runs.size());
        props.put("resultsTotal", results.size() + omitted);
        if (omitted + results.size() - kept.size() > 0) {
            props.put("resultsOmitted", omitted + results.size() - kept.size());
        }
        return root;
    }

    /** As {@link SarifReportWriter#within}: results that count first, most severe first, order kept. */
    private static List<ObjectNode> within(List<ObjectNode> results) {
        if (results.size() <= SarifReportWriter.MAX_RESULTS) {
            return results;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            order.add(i);
        }
        return order.stream()
                .sorted(Comparator.comparingInt((Integer i) -> rank(results.get(i)))
                        .thenComparing(i -> i))
                .limit(SarifReportWriter.MAX_RESULTS)
                .sorted()
                .map(results::get)
                .toList();
    }

    private static int rank(JsonNode result) {
        boolean accepted = result.has("suppressions")
                || "unchanged".equals(result.path("baselineState").asText());
        int level = switch (result.path("level").asText()) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
        return (accepted ? 3 : 0) + level;
    }
}
