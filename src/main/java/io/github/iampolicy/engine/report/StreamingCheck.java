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
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.scan.ScannedFile;
import io.github.iampolicy.engine.suppress.Baseline;
import io.github.iampolicy.engine.suppress.Triage;
import io.github.iampolicy.engine.suppress.TriageStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code check} goal without holding the scan: a {@link ScanListener} for a streaming scan
 * ({@link io.github.iampolicy.engine.scan.ModuleScan#stream}) that triages each file as it finishes, shows its
 * findings, counts them in a {@link CheckTally} and hands them to every report's {@link ReportStream}. What it
 * keeps is bounded by the configuration (suppressions, baseline, rules) and the failure message's findings,
 * not by the number of files or findings.
 *
 * <pre>
 * try (StreamingCheck check = StreamingCheck.open(...)) {
 *     ScanResult scan = ModuleScan.stream(options, cdk, configured, check, warn);
 *     StreamingCheck.Result result = check.finish(scan, System.out);
 *     verdict.conclude(result.tally(), result.unused(), result.fixed(), reports, log);
 * }
 * </pre>
 */
public final class StreamingCheck implements ScanListener, Closeable {

    /**
     * What a streamed check leaves for the verdict: all of it bounded.
     *
     * @param tally   the counts and the first failing findings
     * @param unused  suppressions that matched no finding
     * @param fixed   baseline entries no finding had
     * @param files   the reports written
     * @param notices what the user should know about the reports (e.g. results left out)
     * @param sarif   this module's SARIF report (a format's, or the one asked for besides), or {@code null}
     */
    public record Result(
            CheckTally tally,
            List<Path> files,
            List<String> notices,
            List<String> unused,
            List<Baseline.Entry> fixed,
            Path sarif) {

        public Result {
            unused = List.copyOf(unused);
            fixed = List.copyOf(fixed);
            files = List.copyOf(files);
            notices = List.copyOf(notices);
        }
    }

    /** An open report; {@code listed} is false for the SARIF asked for besides the formats. */
    private record Open(ReportWriter writer, Path file, ReportStream stream, boolean listed) {}

    private final CheckVerdict verdict;
    private final TriageStream triage;
    private final CheckTally tally;
    private final ScanListener progress;
    private final ConsoleLog log;
    private final List<Open> reports = new ArrayList<>();

    private StreamingCheck(CheckVerdict verdict, Triage triage, ScanListener progress, ConsoleLog log) {
        this.verdict = verdict;
        this.tally = verdict.tally();
        this.triage = new TriageStream(triage, log::warn);
        this.progress = progress;
        this.log = log;
    }

    /**
     * Opens a report stream for each writer in {@code outputDirectory}; the reports of an earlier build stay
     * until {@link #finish}.
     *
     * @param extraSarif a SARIF report to write besides the formats (e.g. for the build's aggregate), or
     *                   {@code null}; not listed among the reports
     * @param progress   receives the scan's debug lines and progress
     * @param log        where findings and triage notices go as files finish
     */
    public static StreamingCheck open(
            CheckVerdict verdict,
            Triage triage,
            List<ReportWriter> writers,
            ReportContext context,
            Path outputDirectory,
            Path extraSarif,
            ScanListener progress,
            ConsoleLog log)
            throws ReportOutput.ReportException {
        StreamingCheck check = new StreamingCheck(verdict, triage, progress, log);
        for (ReportWriter w : writers) {
            check.add(w, outputDirectory.resolve(w.fileName()), context, true);
        }
        if (extraSarif != null) {
            check.add(new SarifReportWriter(), extraSarif, context, false);
        }
        return check;
    }

    private void add(ReportWriter w, Path file, ReportContext context, boolean listed)
            throws ReportOutput.ReportException {
        try {
            reports.add(new Open(w, file, w.stream(file, context), listed));
        } catch (IOException e) {
            close();
            throw failure(w, file, e);
        }
    }

    @Override
    public void debug(String message) {
        progress.debug(message);
    }

    @Override
    public void progress(int filesDone, int filesTotal, int findings) {
        progress.progress(filesDone, filesTotal, findings);
    }

    @Override
    public void fileScanned(ScannedFile file) {
        List<Finding> marked = triage.file(file.findings(), file.suppressions());
        for (Finding f : marked) {
            tally.finding(f);
            verdict.show(f, log);
        }
        tally.policies(file.policies().size());
        for (Open r : reports) {
            try {
                r.stream().file(marked, file.policies());
            } catch (IOException e) {
                throw new UncheckedIOException(failure(r.writer(), r.file(), e));
            }
        }
    }

    /**
     * Writes every report and prints the console ones ({@link ReportWriter#console()}) to {@code stdout}.
     *
     * @param scan the streaming scan's result, which counts files and holds no finding
     */
    public Result finish(ScanResult scan, PrintStream stdout) throws ReportOutput.ReportException {
        tally.scanned(scan);
        List<Path> files = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Path sarif = null;
        for (Open r : reports) {
            if (r.writer().format().equals("sarif") && sarif == null) {
                sarif = r.file();
            }
            try {
                List<String> told = r.stream().finish(tally);
                if (!r.listed()) {
                    continue;
                }
                notices.addAll(told);
                if (r.writer().console()) {
                    Files.copy(r.file(), stdout);
                    stdout.flush();
                }
            } catch (IOException e) {
                throw failure(r.writer(), r.file(), e);
            }
            files.add(r.file());
        }
        return new Result(tally, files, notices, triage.unused(), triage.fixed(), sarif);
    }

    /** A report that failed while the scan ran, as {@link #fileScanned} reported it; or {@code null}. */
    public static ReportOutput.ReportException reportFailure(RuntimeException e) {
        return e instanceof UncheckedIOException u && u.getCause() instanceof ReportOutput.ReportException r ? r : null;
    }

    private static ReportOutput.ReportException failure(ReportWriter w, Path file, IOException e) {
        if (e instanceof ReportOutput.ReportException r) {
            return r;
        }
        return new ReportOutput.ReportException(
                "cannot write the IAM policy " + w.format() + " report to " + file + ": " + e.getMessage(), e);
    }

    /** Removes the reports' spools; finished reports stay. */
    @Override
    public void close() {
        for (Open r : reports) {
            try {
                r.stream().close();
            } catch (IOException e) {
                log.warn("cannot remove a temporary file of the " + r.writer().format() + " report: " + e.getMessage());
            }
        }
    }
}
