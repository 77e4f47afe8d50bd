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

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary text file next to a report, where a {@link ReportStream} keeps the parts it can only write
 * when the scan ends (a report's header counts what follows it). Memory holds a buffer, not the parts.
 */
public final class ReportSpool implements Closeable {

    private final Path path;
    private final BufferedWriter writer;
    private boolean open = true;

    /** A spool named after {@code report}, in its directory (created if needed). */
    public ReportSpool(Path report, String suffix) throws IOException {
        Path target = report.toAbsolutePath();
        Files.createDirectories(target.getParent());
        this.path = Files.createTempFile(target.getParent(), target.getFileName() + ".", suffix);
        this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    public Writer writer() {
        return writer;
    }

    /** Whether anything was written. */
    public boolean isEmpty() throws IOException {
        writer.flush();
        return Files.size(path) == 0;
    }

    public Path path() throws IOException {
        finishWriting();
        return path;
    }

    /** Copies what was written to {@code out}. */
    public void copyTo(OutputStream out) throws IOException {
        finishWriting();
        Files.copy(path, out);
    }

    private void finishWriting() throws IOException {
        if (open) {
            writer.close();
            open = false;
        }
    }

    /** Closes and deletes the spool. */
    @Override
    public void close() throws IOException {
        finishWriting();
        Files.deleteIfExists(path);
    }

    /**
     * Writes a report with {@code content} to a sibling of {@code report} and moves it over {@code report}
     * in one step where the file system allows, so no reader sees half of it.
     */
    public static void publish(Path report, Content content) throws IOException {
        Path target = report.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.write(out);
            }
            ReportSupport.replace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** What {@link #publish} writes. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }
}
