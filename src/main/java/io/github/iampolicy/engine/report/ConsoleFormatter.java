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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The console output (README.md, section "Output"): one compiler-style line per finding and a one-line summary.
 *
 * <p>The lines carry no level prefix: the Maven log adds {@code [ERROR] }, {@code [WARNING] } or
 * {@code [INFO] } itself. The caller logs each finding at {@link #logLevel(Severity)}:
 * <ul>
 *   <li>{@code error} findings with {@code Log.error},</li>
 *   <li>{@code warning} findings with {@code Log.warn},</li>
 *   <li>{@code note} findings with {@code Log.info},</li>
 * </ul>
 * whatever {@code failOnSeverity} is, and then the {@link #summary summary} at info. When the build fails,
 * {@link #failureMessage} is the text of the {@code MojoFailureException}.
 */
public final class ConsoleFormatter {

    /** Findings listed in a failure message unless the caller says otherwise. */
    public static final int DEFAULT_MAX_LISTED = 10;

    /** The Maven log method a finding is written with. */
    public enum LogLevel {
        ERROR,
        WARN,
        INFO
    }

    private ConsoleFormatter() {}

    public static LogLevel logLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> LogLevel.ERROR;
            case WARNING -> LogLevel.WARN;
            case NOTE -> LogLevel.INFO;
        };
    }

    /**
     * {@code src/main/resources/policies/keys.json:[9,7] IAM201 user-resource-wildcard: <message>}.
     *
     * <p>Line breaks and other control characters in the message (a resource string may hold them) are
     * shown escaped, so that one finding is always one log line and a policy cannot forge log lines.
     */
    public static String line(Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(oneLine(ReportSupport.text(f.file())));
        if (f.location() != null) {
            b.append(':').append(f.location());
        }
        b.append(' ')
                .append(f.rule().id())
                .append(' ')
                .append(f.rule().name())
                .append(": ")
                .append(oneLine(ReportSupport.text(f.message())));
        return b.toString();
    }

    /**
     * {@code IAM policy check: 2 errors, 3 warnings, 1 note in 5 policies (12 files scanned, catalog
     * 2026-05-10); reports: target/iam-policy/iam-policy.sarif, target/iam-policy/iam-policy.json}.
     * Suppressed and baselined findings are not in the severity counts; when there are any, they follow
     * them: {@code 1 note, 2 suppressed, 4 baselined in 5 policies}.
     *
     * @param reportPaths the written reports as {@link Path}s or strings, best relative to the base
     *                    directory; {@code \} separators are shown as {@code /} like the finding paths.
     *                    Empty: the {@code ; reports:} part is left out
     */
    public static String summary(ScanResult r, List<?> reportPaths) {
        return summary(CheckTally.of(r, null, 0), reportPaths);
    }

    /** {@link #summary(ScanResult, List)} of a tally, as a streamed check has it. */
    public static String summary(CheckTally r, List<?> reportPaths) {
        StringBuilder b = new StringBuilder("IAM policy check: ")
                .append(counts(r, Severity.NOTE))
                .append(r.suppressedCount() > 0 ? ", " + r.suppressedCount() + " suppressed" : "")
                .append(r.baselinedCount() > 0 ? ", " + r.baselinedCount() + " baselined" : "")
                .append(" in ")
                .append(count(r.policies(), "policy", "policies"))
                .append(" (")
                .append(count(r.filesScanned(), "file", "files"))
                .append(" scanned, catalog ")
                .append(r.catalogDate() == null || r.catalogDate().isBlank() ? "unknown" : r.catalogDate())
                .append(')');
        List<String> paths = new ArrayList<>();
        for (Object p : reportPaths) {
            if (p != null) {
                paths.add(p instanceof Path path ? path.toString().replace('\\', '/') : p.toString());
            }
        }
        if (!paths.isEmpty()) {
            b.append("; reports: ").append(String.join(", ", paths));
        }
        return b.toString();
    }

    /** {@link #failureMessage(ScanResult, Severity, int)} listing {@value #DEFAULT_MAX_LISTED} findings. */
    public static String failureMessage(ScanResult r, Severity threshold) {
        return failureMessage(r, threshold, DEFAULT_MAX_LISTED);
    }

    /**
     * The message of the {@code MojoFailureException} when some finding is at or above {@code threshold}
     * ({@code failOnSeverity=none} never fails, so never gets here):
     * <pre>
     * IAM policy check failed: 2 errors, 3 warnings at or above failOnSeverity=warning
     *   src/a.json:[9,7] IAM201 user-resource-wildcard: ...
     *   and 3 more
     * </pre>
     * Counts cover only the severities at or above the threshold. Listed are the findings at or above it,
     * most severe first, then in report order, because the most severe are what the reader must fix first.
     */
    public static String failureMessage(ScanResult r, Severity threshold, int maxListed) {
        Objects.requireNonNull(threshold, "threshold");
        return failureMessage(CheckTally.of(r, threshold, maxListed), maxListed);
    }

    /**
     * {@link #failureMessage(ScanResult, Severity, int)} of a tally with a threshold; it lists what the tally
     * kept, so at most its {@code kept} findings per severity.
     */
    public static String failureMessage(CheckTally r, int maxListed) {
        Severity threshold = Objects.requireNonNull(r.threshold(), "threshold");
        List<Finding> listed = r.firstFailing(Math.max(0, maxListed));
        StringBuilder b = new StringBuilder("IAM policy check failed: ")
                .append(counts(r, threshold))
                .append(" at or above failOnSeverity=")
                .append(threshold.id());
        for (Finding f : listed) {
            b.append("\n  ").append(line(f));
        }
        if (r.failingCount() > listed.size()) {
            b.append("\n  and ").append(r.failingCount() - listed.size()).append(" more");
        }
        return b.toString();
    }

    /** Counts of every severity from ERROR down to {@code lowest}, zeros included so the shape is stable. */
    private static String counts(CheckTally r, Severity lowest) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            if (s.atLeast(lowest)) {
                parts.add(count(r.count(s), s.id(), s.id() + "s"));
            }
        }
        return String.join(", ", parts);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String oneLine(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default ->
                    Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                            ? String.format("\\u%04x", (int) c)
                            : null;
            };
            if (esc != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (esc != null) {
                    b.append(esc);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
