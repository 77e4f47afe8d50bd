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
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the reports of one scan: one file per format, console formats echoed to the standard output. */
public final class ReportOutput {

    /** The files written and what the user should be told about them. */
    public record Written(List<Path> files, List<String> notices) {

        public Written {
            files = List.copyOf(files);
            notices = List.copyOf(notices);
        }
    }

    /** A report that could not be written; the message names the format and the file. */
    public static final class ReportException extends IOException {

        private static final long serialVersionUID = 1L;

        ReportException(String message, IOException cause) {
            super(message, cause);
        }
    }

    private ReportOutput() {}

    /**
     * Writes each format's report into {@code out}; a console format (workflow commands must start a line of
     * the step's output, so no log prefix may precede them) is printed to {@code stdout} as written.
     */
    public static Written write(
            List<ReportWriter> writers, ScanResult result, ReportContext context, Path out, PrintStream stdout)
            throws ReportException {
        List<Path> files = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (ReportWriter w : writers) {
            Path file = out.resolve(w.fileName());
            try {
                w.write(result, context, file);
            } catch (IOException e) {
                throw new ReportException(
                        "cannot write the IAM policy " + w.format() + " report to " + file + ": " + e.getMessage(), e);
            }
            if (w.console()) {
                try {
                    stdout.print(Files.readString(file, StandardCharsets.UTF_8));
                    stdout.flush();
                } catch (IOException e) {
                    throw new ReportException("cannot read back " + file + ": " + e.getMessage(), e);
                }
            }
            files.add(file);
            notices.addAll(w.notices(result, context));
        }
        return new Written(files, notices);
    }
}
