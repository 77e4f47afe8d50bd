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
package io.github.iampolicy.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the whole check against the time Jackson alone needs to read the same files (the project's
 * performance bar: at most twice as long). Not a test: run it with {@code ./mvnw -Pbenchmark verify}, or
 * directly with the test classpath; it writes {@code target/benchmarks/scan.txt}.
 *
 * <p>Input: every file of the real-policy corpus ({@code src/test/resources/corpus/real}), copied {@code copies} times into a temporary project
 * (JSON, CloudFormation YAML and Terraform JSON alike).
 */
public final class ScanBenchmark {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private ScanBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path corpus = TestData.resolve("corpus/real");
        int copies = Integer.getInteger("bench.copies", 20);
        int rounds = Integer.getInteger("bench.rounds", 7);
        Path out = Path.of(System.getProperty("bench.out", "target/benchmarks/scan.txt"));

        Path project = Files.createTempDirectory("iam-policy-bench");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus)) {
            List<Path> sources = s.filter(p -> p.getFileName().toString().matches("\\d{3}-.*"))
                    .sorted()
                    .toList();
            for (int c = 0; c < copies; c++) {
                Path dir = Files.createDirectories(project.resolve("copy" + c));
                for (Path src : sources) {
                    files.add(Files.copy(src, dir.resolve(src.getFileName())));
                }
            }
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }

        ScanOptions options = new ScanOptions(
                List.of(project), project, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        ScanOptions oneThread = new ScanOptions(
                List.of(project), project, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 1);
        long catalogStart = System.nanoTime();
        PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());
        double catalogMs = (System.nanoTime() - catalogStart) / 1e6;

        double[] jackson = new double[rounds];
        double[] scan = new double[rounds];
        double[] sequential = new double[rounds];
        int policies = 0;
        // the first rounds warm both paths up; rounds alternate so that machine noise hits both alike
        for (int r = -3; r < rounds; r++) {
            long t0 = System.nanoTime();
            long tokens = jacksonOnly(files);
            long t1 = System.nanoTime();
            ScanResult result = scanner.scan(options, ScanListener.NONE);
            long t2 = System.nanoTime();
            ScanResult one = scanner.scan(oneThread, ScanListener.NONE);
            long t3 = System.nanoTime();
            if (tokens == 0
                    || result.filesScanned() != files.size()
                    || !one.findings().equals(result.findings())) {
                throw new IllegalStateException("benchmark input was not read, or threads changed the findings");
            }
            policies = result.policies().size();
            if (r >= 0) {
                jackson[r] = (t1 - t0) / 1e6;
                scan[r] = (t2 - t1) / 1e6;
                sequential[r] = (t3 - t2) / 1e6;
            }
        }
        Arrays.sort(jackson);
        Arrays.sort(scan);
        Arrays.sort(sequential);
        double jm = jackson[rounds / 2];
        double sm = scan[rounds / 2];
        double qm = sequential[rounds / 2];
        String report = String.format(
                java.util.Locale.ROOT,
                "scan benchmark (%s, %d cores, Java %s)%n"
                        + "input: %d files, %.1f MB, %d policies (%d corpus copies)%n"
                        + "catalog load (once per JVM): %.1f ms%n"
                        + "Jackson streaming parse only: median %.1f ms (min %.1f, max %.1f) over %d rounds%n"
                        + "iam-policy check (discover, parse with locations, extract, all rules), %d threads: "
                        + "median %.1f ms (min %.1f, max %.1f)%n"
                        + "iam-policy check, 1 thread: median %.1f ms (min %.1f, max %.1f)%n"
                        + "ratio check/Jackson: %.2f (bar: <= 2.00); 1 thread: %.2f%n"
                        + "per file: %.3f ms (1 thread: %.3f ms)%n",
                java.time.LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                files.size(),
                bytes / 1e6,
                policies,
                copies,
                catalogMs,
                jm,
                jackson[0],
                jackson[rounds - 1],
                rounds,
                options.effectiveThreads(),
                sm,
                scan[0],
                scan[rounds - 1],
                qm,
                sequential[0],
                sequential[rounds - 1],
                sm / jm,
                qm / jm,
                sm / files.size(),
                qm / files.size());
        System.out.print(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        deleteTree(project);
    }

    /** Reads every file and every token with Jackson's streaming parsers, as cheaply as Jackson can. */
    private static long jacksonOnly(List<Path> files) {
        long tokens = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
            try {
                byte[] bytes = Files.readAllBytes(f);
                try (JsonParser p = yaml ? YAML.createParser(bytes) : JSON.createParser(bytes)) {
                    while (p.nextToken() != null) {
                        tokens++;
                    }
                } catch (IOException malformed) {
                    tokens++; // the corpus holds deliberately broken files; Jackson stops there too
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tokens;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
