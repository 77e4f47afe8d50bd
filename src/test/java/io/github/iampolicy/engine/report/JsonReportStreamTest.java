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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed JSON report is the JSON report, byte for byte, and leaves nothing but the report behind. */
class JsonReportStreamTest {

    private static final ToolInfo TOOL = ToolInfo.plugin("1.2.3");

    @TempDir
    Path dir;

    private byte[] streamed(ScanResult r) throws IOException {
        Path out = dir.resolve("iam-policy.json");
        try (JsonReportStream s = new JsonReportStream(out, TOOL)) {
            for (ScanResult.PolicySummary p : r.policies()) {
                s.policy(p);
            }
            for (Finding f : r.findings()) {
                s.finding(f);
            }
            s.finish(r.catalogDate(), r.filesScanned());
        }
        return Files.readAllBytes(out);
    }

    private static byte[] buffered(ScanResult r) throws IOException {
        return new JsonReportWriter().render(r, ReportContext.of(TOOL));
    }

    @Test
    void sameBytesAsTheBufferedReport() throws IOException {
        for (ScanResult r : List.of(ReportFixtures.sample(), ReportFixtures.empty(), SuppressedReportsTest.marked())) {
            byte[] expected = buffered(r);
            assertArrayEquals(expected, streamed(r), () -> new String(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void controlCharactersInMessagesStayOnOneSpoolLine() throws IOException {
        Finding f = ReportFixtures.keysFinding(3, 4);
        Finding odd = new Finding(
                f.rule(), f.severity(), f.file(), f.location(), "a\nb", "S\u2028", "line\none\r\ttwo", null, null);
        ScanResult r = ReportFixtures.of(List.of(odd, f));
        assertArrayEquals(buffered(r), streamed(r));
    }

    @Test
    void onlyTheReportRemains() throws IOException {
        streamed(ReportFixtures.sample());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("iam-policy.json")), files.toList());
        }
    }
}
