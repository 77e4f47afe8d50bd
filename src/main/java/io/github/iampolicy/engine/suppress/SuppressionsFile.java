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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a suppressions file:
 * <pre>
 * {
 *   "suppressions": [
 *     {
 *       "rule": "IAM104",                          (or a list: ["IAM104", "IAM201"])
 *       "file": "src/main/resources/iam/**",       (Ant-style, relative to the project base directory)
 *       "policyPath": "Resources.DeployRole.*",    (optional, * and ?)
 *       "sid": "PassToLambda",                     (optional, * and ?)
 *       "action": "iam:PassRole",                  (optional, one or a list, case-insensitive)
 *       "resource": "arn:aws:iam::*:role/app-*",   (optional, one or a list)
 *       "reason": "Deploy role hands app roles to Lambda only; reviewed in SEC-42",
 *       "until": "2027-06-30"                      (optional, the last day it applies)
 *     }
 *   ]
 * }
 * </pre>
 * Anything else is a configuration error whose message names the file and the entry: a user who
 * misspells {@code reason} must hear about it, not find the finding suppressed or not by surprise.
 */
public final class SuppressionsFile {

    private static final Set<String> KEYS =
            Set.of("rule", "file", "policyPath", "sid", "action", "resource", "reason", "until");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SuppressionsFile() {}

    /**
     * The entries of the file.
     *
     * @param source    the name the user configured, used in every message
     * @param in        the file's content
     * @param knownRule whether a rule id exists
     */
    public static List<SuppressionEntry> read(String source, InputStream in, Predicate<String> knownRule) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new SuppressionsException(
                    "suppressions file " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SuppressionsException("suppressions file " + source + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("suppressions").isArray()) {
            throw new SuppressionsException("suppressions file " + source
                    + " must be a JSON object with a \"suppressions\" array, e.g. {\"suppressions\": []}");
        }
        List<SuppressionEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode n : root.get("suppressions")) {
            entries.add(entry(source, ++index, n, knownRule));
        }
        return List.copyOf(entries);
    }

    private static SuppressionEntry entry(String source, int index, JsonNode n, Predicate<String> knownRule) {
        String where = "suppressions file " + source + ", entry " + index;
        if (!n.isObject()) {
            throw new SuppressionsException(where + ": expected an object with rule, file and reason");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new SuppressionsException(where + ": unknown key \"" + key + "\"; expected "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        List<String> rules = new ArrayList<>();
        for (String id : strings(where, n, "rule")) {
            String upper = id.trim().toUpperCase(Locale.ROOT);
            if (!knownRule.test(upper)) {
                throw new SuppressionsException(where + ": unknown rule id \"" + id + "\"");
            }
            rules.add(upper);
        }
        if (rules.isEmpty()) {
            throw new SuppressionsException(where + ": \"rule\" is required (a rule id or a list of them)");
        }
        String file = text(where, n, "file");
        if (file == null) {
            throw new SuppressionsException(
                    where + ": \"file\" is required (a glob relative to the project base directory, e.g. **/*.json)");
        }
        String reason = text(where, n, "reason");
        if (reason == null) {
            throw new SuppressionsException(
                    where + ": \"reason\" is required: say why the finding is accepted, for whoever reads it next");
        }
        return new SuppressionEntry(
                source,
                index,
                rules,
                new PathGlob(file.trim()),
                text(where, n, "policyPath"),
                text(where, n, "sid"),
                strings(where, n, "action"),
                strings(where, n, "resource"),
                reason.trim(),
                date(where, text(where, n, "until")));
    }

    /** A non-blank string, or {@code null} when absent. */
    private static String text(String where, JsonNode entry, String key) {
        JsonNode v = entry.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new SuppressionsException(where + ": \"" + key + "\" must be a non-empty string");
        }
        return v.asText();
    }

    /** A string or an array of strings; empty when absent. */
    private static List<String> strings(String where, JsonNode entry, String key) {
        JsonNode v = entry.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isTextual()) {
            return List.of(text(where, entry, key));
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode e : v) {
                if (!e.isTextual() || e.asText().isBlank()) {
                    throw new SuppressionsException(where + ": \"" + key + "\" entries must be non-empty strings");
                }
                out.add(e.asText());
            }
        }
        if (out.isEmpty()) {
            throw new SuppressionsException(where + ": \"" + key + "\" must be a string or a non-empty list of them");
        }
        return out;
    }

    private static LocalDate date(String where, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new SuppressionsException(
                    where + ": \"until\" must be an ISO date such as 2027-06-30, not \"" + text + "\"");
        }
    }
}
