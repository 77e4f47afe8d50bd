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

import static io.github.iampolicy.engine.report.ReportFixtures.IAM201;
import static io.github.iampolicy.engine.report.ReportFixtures.IAM205;
import static io.github.iampolicy.engine.report.ReportFixtures.IAM207;
import static io.github.iampolicy.engine.report.ReportFixtures.KEYS;
import static io.github.iampolicy.engine.report.ReportFixtures.MESSAGE;
import static io.github.iampolicy.engine.report.ReportFixtures.finding;
import static io.github.iampolicy.engine.report.ReportFixtures.keysFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.report.ConsoleFormatter.LogLevel;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.text.Values;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleFormatterTest {

    @Test
    void lineIsCompilerStyle() {
        assertEquals(
                "src/main/resources/policies/keys.json:[9,7] IAM201 user-resource-wildcard: "
                        + "Statement \"ManageKeys\" allows iam:CreateAccessKey on arn:aws:iam::123456789012:user/* "
                        + "(every user's access keys). Scope it to arn:aws:iam::*:user/${aws:username}.",
                ConsoleFormatter.line(keysFinding(9, 7)));
    }

    @Test
    void lineUsesTheFindingsOwnPositionAndRule() {
        Finding f = finding(IAM207, Severity.WARNING, "a b/ü.yaml", 120, 33, "P", "S", "msg", "x");
        assertEquals("a b/ü.yaml:[120,33] IAM207 other-users-credential-reads: msg", ConsoleFormatter.line(f));
    }

    @Test
    void lineKeepsOneFindingOnOneLine() {
        Finding f = finding(
                IAM201,
                Severity.ERROR,
                KEYS,
                2,
                3,
                "",
                "S",
                "allows user/x\n[ERROR] forged\r\tand \u0007 \u2028end",
                "x");
        String line = ConsoleFormatter.line(f);
        assertEquals(
                KEYS + ":[2,3] IAM201 user-resource-wildcard: "
                        + "allows user/x\\n[ERROR] forged\\r\\tand \\u0007 \\u2028end",
                line);
        assertFalse(line.chars().anyMatch(c -> c == '\n' || c == '\r'));
    }

    @Test
    void lineShowsUnicodeAsIsAndUnknownValuesAsPlaceholders() {
        Finding f = finding(
                IAM201,
                Severity.ERROR,
                KEYS,
                1,
                1,
                "",
                "S",
                "Statement \"Überprüfung ✓\" allows user/" + Values.unknown("user_name") + " 😀",
                "x");
        assertEquals(
                KEYS + ":[1,1] IAM201 user-resource-wildcard: "
                        + "Statement \"Überprüfung ✓\" allows user/${user_name} 😀",
                ConsoleFormatter.line(f));
    }

    @Test
    void severitiesMapToMavenLogLevels() {
        assertEquals(LogLevel.ERROR, ConsoleFormatter.logLevel(Severity.ERROR));
        assertEquals(LogLevel.WARN, ConsoleFormatter.logLevel(Severity.WARNING));
        assertEquals(LogLevel.INFO, ConsoleFormatter.logLevel(Severity.NOTE));
    }

    @Test
    void summaryCountsEverythingAndNamesTheReports() {
        assertEquals(
                "IAM policy check: 2 errors, 3 warnings, 1 note in 5 policies (12 files scanned, "
                        + "catalog 2026-05-10); reports: target/iam-policy/iam-policy.sarif, "
                        + "target/iam-policy/iam-policy.json",
                ConsoleFormatter.summary(
                        ReportFixtures.sample(),
                        List.of(
                                Path.of("target", "iam-policy", "iam-policy.sarif"),
                                Path.of("target", "iam-policy", "iam-policy.json"))));
    }

    @Test
    void summaryAcceptsStringPaths() {
        assertEquals(
                "IAM policy check: 2 errors, 3 warnings, 1 note in 5 policies (12 files scanned, "
                        + "catalog 2026-05-10); reports: out.sarif",
                ConsoleFormatter.summary(ReportFixtures.sample(), List.of("out.sarif")));
    }

    @Test
    void summaryUsesSingularsAndZeros() {
        ScanResult one = new ScanResult(
                "2026-01-02",
                1,
                List.of(new ScanResult.PolicySummary(KEYS, "", "identity")),
                List.of(keysFinding(9, 7)),
                ReportFixtures.RULES);
        assertEquals(
                "IAM policy check: 1 error, 0 warnings, 0 notes in 1 policy (1 file scanned, " + "catalog 2026-01-02)",
                ConsoleFormatter.summary(one, List.of()));
    }

    @Test
    void summaryOfAnEmptyScan() {
        assertEquals(
                "IAM policy check: 0 errors, 0 warnings, 0 notes in 0 policies (0 files scanned, "
                        + "catalog 2026-05-10); reports: r.json",
                ConsoleFormatter.summary(ReportFixtures.empty(), List.of("r.json")));
    }

    @Test
    void summaryWithoutCatalogDate() {
        ScanResult r = new ScanResult(null, 2, List.of(), List.of(), List.of());
        assertTrue(ConsoleFormatter.summary(r, List.of()).endsWith("(2 files scanned, catalog unknown)"));
    }

    @Test
    void failureMessageAtErrorCountsAndListsOnlyErrors() {
        assertEquals(
                "IAM policy check failed: 2 errors at or above failOnSeverity=error\n"
                        + "  infra/cfn.yaml:[14,9] IAM301 other-user-access: User alice can create access keys for user bob.\n"
                        + "  " + KEYS + ":[9,7] IAM201 user-resource-wildcard: " + MESSAGE,
                ConsoleFormatter.failureMessage(ReportFixtures.sample(), Severity.ERROR));
    }

    @Test
    void failureMessageAtWarningListsMostSevereFirstAndCutsOff() {
        String msg = ConsoleFormatter.failureMessage(ReportFixtures.sample(), Severity.WARNING, 3);
        assertEquals(
                "IAM policy check failed: 2 errors, 3 warnings at or above failOnSeverity=warning\n"
                        + "  infra/cfn.yaml:[14,9] IAM301 other-user-access: User alice can create access keys for user bob.\n"
                        + "  " + KEYS + ":[9,7] IAM201 user-resource-wildcard: " + MESSAGE + "\n"
                        + "  infra/cfn.yaml:[20,11] IAM207 other-users-credential-reads: "
                        + "Statement[1] allows iam:ListAccessKeys on every user.\n"
                        + "  and 2 more",
                msg);
    }

    @Test
    void failureMessageAtNoteCountsAllSeverities() {
        String msg = ConsoleFormatter.failureMessage(ReportFixtures.sample(), Severity.NOTE, 100);
        assertTrue(
                msg.startsWith(
                        "IAM policy check failed: 2 errors, 3 warnings, 1 note at or above " + "failOnSeverity=note\n"),
                msg);
        assertEquals(7, msg.split("\n").length);
        assertTrue(
                msg.endsWith(IAM205.id() + " mfa-not-enforced: The policy allows credential changes without "
                        + "enforcing MFA."),
                msg);
        assertFalse(msg.contains("more"));
    }

    @Test
    void failureMessageListsTenByDefault() {
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            many.add(keysFinding(i, 5));
        }
        String msg = ConsoleFormatter.failureMessage(ReportFixtures.of(many), Severity.ERROR);
        String[] lines = msg.split("\n");
        assertEquals(12, lines.length);
        assertEquals("IAM policy check failed: 13 errors at or above failOnSeverity=error", lines[0]);
        assertEquals("  " + KEYS + ":[10,5] IAM201 user-resource-wildcard: " + MESSAGE, lines[10]);
        assertEquals("  and 3 more", lines[11]);
    }

    @Test
    void failureMessageWithNothingListed() {
        assertEquals(
                "IAM policy check failed: 2 errors at or above failOnSeverity=error\n  and 2 more",
                ConsoleFormatter.failureMessage(ReportFixtures.sample(), Severity.ERROR, 0));
    }
}
