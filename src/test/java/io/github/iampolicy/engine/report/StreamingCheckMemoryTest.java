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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.ModuleScan;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.suppress.Triage;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a streamed check keeps does not grow with the project: ten times the files and findings leave the
 * same bounded tally (the failure message's findings) and a scan result without findings.
 */
class StreamingCheckMemoryTest {

    @TempDir
    Path dir;

    /** Counts log lines instead of keeping them. */
    private static final class Counting implements ConsoleLog {
        long lines;

        @Override
        public void debug(String line) {
            lines++;
        }

        @Override
        public void info(String line) {
            lines++;
        }

        @Override
        public void warn(String line) {
            lines++;
        }

        @Override
        public void error(String line) {
            lines++;
        }

        @Override
        public boolean warnEnabled() {
            return true;
        }
    }

    private record Run(CheckTally tally, ScanResult scan, String failure, long logged) {}

    private Run check(int files) throws IOException {
        Path project = dir.resolve("p" + files);
        for (int i = 0; i < files; i++) {
            Path p = project.resolve(String.format("src/%02d/policy-%05d.json", i % 13, i));
            Files.createDirectories(p.getParent());
            Files.writeString(
                    p,
                    "{\"Version\": \"2012-10-17\", \"Statement\": ["
                            + "{\"Effect\": \"Allow\", \"Action\": \"iam:CreateAccessKey\", \"Resource\": \"*\"},"
                            + "{\"Effect\": \"Allow\", \"Action\": \"iam:*\", \"Resource\": \"*\"},"
                            + "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}");
        }
        ScanOptions options = new ScanOptions(
                List.of(project), project, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 2);
        CheckVerdict verdict = new CheckVerdict(Severity.NOTE, false, false);
        Counting log = new Counting();
        Path out = dir.resolve("out" + files);
        StreamingCheck.Result result;
        ScanResult scan;
        try (StreamingCheck check = StreamingCheck.open(
                verdict,
                new Triage(List.of(), null, LocalDate.of(2026, 12, 5)),
                ReportFormats.parse("sarif,json,junit"),
                ReportContext.of(ToolInfo.plugin("1.0.0", null)),
                out,
                null,
                ScanListener.NONE,
                log)) {
            scan = ModuleScan.stream(options, null, List.of(), check, w -> {});
            result = check.finish(scan, new PrintStream(OutputStream.nullOutputStream()));
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(3, left.count(), "the three reports, no spool");
        }
        Optional<String> failure = verdict.conclude(result.tally(), result.unused(), result.fixed(), List.of(), log);
        return new Run(result.tally(), scan, failure.orElseThrow(), log.lines);
    }

    @Test
    void tenTimesTheFilesKeepTheSameBoundedState() throws IOException {
        Run small = check(120);
        Run large = check(1200);

        assertTrue(large.tally().findings() >= 3 * 1200L, () -> large.tally().findings() + " findings");
        assertEquals(10 * small.tally().findings(), large.tally().findings(), "same files, ten times over");
        assertTrue(large.logged() > 3 * 1200L, "every finding was shown as its file finished");
        for (Run r : List.of(small, large)) {
            assertTrue(r.scan().findings().isEmpty() && r.scan().policies().isEmpty(), "the scan keeps nothing");
            assertTrue(
                    r.tally().held() <= Severity.values().length * CheckTally.KEPT,
                    () -> "held " + r.tally().held());
        }
        assertEquals(small.tally().held(), large.tally().held(), "what is held does not grow with the findings");
        // the message lists the first ones and counts the rest
        assertEquals(
                ConsoleFormatter.DEFAULT_MAX_LISTED + 2, large.failure().lines().count(), large.failure()::toString);
        assertTrue(large.failure().endsWith(" more"), large.failure()::toString);
    }
}
