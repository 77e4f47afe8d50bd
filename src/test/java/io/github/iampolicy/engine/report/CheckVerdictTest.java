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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ParameterException;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.suppress.Baseline;
import io.github.iampolicy.engine.suppress.Triage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the check goal logs and when it fails, moved out of the Mojo. */
class CheckVerdictTest {

    /** Records each line with its level. */
    static final class Lines implements ConsoleLog {
        final List<String> lines = new ArrayList<>();
        final boolean warn;

        Lines(boolean warn) {
            this.warn = warn;
        }

        @Override
        public void debug(String line) {
            lines.add("DEBUG " + line);
        }

        @Override
        public void info(String line) {
            lines.add("INFO " + line);
        }

        @Override
        public void warn(String line) {
            lines.add("WARN " + line);
        }

        @Override
        public void error(String line) {
            lines.add("ERROR " + line);
        }

        @Override
        public boolean warnEnabled() {
            return warn;
        }

        long count(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).count();
        }
    }

    private static Triage.Outcome outcome(ScanResult r) {
        return new Triage.Outcome(r.findings(), List.of(), List.of(), List.of());
    }

    @Test
    void thresholdParsesSeveritiesAndNone() throws ParameterException {
        assertEquals(Severity.ERROR, CheckVerdict.threshold(null));
        assertEquals(Severity.WARNING, CheckVerdict.threshold(" warning "));
        assertNull(CheckVerdict.threshold("NONE"));
        ParameterException e = assertThrows(ParameterException.class, () -> CheckVerdict.threshold("fatal"));
        assertEquals("invalid failOnSeverity 'fatal': expected error, warning, note or none", e.getMessage());
    }

    @Test
    void eachFindingIsLoggedAtItsLevelThenTheSummaryAndTheFailure() {
        ScanResult r = ReportFixtures.sample();
        Lines log = new Lines(true);
        Optional<String> failure = new CheckVerdict(Severity.ERROR, false, false)
                .report(r, outcome(r), List.of("target/iam-policy/iam-policy.json"), log);
        assertEquals(2, log.count("ERROR "));
        assertEquals(3, log.count("WARN "));
        assertEquals(2, log.count("INFO "), log.lines::toString); // the note and the summary
        assertTrue(log.lines.get(log.lines.size() - 1).endsWith("; reports: target/iam-policy/iam-policy.json"));
        assertTrue(
                failure.orElseThrow().startsWith("IAM policy check failed: 2 errors at or above failOnSeverity=error"));
    }

    @Test
    void quietFailureListsEveryFailingFindingInTheMessageOnly() {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(ReportFixtures.keysFinding(i, 1));
        }
        ScanResult r = ReportFixtures.of(many);
        Lines log = new Lines(false);
        String message = new CheckVerdict(Severity.ERROR, false, false)
                .report(r, outcome(r), List.of(), log)
                .orElseThrow();
        assertEquals(0, log.count("ERROR "));
        assertEquals(13, message.split("\n").length, message);
        Lines loud = new Lines(true);
        String listed = new CheckVerdict(Severity.ERROR, false, false)
                .report(r, outcome(r), List.of(), loud)
                .orElseThrow();
        assertEquals(12, loud.count("ERROR "));
        assertTrue(listed.endsWith("and 2 more"), listed);
    }

    @Test
    void theQuietFailureMessageIsBounded() {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= CheckVerdict.QUIET_MAX_LISTED + 25; i++) {
            many.add(ReportFixtures.keysFinding(i, 1));
        }
        ScanResult r = ReportFixtures.of(many);
        String message = new CheckVerdict(Severity.ERROR, false, false)
                .report(r, outcome(r), List.of(), new Lines(false))
                .orElseThrow();
        String[] lines = message.split("\n");
        assertEquals(CheckVerdict.QUIET_MAX_LISTED + 2, lines.length, message);
        assertTrue(lines[0].contains((CheckVerdict.QUIET_MAX_LISTED + 25) + " errors"), lines[0]);
        assertEquals("  and 25 more", lines[lines.length - 1]);
    }

    @Test
    void noThresholdNeverFailsOnFindings() {
        ScanResult r = ReportFixtures.sample();
        CheckVerdict verdict = new CheckVerdict(null, false, false);
        assertFalse(verdict.fails(r));
        assertTrue(verdict.report(r, outcome(r), List.of(), new Lines(true)).isEmpty());
    }

    @Test
    void noPoliciesAndUnusedSuppressionsFailWhenAsked() {
        ScanResult empty = ReportFixtures.empty();
        assertEquals(
                Optional.of("No IAM policy found in 0 files scanned, and failIfNoPolicies is set"),
                new CheckVerdict(Severity.ERROR, true, false)
                        .report(empty, outcome(empty), List.of(), new Lines(true)));
        Triage.Outcome unused = new Triage.Outcome(
                List.of(),
                List.of(),
                List.of("IAM201 in a.json"),
                List.of(new Baseline.Entry("fp", "IAM201", "b.json", "m")));
        Lines log = new Lines(true);
        Optional<String> failure = new CheckVerdict(Severity.ERROR, false, true).report(empty, unused, List.of(), log);
        assertEquals(
                Optional.of("1 unused suppression(s) and failOnUnusedSuppressions is set: IAM201 in a.json"), failure);
        assertTrue(
                log.lines.contains("WARN Unused suppression: IAM201 in a.json matches no finding"),
                log.lines::toString);
        assertTrue(
                log.lines.contains("INFO Fixed since the baseline: b.json IAM201 (fp); remove it from the baseline"));
        assertTrue(new CheckVerdict(Severity.ERROR, false, false)
                .report(empty, unused, List.of(), new Lines(true))
                .isEmpty());
    }
}
