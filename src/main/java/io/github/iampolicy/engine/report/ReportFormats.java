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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats the goal knows, and the parsing of a {@code formats} value. */
public final class ReportFormats {

    /** Every built-in format, in the order reports are written and listed. */
    public static final List<ReportWriter> BUILT_IN = List.of(
            new SarifReportWriter(), new JsonReportWriter(), new JunitReportWriter(), new GithubAnnotationsWriter());

    /** What {@code formats} is when not set. */
    public static final String DEFAULT = "sarif,json";

    private ReportFormats() {}

    /** The names of the known formats, comma separated, for messages and documentation. */
    public static String names() {
        return BUILT_IN.stream().map(ReportWriter::format).collect(Collectors.joining(", "));
    }

    /**
     * The writers a comma-separated list names, in the list's order, each once; blank entries are ignored.
     *
     * @throws IllegalArgumentException for an unknown name (the message lists the valid ones) or an empty list
     */
    public static List<ReportWriter> parse(String formats) {
        List<ReportWriter> writers = new ArrayList<>();
        for (String raw : (formats == null ? DEFAULT : formats).split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            ReportWriter w = BUILT_IN.stream()
                    .filter(x -> x.format().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown report format '" + raw.trim() + "': valid formats are " + names()));
            if (!writers.contains(w)) {
                writers.add(w);
            }
        }
        if (writers.isEmpty()) {
            throw new IllegalArgumentException("no report format given: valid formats are " + names());
        }
        return List.copyOf(writers);
    }
}
