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
package io.github.iampolicy.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal run again and again in one JVM, as the Maven daemon does: each run is a scan in a session of its
 * own over policies whose texts differ from run to run (so a cache that outlived its session would grow), with
 * a reference policy so that the semantic checker's caches fill too. Retained heap does not grow, and a
 * closed session is empty, stops its threads and is collectable.
 */
class RepeatedSessionsTest {

    private static final int RUNS = 20;
    private static final int POLICIES_PER_RUN = 6;
    /** Tolerance for what the JVM itself retains (JIT, class data, allocation noise). */
    private static final long TOLERANCE = 4L << 20;

    @TempDir
    Path dir;

    @Test
    void retainedHeapDoesNotGrowOverTwentyRuns() throws IOException, InterruptedException {
        PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());
        RuleSettings settings = RuleSettings.DEFAULT.withSemantic(SemanticOptions.DEFAULT.withReference(reference()));
        List<Long> retained = new ArrayList<>();
        int entries = 0;
        for (int run = 0; run < RUNS; run++) {
            Path project = project(run);
            ScanOptions options =
                    new ScanOptions(List.of(project), project, List.of(), List.of(), ParseLimits.DEFAULT, settings, 2);
            try (AnalysisSession session = new AnalysisSession()) {
                ScanResult result = scanner.scan(session, options, ScanListener.NONE);
                assertEquals(POLICIES_PER_RUN, result.policies().size());
                entries = Math.max(entries, session.cachedEntries());
            }
            retained.add(usedHeapAfterGc());
        }
        assertTrue(entries > 50, "the runs fill the session's caches: " + entries);
        long warm = Math.min(retained.get(2), retained.get(3));
        long last = retained.get(RUNS - 1);
        long peak = retained.subList(4, RUNS).stream()
                .mapToLong(Long::longValue)
                .max()
                .orElseThrow();
        String trace = "retained heap per run (KB): "
                + retained.stream().map(b -> String.valueOf(b >> 10)).toList();
        assertTrue(last - warm < TOLERANCE, "the last run keeps more than the third: " + trace);
        assertTrue(peak - warm < 2 * TOLERANCE, "some run keeps more than the third: " + trace);
    }

    @Test
    void aClosedSessionIsEmptyStopsItsThreadsAndIsCollectable() throws IOException, InterruptedException {
        Path project = project(0);
        ScanOptions options = new ScanOptions(
                List.of(project), project, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 2);
        AnalysisSession session = new AnalysisSession();
        new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(session, options, ScanListener.NONE);
        assertTrue(session.cachedEntries() > 0, "the scan memoised in its session");
        assertTrue(scanThreads() > 0, "two threads: a helper ran");
        session.close();
        assertEquals(0, session.cachedEntries());
        assertTrue(session.isClosed());
        for (int i = 0; i < 100 && scanThreads() > 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(0, scanThreads(), "helper threads end with their session");
        WeakReference<AnalysisSession> ref = new WeakReference<>(session);
        session = null;
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ref.get(), "nothing static keeps a session alive");
    }

    /** Policies whose resources and action patterns are new in every run. */
    private Path project(int run) throws IOException {
        Path project = Files.createDirectories(dir.resolve("run" + run));
        for (int i = 0; i < POLICIES_PER_RUN; i++) {
            String tag = "r" + run + "p" + i;
            String policy = """
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Allow", "Action": ["s3:Get%1$s*", "iam:List%1$s*", "iam:GetUser"],
                       "Resource": ["arn:aws:s3:::%1$s/*", "arn:aws:iam::*:user/%1$s/${aws:username}"]}
                    ]}
                    """.formatted(tag);
            Files.writeString(project.resolve(tag + ".json"), policy, StandardCharsets.UTF_8);
        }
        return project;
    }

    private static SemanticOptions.Reference reference() {
        Path file = TestData.resolve("reference/seed-self-manage.json");
        return new SemanticOptions.Reference(
                "seed-self-manage.json",
                new PolicyExtractor()
                        .extract(new SourceFile(file, "seed-self-manage.json"))
                        .policies());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(30);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long scanThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("iam-policy-scan"))
                .count();
    }
}
