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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format's stream against its batch rendering, on results the corpus does not reach. */
class ReportStreamTest {

    @TempDir
    Path dir;

    private static final ReportContext CONTEXT = new ReportContext(
            ToolInfo.plugin("1.0.0", ToolInfo.DEFAULT_RULES_DOCUMENTATION_URL), "svc/", "iam-policy/svc/", Map.of());

    /**
     * {@code files} files of {@code perFile} findings each, severities and states mixed; a file in ten has
     * only a finding and no policy (as one that does not parse), one in nine a policy and no finding.
     */
    private static ScanResult result(int files, int perFile, List<RuleInfo> rules) {
        List<Finding> findings = new ArrayList<>();
        List<ScanResult.PolicySummary> policies = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int i = 0; i < files; i++) {
            String file = String.format("p/f%05d.json", i);
            if (i % 10 != 3) {
                policies.add(new ScanResult.PolicySummary(file, "", "identity"));
            }
            if (i % 9 == 4) {
                continue;
            }
            for (int k = 0; k < perFile; k++) {
                RuleInfo rule = rules.get((i + k) % rules.size());
                Finding f = ReportFixtures.finding(
                        rule, severities[(i * 7 + k) % 3], file, k + 1, 3, "", "S" + k, "message " + k, "s" + k);
                if ((i + k) % 11 == 0) {
                    f = f.withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "ok", "config"));
                } else if ((i + k) % 13 == 0) {
                    f = f.withBaselineState(BaselineState.UNCHANGED);
                } else if ((i + k) % 17 == 0) {
                    f = f.withBaselineState(BaselineState.NEW);
                }
                findings.add(f);
            }
        }
        findings.sort(Finding.ORDER);
        return new ScanResult("2026-05-10", files + 2, policies, findings, rules);
    }

    private byte[] streamed(ReportWriter w, ScanResult r, List<String> notices) throws IOException {
        Path out = dir.resolve(w.format()).resolve(w.fileName());
        try (ReportStream s = w.stream(out, CONTEXT)) {
            int p = 0;
            int f = 0;
            while (p < r.policies().size() || f < r.findings().size()) {
                String file = next(r, p, f);
                List<ScanResult.PolicySummary> policies = new ArrayList<>();
                for (; p < r.policies().size() && r.policies().get(p).file().equals(file); p++) {
                    policies.add(r.policies().get(p));
                }
                List<Finding> findings = new ArrayList<>();
                for (; f < r.findings().size() && r.findings().get(f).file().equals(file); f++) {
                    findings.add(r.findings().get(f));
                }
                s.file(findings, policies);
            }
            notices.addAll(s.finish(CheckTally.of(r, null, 0)));
        }
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(out), left.toList(), "the report and nothing else is left");
        }
        return Files.readAllBytes(out);
    }

    /** The digest the old batch writers' report of a fixture had (test resource {@code report-digests.txt}). */
    private static String golden(String name) throws IOException {
        try (InputStream in = ReportStreamTest.class.getResourceAsStream("report-digests.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.startsWith(name + " "))
                    .map(l -> l.substring(name.length() + 1))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no digest for " + name));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next file in path order. */
    private static String next(ScanResult r, int p, int f) {
        String a = p < r.policies().size() ? r.policies().get(p).file() : null;
        String b = f < r.findings().size() ? r.findings().get(f).file() : null;
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    @Test
    void overGitHubsLimitTheSarifStreamKeepsWhatTheBatchKeeps() throws IOException {
        ScanResult r = result(600, 50, ReportFixtures.RULES.subList(1, ReportFixtures.RULES.size()));
        assertTrue(
                r.findings().size() > SarifReportWriter.MAX_RESULTS,
                () -> r.findings().size() + " findings");
        SarifReportWriter sarif = new SarifReportWriter();
        List<String> notices = new ArrayList<>();
        byte[] streamed = streamed(sarif, r, notices);
        assertEquals(golden("sarif big"), sha256(streamed), "the bytes the batch writer wrote");
        assertArrayEquals(sarif.render(r, CONTEXT), streamed);
        assertEquals(sarif.notices(r, CONTEXT), notices);
        assertEquals(1, notices.size(), "the limit warning");
    }

    @Test
    void everyFormatStreamsAsItRenders() throws IOException {
        // the first rule is left out of the rules that ran: SARIF lists it after them, as the batch writer does
        ScanResult r = result(60, 7, ReportFixtures.RULES.subList(1, ReportFixtures.RULES.size()));
        ScanResult withUnlisted = new ScanResult(
                r.catalogDate(),
                r.filesScanned(),
                r.policies(),
                Stream.concat(
                                r.findings().stream(),
                                Stream.of(ReportFixtures.finding(
                                        ReportFixtures.IAM001,
                                        Severity.ERROR,
                                        "p/f00002.json",
                                        99,
                                        1,
                                        "",
                                        null,
                                        "does not parse",
                                        null)))
                        .sorted(Finding.ORDER)
                        .toList(),
                r.rules());
        Map<String, ScanResult> fixtures = new LinkedHashMap<>();
        fixtures.put("mixed", r);
        fixtures.put("unlisted", withUnlisted);
        fixtures.put("empty", result(0, 0, ReportFixtures.RULES));
        for (ReportWriter w : ReportFormats.BUILT_IN) {
            for (Map.Entry<String, ScanResult> x : fixtures.entrySet()) {
                List<String> notices = new ArrayList<>();
                byte[] streamed = streamed(w, x.getValue(), notices);
                String name = w.format() + " " + x.getKey();
                assertEquals(golden(name), sha256(streamed), () -> name + ": the bytes the batch writer wrote");
                // the batch form feeds the stream itself, grouping the result by file as the check does
                assertArrayEquals(w.render(x.getValue(), CONTEXT), streamed, name);
                assertEquals(w.notices(x.getValue(), CONTEXT), notices);
            }
        }
    }

    @Test
    void filesOutOfOrderAreRefusedAndLeaveNoReport() throws IOException {
        Path out = dir.resolve("iam-policy.sarif");
        Finding b = ReportFixtures.finding(ReportFixtures.IAM201, Severity.ERROR, "b.json", 1, 1, "", null, "m", null);
        Finding a = ReportFixtures.finding(ReportFixtures.IAM201, Severity.ERROR, "a.json", 1, 1, "", null, "m", null);
        try (ReportStream s = new SarifReportWriter().stream(out, CONTEXT)) {
            s.file(List.of(b), List.of());
            assertThrows(IllegalStateException.class, () -> s.file(List.of(a), List.of()));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "an unfinished stream leaves nothing");
        }
    }
}
