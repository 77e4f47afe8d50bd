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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.ModuleScan;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.suppress.Baseline;
import io.github.iampolicy.engine.suppress.SuppressionsFile;
import io.github.iampolicy.engine.suppress.Triage;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed check against the batch path it replaces: for the same corpus and the same suppressions and
 * baseline, every report is byte for byte the same, and so are the logged findings, the summary and the
 * failure message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamingCheckTest {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    /** The batch scan, once for both tests. */
    private ScanResult scanned;

    private ScanOptions options() {
        Path root = TestData.dir();
        return new ScanOptions(List.of(root), root, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 2);
    }

    private static ReportContext context() {
        return new ReportContext(
                ToolInfo.plugin("1.2.3", ToolInfo.DEFAULT_RULES_DOCUMENTATION_URL),
                "module/",
                "iam-policy/module/",
                Map.of("IAM207", Severity.ERROR));
    }

    /** A suppression that matches, one that does not, and a baseline of some findings plus one fixed entry. */
    private static Triage triage(List<Finding> scanned) throws IOException {
        String json = "{\"suppressions\": ["
                + "{\"rule\": \"IAM201\", \"file\": \"**\", \"reason\": \"accepted\"},"
                + "{\"rule\": \"IAM104\", \"file\": \"nowhere/**\", \"reason\": \"never matches\"}]}";
        List<io.github.iampolicy.engine.suppress.SuppressionEntry> entries = SuppressionsFile.read(
                "suppressions.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), r -> true);
        List<Baseline.Entry> known = new ArrayList<>();
        for (int i = 0; i < scanned.size(); i += 7) {
            Finding f = scanned.get(i);
            known.add(new Baseline.Entry(f.fingerprint(), f.rule().id(), f.file(), f.message()));
        }
        known.add(new Baseline.Entry("0123456789abcdef0123456789abcdef", "IAM104", "gone.json", "m"));
        return new Triage(entries, new Baseline(known), LocalDate.of(2026, 12, 5));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theCorpusStreamedGivesTheBatchReportsAndVerdict(boolean loud) throws IOException {
        if (scanned == null) {
            scanned = ModuleScan.run(options(), null, List.of(), () -> ScanListener.NONE, w -> {});
        }
        Triage triage = triage(scanned.findings());
        CheckVerdict verdict = new CheckVerdict(Severity.WARNING, false, true);

        Path batchDir = dir.resolve("batch-" + loud);
        Triage.Outcome outcome = triage.apply(scanned.findings(), scanned.inlineSuppressions());
        ScanResult result = scanned.withFindings(outcome.findings());
        ReportOutput.Written written = ReportOutput.write(ReportFormats.BUILT_IN, result, context(), batchDir, NOWHERE);
        CheckVerdictTest.Lines batchLog = new CheckVerdictTest.Lines(loud);
        outcome.notices().forEach(batchLog::warn);
        Optional<String> batchFailure = verdict.report(result, outcome, List.of("r"), batchLog);

        Path streamDir = dir.resolve("stream-" + loud);
        CheckVerdictTest.Lines streamLog = new CheckVerdictTest.Lines(loud);
        StreamingCheck.Result checked;
        try (StreamingCheck check = StreamingCheck.open(
                verdict, triage, ReportFormats.BUILT_IN, context(), streamDir, null, ScanListener.NONE, streamLog)) {
            ScanResult scan = ModuleScan.stream(options(), null, List.of(), check, w -> {});
            assertTrue(scan.findings().isEmpty(), "the streamed scan keeps no finding");
            checked = check.finish(scan, NOWHERE);
        }
        Optional<String> streamFailure =
                verdict.conclude(checked.tally(), checked.unused(), checked.fixed(), List.of("r"), streamLog);

        assertTrue(result.findings().size() > 100, () -> result.findings().size() + " findings to compare");
        assertTrue(result.suppressedCount() > 0 && result.baselinedCount() > 0, "triage marked some");
        for (Path batch : written.files()) {
            Path streamed = streamDir.resolve(batch.getFileName());
            assertArrayEquals(Files.readAllBytes(batch), Files.readAllBytes(streamed), batch.getFileName()::toString);
        }
        try (Stream<Path> left = Files.list(streamDir)) {
            assertEquals(written.files().size(), left.count(), "no spool or temporary file is left");
        }
        assertEquals(written.notices(), checked.notices());
        assertEquals(batchFailure, streamFailure);
        assertTrue(streamFailure.isPresent());
        // triage notices come as files finish, so only their place differs
        assertEquals(sorted(batchLog.lines), sorted(streamLog.lines));
        assertEquals(
                batchLog.lines.stream()
                        .filter(l -> !l.startsWith("WARN inline"))
                        .toList(),
                streamLog.lines.stream()
                        .filter(l -> !l.startsWith("WARN inline"))
                        .toList());
        assertTrue(checked.tally().findings() == result.findings().size());
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
