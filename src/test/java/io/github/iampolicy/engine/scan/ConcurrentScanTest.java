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
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A parallel Maven build ({@code -T 4}) runs the check of several modules at once in one JVM: the shared
 * catalog, rule instances and scanner must give every thread exactly the single-threaded result.
 */
class ConcurrentScanTest {

    @Test
    @Timeout(120)
    void scanningTheCorpusFromSeveralThreadsGivesIdenticalResults() throws Exception {
        Path corpus = TestData.resolve("corpus/real");
        Path reference = TestData.resolve("reference");
        PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());
        List<Path> roots = List.of(corpus, reference);
        ScanResult single = scanner.scan(options(roots, corpus, 1), ScanListener.NONE);
        assertFalse(single.findings().isEmpty());

        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ScanResult>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                // half the threads share the scanner, half build their own, as separate mojo executions do
                boolean shared = i % 2 == 0;
                int own = 1 + i % 3;
                futures.add(pool.submit(() -> {
                    start.await();
                    PolicyScanner s =
                            shared ? scanner : new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());
                    // and each checks its files on several threads of its own
                    return s.scan(options(roots, corpus, own), ScanListener.NONE);
                }));
            }
            start.countDown();
            for (Future<ScanResult> f : futures) {
                ScanResult r = f.get();
                assertEquals(single.findings(), r.findings());
                assertEquals(single.policies(), r.policies());
                assertEquals(single.filesScanned(), r.filesScanned());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(120)
    void theNumberOfScanThreadsChangesNeitherFindingsNorTheOrderOfMessages() {
        Path corpus = TestData.resolve("corpus/real");
        PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());
        List<String> sequentialLog = new ArrayList<>();
        ScanResult sequential = scanner.scan(options(List.of(corpus), corpus, 1), sequentialLog::add);
        for (int threads : new int[] {0, 2, 5}) {
            List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
            ScanResult parallel = scanner.scan(options(List.of(corpus), corpus, threads), log::add);
            assertEquals(sequential.findings(), parallel.findings(), "threads=" + threads);
            assertEquals(sequential.policies(), parallel.policies(), "threads=" + threads);
            assertEquals(sequentialLog, log, "threads=" + threads);
        }
        assertEquals(
                sequential.filesScanned(),
                sequentialLog.stream().filter(m -> m.startsWith("scanned ")).count());
    }

    @Test
    void aNegativeThreadCountIsRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> options(List.of(), Path.of("."), -1));
    }

    private static ScanOptions options(List<Path> roots, Path base, int threads) {
        return new ScanOptions(roots, base, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, threads);
    }
}
