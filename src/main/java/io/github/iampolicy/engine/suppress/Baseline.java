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
package io.github.iampolicy.engine.suppress;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iampolicy.engine.model.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings a team accepted as known debt on the day it adopted the plugin, by fingerprint:
 * <pre>
 * {
 *   "version": 1,
 *   "findings": [
 *     {"fingerprint": "3f2a...", "rule": "IAM104", "file": "src/main/resources/iam/deploy.json",
 *      "message": "..."}
 *   ]
 * }
 * </pre>
 * Only the fingerprint decides; rule, file and message are for the people reviewing the file. Entries are
 * sorted, one per fingerprint, so that regenerating an unchanged project gives the same bytes.
 */
public record Baseline(List<Entry> entries) {

    /** The format this version writes and reads. */
    public static final int VERSION = 1;

    public record Entry(String fingerprint, String rule, String file, String message) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** The counting findings of a scan; suppressed ones are already accounted for elsewhere. */
    public static Baseline of(List<Finding> findings) {
        Map<String, Entry> byFingerprint = new LinkedHashMap<>();
        findings.stream()
                .filter(f -> f.suppression() == null)
                .sorted(Finding.ORDER)
                .forEach(f -> byFingerprint.putIfAbsent(
                        f.fingerprint(), new Entry(f.fingerprint(), f.rule().id(), f.file(), f.message())));
        List<Entry> sorted = new ArrayList<>(byFingerprint.values());
        sorted.sort(Comparator.comparing(Entry::file).thenComparing(Entry::rule).thenComparing(Entry::fingerprint));
        return new Baseline(sorted);
    }

    public Set<String> fingerprints() {
        return entries.stream().map(Entry::fingerprint).collect(Collectors.toUnmodifiableSet());
    }

    public static Baseline read(String source, InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new SuppressionsException("baseline " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SuppressionsException("baseline " + source + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.path("findings").isArray()) {
            throw new SuppressionsException("baseline " + source
                    + " must be a JSON object with a \"findings\" array; write one with the iam-policy:baseline goal");
        }
        if (root.path("version").asInt(VERSION) != VERSION) {
            throw new SuppressionsException("baseline " + source + " has version " + root.get("version")
                    + "; this plugin reads version " + VERSION + ": write it again with iam-policy:baseline");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode n : root.get("findings")) {
            index++;
            String fingerprint = n.path("fingerprint").asText("");
            if (fingerprint.isBlank()) {
                throw new SuppressionsException("baseline " + source + ", entry " + index + ": no \"fingerprint\"");
            }
            entries.add(new Entry(
                    fingerprint,
                    n.path("rule").asText(""),
                    n.path("file").asText(""),
                    n.path("message").asText("")));
        }
        return new Baseline(entries);
    }

    public void write(Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            ObjectNode n = list.addObject();
            n.put("fingerprint", e.fingerprint());
            n.put("rule", e.rule());
            n.put("file", e.file());
            n.put("message", e.message());
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        // LF on every machine: the file is committed and diffed
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, MAPPER.writer(printer).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }
}
