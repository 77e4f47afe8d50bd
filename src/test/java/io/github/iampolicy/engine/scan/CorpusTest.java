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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole engine over the 76 real policies of the corpus ({@code src/test/resources/corpus/real}). Every file must get a deliberate
 * outcome: its verdict (fail = some error) and the exact sets of error and warning rule ids are compared
 * with {@code EXPECTED.tsv} (odd files, from the spec's authors) and {@code EXPECTED-EVEN.tsv} (even files,
 * judged by us from the rule pages in src/site/markdown/rules).
 */
class CorpusTest {

    private static ScanResult result;
    private static Path corpus;

    @BeforeAll
    static void scanTheCorpus() {
        corpus = TestData.resolve("corpus/real");
        ScanOptions options = new ScanOptions(
                List.of(corpus), corpus, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        result = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
    }

    @Test
    void scansEveryFileWithoutCrashing() throws IOException {
        long files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d{3}-.*"))
                    .count();
        }
        assertEquals(76, files);
        assertEquals(76, result.filesScanned(), "every corpus file is a candidate");
    }

    @TestFactory
    List<DynamicTest> oddFilesMatchTheSpecAuthorsVerdicts() throws IOException {
        return verdicts(Files.readAllLines(corpus.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8));
    }

    @TestFactory
    List<DynamicTest> evenFilesMatchOurVerdicts() throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/EXPECTED-EVEN.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return verdicts(Arrays.asList(text.split("\n")));
        }
    }

    private static List<DynamicTest> verdicts(List<String> lines) {
        Map<String, String[]> expected = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] f = line.split("\t");
            expected.put(f[0], f);
        }
        List<DynamicTest> tests = new ArrayList<>();
        expected.forEach((file, f) -> tests.add(DynamicTest.dynamicTest(file, () -> {
            List<Finding> findings = result.findings().stream()
                    .filter(x -> x.file().equals(file))
                    .toList();
            Set<String> errors = ids(findings, Severity.ERROR);
            Set<String> warnings = ids(findings, Severity.WARNING);
            String detail = file + "\n"
                    + findings.stream()
                            .map(x -> x.severity().id() + " " + x.rule().id() + " " + x.location() + " " + x.message())
                            .collect(Collectors.joining("\n"));
            assertEquals(f[1].equals("fail"), !errors.isEmpty(), "verdict of " + detail);
            assertEquals(expectedIds(f[2]), errors, "error rules of " + detail);
            assertEquals(expectedIds(f[3]), warnings, "warning rules of " + detail);
        })));
        assertFalse(tests.isEmpty());
        return tests;
    }

    private static Set<String> ids(List<Finding> findings, Severity severity) {
        return findings.stream()
                .filter(x -> x.severity() == severity)
                .map(x -> x.rule().id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expectedIds(String column) {
        Set<String> ids = new TreeSet<>();
        if (!column.equals("-")) {
            Arrays.stream(column.trim().split("\\s+")).forEach(ids::add);
        }
        return ids;
    }

    @Test
    void referencePoliciesHaveNoError() {
        Path reference = TestData.resolve("reference");
        ScanOptions options = new ScanOptions(
                List.of(reference), reference, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        ScanResult r =
                new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
        assertEquals(8, r.policies().size());
        List<Finding> errors = r.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
        assertTrue(errors.isEmpty(), errors.toString());
        Set<String> seedWarnings = r.findings().stream()
                .filter(f -> f.file().equals("seed-self-manage.json"))
                .filter(f -> f.severity() == Severity.WARNING)
                .map(f -> f.rule().id())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(seedWarnings.containsAll(Set.of("IAM005", "IAM006", "IAM007")), seedWarnings.toString());
        long smsActions = r.findings().stream()
                .filter(f -> f.file().equals("seed-self-manage.json"))
                .filter(f -> f.rule().id().equals("IAM005"))
                .filter(f -> f.message().contains("SmsMfaRegistration"))
                .count();
        assertEquals(2, smsActions, "one IAM005 per legacy SMS action");
    }
}
