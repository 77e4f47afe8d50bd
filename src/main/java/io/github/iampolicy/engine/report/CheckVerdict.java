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
import io.github.iampolicy.engine.scan.ParameterException;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.suppress.Baseline;
import io.github.iampolicy.engine.suppress.Triage;
import java.util.List;
import java.util.Optional;

/**
 * What the check goal tells the user once the reports are written: each finding that needs attention at its
 * level, what the baseline and suppressions say, the summary, and whether (and why) the build fails.
 *
 * @param threshold                the lowest severity that fails the build, {@code null} for none
 * @param failIfNoPolicies         whether finding no policy fails the build
 * @param failOnUnusedSuppressions whether a suppression that matches nothing fails the build
 */
public record CheckVerdict(Severity threshold, boolean failIfNoPolicies, boolean failOnUnusedSuppressions) {

    /**
     * Failing findings a failure message lists under {@code -q}, where it is the only place they show: enough to
     * act on, and a message whose size does not grow with the project (the reports hold them all).
     */
    public static final int QUIET_MAX_LISTED = 50;

    /** The threshold {@code failOnSeverity} names: a severity, or {@code none} ({@code null}). */
    public static Severity threshold(String failOnSeverity) throws ParameterException {
        String value = failOnSeverity == null ? "error" : failOnSeverity.trim();
        if (value.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    "invalid failOnSeverity '" + value + "': expected error, warning, note or none");
        }
    }

    /** Whether a finding of {@code result} fails the build. */
    public boolean fails(ScanResult result) {
        return threshold != null
                && result.findings().stream()
                        .anyMatch(f -> f.counts() && f.severity().atLeast(threshold));
    }

    /**
     * Logs the findings, the baseline's fixed entries, the unused suppressions and the summary, and returns
     * the failure message when the build fails.
     *
     * @param reports the reports written, as the summary shows them
     */
    public Optional<String> report(ScanResult result, Triage.Outcome outcome, List<String> reports, ConsoleLog log) {
        CheckTally tally = CheckTally.of(result, threshold, QUIET_MAX_LISTED);
        for (Finding f : result.findings()) {
            show(f, log);
        }
        return conclude(tally, outcome.unused(), outcome.fixed(), reports, log);
    }

    /** A tally that counts findings against this verdict's threshold. */
    public CheckTally tally() {
        return new CheckTally(threshold);
    }

    /**
     * Logs one finding as the check shows it, as soon as it is known. Under -q only errors show, and the
     * failure message lists the failing findings: printing them here too would show each twice, so a failing
     * finding is left to the message (up to {@link #QUIET_MAX_LISTED}). A finding that fails means the build
     * fails, so this needs no look at the other findings.
     */
    public void show(Finding f, ConsoleLog log) {
        boolean failing = threshold != null && f.counts() && f.severity().atLeast(threshold);
        if (!(failing && !log.warnEnabled())) {
            finding(f, log);
        }
    }

    /**
     * After the findings are shown: logs the baseline's fixed entries, the unused suppressions and the summary,
     * and returns the failure message when the build fails.
     *
     * @param tally   the triaged findings, counted by a {@link #tally()} of this verdict
     * @param reports the reports written, as the summary shows them
     */
    public Optional<String> conclude(
            CheckTally tally, List<String> unused, List<Baseline.Entry> fixed, List<String> reports, ConsoleLog log) {
        boolean fails = threshold != null && tally.fails();
        boolean quietFailure = fails && !log.warnEnabled();
        for (Baseline.Entry entry : fixed) {
            log.info("Fixed since the baseline: " + entry.file() + " " + entry.rule() + " (" + entry.fingerprint()
                    + "); remove it from the baseline");
        }
        for (String u : unused) {
            log.warn("Unused suppression: " + u + " matches no finding");
        }
        log.info(ConsoleFormatter.summary(tally, reports));

        if (failIfNoPolicies && tally.policies() == 0) {
            return Optional.of(
                    "No IAM policy found in " + tally.filesScanned() + " files scanned, and failIfNoPolicies is set");
        }
        if (fails) {
            return Optional.of(ConsoleFormatter.failureMessage(
                    tally, quietFailure ? QUIET_MAX_LISTED : ConsoleFormatter.DEFAULT_MAX_LISTED));
        }
        if (failOnUnusedSuppressions && !unused.isEmpty()) {
            return Optional.of(unused.size() + " unused suppression(s) and failOnUnusedSuppressions is set: "
                    + String.join("; ", unused));
        }
        return Optional.empty();
    }

    /** One finding at its level; an accepted one only at debug, since it stays in the reports. */
    static void finding(Finding f, ConsoleLog log) {
        String line = ConsoleFormatter.line(f);
        if (!f.counts()) {
            log.debug(line
                    + (f.suppression() != null
                            ? " [suppressed: " + f.suppression().justification() + "]"
                            : " [baselined]"));
            return;
        }
        switch (ConsoleFormatter.logLevel(f.severity())) {
            case ERROR -> log.error(line);
            case WARN -> log.warn(line);
            case INFO -> log.info(line);
        }
    }
}
