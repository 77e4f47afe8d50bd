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
package io.github.iampolicy.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.hcl.HclReader;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.tree.ParseLimits;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs one input through the whole engine (file discovery, parser, extractor, every rule) and checks what
 * must hold for any input whatsoever:
 * <ul>
 *   <li>no exception escapes, and no rule or reader reports an internal error;</li>
 *   <li>every finding names the file and a position (line and column at least 1);</li>
 *   <li>input that looks like a policy (src/site/markdown/rules/IAM001.md) and does not decode or parse gets IAM001 at
 *       error.</li>
 * </ul>
 * Hangs are caught by the callers' time limits. Small limits keep each run fast.
 */
final class EngineHarness {

    /**
     * The file types, by name. New ones go last: Jazzer picks one by the input's last byte modulo their number,
     * and the saved inputs end in a byte below 4, which keeps naming the type it was found with.
     */
    static final List<String> NAMES =
            List.of("policy.json", "stack.yaml", "main.tf.json", "policy.template", "main.tf");

    static final ParseLimits LIMITS = ParseLimits.DEFAULT
            .withMaxFileBytes(256 * 1024)
            .withMaxDepth(64)
            .withMaxStringLength(64 * 1024)
            .withMaxAliases(20)
            .withMaxDocuments(20)
            .withMaxStatements(200);

    private static final PolicyScanner SCANNER = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());

    private EngineHarness() {}

    /** A fresh directory for one thread's runs. */
    static Path workDir() {
        try {
            return Files.createTempDirectory("iam-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScanResult run(Path dir, String name, byte[] input) {
        try {
            clear(dir);
            Files.write(dir.resolve(name), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScanOptions options = new ScanOptions(List.of(dir), dir, List.of(), List.of(), LIMITS, RuleSettings.DEFAULT);
        ScanResult result = SCANNER.scan(options, ScanListener.NONE);
        check(name, input, result);
        return result;
    }

    static void check(String name, byte[] input, ScanResult result) {
        assertTrue(result.filesScanned() == 1, "the file is a candidate");
        for (Finding f : result.findings()) {
            if (f.rule().id().equals("IAM001")) {
                // the scanner's and the extractor's marks of a defect (never text from the input)
                assertFalse(String.valueOf(f.subject()).startsWith("internal-error:"), f::message);
                assertFalse(String.valueOf(f.subject()).startsWith("internal error while reading"), f::message);
            }
            assertTrue(f.file().equals(name), f::toString);
            assertTrue(f.location().line() >= 1 && f.location().column() >= 1, f::toString);
        }
        if (unparseablePolicyLike(name, input)) {
            assertTrue(
                    result.findings().stream()
                            .anyMatch(f -> f.rule().id().equals("IAM001") && f.severity() == Severity.ERROR),
                    () -> "a policy-looking file that does not parse is IAM001: " + result.findings());
        }
    }

    /** The oracle for the IAM001 invariant, computed independently of the scanner. */
    static boolean unparseablePolicyLike(String name, byte[] input) {
        String text;
        try {
            text = TreeReader.decodeUtf8(input);
        } catch (TreeParseException e) {
            return PolicyExtractor.looksLikePolicy(new String(input, StandardCharsets.UTF_8));
        }
        if (!PolicyExtractor.looksLikePolicy(text)) {
            return false;
        }
        if (name.endsWith(".tf")) {
            try {
                new HclReader(LIMITS).read(text);
                return false;
            } catch (TreeParseException e) {
                return true;
            }
        }
        TreeReader.Syntax syntax = name.endsWith(".json")
                ? TreeReader.Syntax.JSON
                : name.endsWith(".yaml")
                        ? TreeReader.Syntax.YAML
                        : text.stripLeading().startsWith("{") ? TreeReader.Syntax.JSON : TreeReader.Syntax.YAML;
        try {
            new TreeReader(LIMITS).read(text, syntax);
            return false;
        } catch (TreeParseException e) {
            return true;
        }
    }

    static void clear(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String nameFor(int selector) {
        return NAMES.get(Math.floorMod(selector, NAMES.size()));
    }
}
