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

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.text.Values;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/** What the report writers share: one pretty printer, text clean-up, and safe file writing. */
final class ReportSupport {

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

    /** Writes a counterexample as both reports show it; context keys sorted so output does not depend on hashing. */
    static void counterexample(JsonGenerator gen, String field, Counterexample c) throws IOException {
        gen.writeObjectFieldStart(field);
        gen.writeStringField("username", nullableText(c.username()));
        if (c.principal() != null) {
            gen.writeStringField("principal", text(c.principal()));
        }
        gen.writeStringField("action", nullableText(c.action()));
        gen.writeStringField("resource", nullableText(c.resource()));
        gen.writeObjectFieldStart("context");
        for (Map.Entry<String, String> e : new TreeMap<>(c.context()).entrySet()) {
            gen.writeStringField(e.getKey(), nullableText(e.getValue()));
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /**
     * A factory for one report. jackson-core alone: the writers stream their JSON, so a check loads no
     * data-binding class for its reports. Not shared: a factory's symbol table would cache names from
     * scanned projects (counterexample context keys) for the life of the build.
     */
    static JsonFactory factory() {
        // a character outside the BMP (an emoji in a message) is written as one UTF-8 sequence, not escaped
        return JsonFactory.builder()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
    }

    /** A generator writing a report's JSON text: UTF-8, two-space indentation, LF line ends. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator gen = factory().createGenerator(out, JsonEncoding.UTF8);
        // Jackson's default indenter uses the platform line separator; reports must be byte-identical on every
        // machine (they are diffed and cached in CI), so the line end is fixed to LF.
        gen.setPrettyPrinter(new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return gen;
    }

    /**
     * A generator writing compact JSON to a spool: compact JSON escapes line breaks inside strings, so one
     * value is one line. Closing it leaves {@code out} open.
     */
    static JsonGenerator spoolGenerator(JsonFactory json, Writer out) throws IOException {
        JsonGenerator gen = json.createGenerator(out);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // a flush per spooled value must not reach the disk: the spool's writer buffers
        gen.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        gen.setRootValueSeparator(null);
        return gen;
    }

    /** Copies one spooled line (a compact JSON value) where {@code gen} stands, indented as {@code gen} indents. */
    static void copyLine(JsonFactory json, JsonGenerator gen, String line) throws IOException {
        try (JsonParser p = json.createParser(line)) {
            p.nextToken();
            gen.copyCurrentStructure(p);
        }
    }

    /**
     * Writes {@code content} to {@code out}, creating parent directories. The text goes to a sibling file first
     * and is then moved over {@code out}, so a reader (or an interrupted build) never sees half a report.
     */
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
