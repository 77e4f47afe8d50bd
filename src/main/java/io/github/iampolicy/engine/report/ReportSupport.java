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

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.text.Values;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/** What the report writers share: one pretty printer, text clean-up, and safe file writing. */
final class ReportSupport {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /*
     * Jackson's default indenter uses the platform line separator; reports must be byte-identical on every
     * machine (they are diffed and cached in CI), so the line end is fixed to LF.
     */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ReportSupport() {}

    /**
     * Text as people should read it: unknown-value tokens (private-use characters) shown as {@code ${hint}},
     * {@code null} as empty. Rules normally do this already; doing it again is harmless and keeps the
     * internal representation out of reports whatever a rule forgot.
     */
    static String text(String s) {
        return s == null ? "" : Values.display(s);
    }

    /** Like {@link #text} but keeps {@code null}. */
    static String nullableText(String s) {
        return s == null ? null : Values.display(s);
    }

    /** A counterexample as both reports show it; context keys sorted so output does not depend on hashing. */
    static ObjectNode counterexample(Counterexample c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("username", nullableText(c.username()));
        if (c.principal() != null) {
            n.put("principal", text(c.principal()));
        }
        n.put("action", nullableText(c.action()));
        n.put("resource", nullableText(c.resource()));
        ObjectNode ctx = n.putObject("context");
        for (Map.Entry<String, String> e : new TreeMap<>(c.context()).entrySet()) {
            ctx.put(e.getKey(), nullableText(e.getValue()));
        }
        return n;
    }

    /** The JSON text of a report: UTF-8, two-space indentation, LF line ends, a final LF. */
    /** A generator that writes as {@link #bytes} does, for reports written piece by piece. */
    static com.fasterxml.jackson.core.JsonGenerator generator(java.io.OutputStream out) throws IOException {
        return WRITER.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8);
    }

    /** Writes {@code node} where {@code gen} stands, indented as {@link #bytes} indents it. */
    static void writeNode(com.fasterxml.jackson.core.JsonGenerator gen, JsonNode node) throws IOException {
        // the mapper leaves the generator's pretty printer, and so its current indentation, as it is
        MAPPER.writeTree(gen, node);
    }

    static byte[] bytes(JsonNode root) throws IOException {
        return (WRITER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code root} to {@code out}, creating parent directories. The text goes to a sibling file first
     * and is then moved over {@code out}, so a reader (or an interrupted build) never sees half a report.
     */
    static void write(JsonNode root, Path out) throws IOException {
        write(bytes(root), out);
    }

    /** Writes {@code content} to {@code out} as {@link #write(JsonNode, Path)} does. */
    static void write(byte[] content, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.write(tmp, content);
            replace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves a finished report over {@code target} in one step where the file system allows it. */
    static void replace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
