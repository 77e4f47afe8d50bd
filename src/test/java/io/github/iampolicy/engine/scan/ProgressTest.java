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
package io.github.iampolicy.engine.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final List<String> lines = new ArrayList<>();
    private final ProgressReporter reporter = new ProgressReporter(lines::add, clock::get, Duration.ofSeconds(5));

    private void advance(double seconds) {
        clock.addAndGet((long) (seconds * 1e9));
    }

    @Test
    void aShortScanPrintsNothing() {
        for (int i = 1; i <= 100; i++) {
            advance(0.04);
            reporter.progress(i, 100, i / 10);
        }
        assertEquals(List.of(), lines);
    }

    @Test
    void aLongScanPrintsALineEveryIntervalWithFilesAndFindings() {
        for (int i = 1; i <= 1000; i++) {
            advance(0.05); // 50 s in all: a line every 5 s, none once the last file is done
            reporter.progress(i, 1000, i / 100);
        }
        assertEquals(9, lines.size(), lines.toString());
        assertEquals("IAM policy check: 100 of 1000 files, 1 finding so far", lines.get(0));
        assertEquals("IAM policy check: 200 of 1000 files, 2 findings so far", lines.get(1));
    }

    @Test
    void aShorterIntervalPrintsMoreLines() {
        ProgressReporter fast = new ProgressReporter(lines::add, clock::get, Duration.ofMillis(100));
        for (int i = 1; i <= 10; i++) {
            advance(0.1);
            fast.progress(i, 10, 0);
        }
        // a line after each of the first nine files; none for the last (the summary says the scan is done)
        assertEquals(9, lines.size(), lines.toString());
        assertEquals("IAM policy check: 1 of 10 files, 0 findings so far", lines.get(0));
    }

    @Test
    void theIntervalIsAWholeNumberWithAUnitOrMilliseconds() throws ParameterException {
        assertEquals(Duration.ofSeconds(5), ProgressReporter.parseInterval("5s"));
        assertEquals(Duration.ofMillis(500), ProgressReporter.parseInterval("500ms"));
        assertEquals(Duration.ofMinutes(2), ProgressReporter.parseInterval(" 2M "));
        assertEquals(Duration.ofMillis(250), ProgressReporter.parseInterval("250"));
        assertEquals(ProgressReporter.DEFAULT_INTERVAL, ProgressReporter.parseInterval(null));
    }

    @Test
    void aBadIntervalIsAClearParameterError() {
        for (String bad : List.of("", "5 hours", "-1s", "1.5s", "0s", "0")) {
            ParameterException e =
                    assertThrows(ParameterException.class, () -> ProgressReporter.parseInterval(bad), bad);
            assertTrue(e.getMessage().startsWith("invalid progressInterval '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void theScannerReportsEveryFileFromEveryThread(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(
                    dir.resolve("p" + i + ".json"),
                    "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\","
                            + " \"Resource\": \"*\"}]}");
        }
        List<int[]> calls = Collections.synchronizedList(new ArrayList<>());
        ScanListener listener = new ScanListener() {
            @Override
            public void debug(String message) {}

            @Override
            public void progress(int filesDone, int filesTotal, int findings) {
                calls.add(new int[] {filesDone, filesTotal, findings});
            }
        };
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 4);
        ScanResult r = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, listener);
        assertEquals(40, calls.size());
        assertTrue(calls.stream().allMatch(c -> c[1] == 40));
        assertEquals(40, calls.stream().mapToInt(c -> c[0]).max().orElse(0));
        assertEquals(
                r.findings().size(), calls.stream().mapToInt(c -> c[2]).max().orElse(0));
        assertTrue(r.findings().size() >= 40);
    }
}
