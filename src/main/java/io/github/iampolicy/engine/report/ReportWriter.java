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

import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One report format. A new format is one class implementing this, listed in {@link ReportFormats#BUILT_IN};
 * the goal then accepts its {@link #format()} name in {@code formats}.
 *
 * <p>Implementations are immutable and deterministic: the same result and context give the same bytes.
 */
public interface ReportWriter {

    /** The name users give in {@code formats}, lower case, e.g. {@code sarif}. */
    String format();

    /** The file the report is written to, in the goal's output directory. */
    String fileName();

    /** The report's bytes, written by the {@link #stream} (the only code that writes the report). */
    default byte[] render(ScanResult result, ReportContext context) throws IOException {
        return ReportFeed.render(this, result, context);
    }

    /**
     * Whether the build tool should also print the report to its standard output, unprefixed: workflow
     * annotations only work there.
     */
    default boolean console() {
        return false;
    }

    /** What the user should know about this report of this result (e.g. results left out), one line each. */
    default List<String> notices(ScanResult result, ReportContext context) {
        return List.of();
    }

    /**
     * The report written as a scan's files finish, with the content {@link #render} gives for the same
     * findings: see {@link ReportStream}.
     *
     * @param out the report file, replaced when the stream finishes
     */
    ReportStream stream(Path out, ReportContext context) throws IOException;

    /** Streams the report of {@code result} to {@code out}, never leaving half a file (see {@link ReportSpool}). */
    default void write(ScanResult result, ReportContext context, Path out) throws IOException {
        ReportFeed.feed(this, result, context, out);
    }
}
