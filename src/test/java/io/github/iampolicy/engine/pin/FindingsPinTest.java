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
package io.github.iampolicy.engine.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.ExtractedFile;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pins every finding (rule, severity, file, line, column, policy path, message) the whole engine reports over
 * the policies of the test resources: the reference policies, the real-policy corpus, the discovery, unit and
 * fuzz inputs, with the shipped AWS self-manage example as {@code referencePolicy} so that the semantic rules
 * run too. A refactor that must not change behaviour shows here as a diff of {@code pin/findings.tsv}; a
 * deliberate change regenerates the file with {@code -Diampolicy.pin.update=true} and the diff is reviewed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one scan of the corpus serves every test
class FindingsPinTest {

    private static final String PIN = "pin/findings.tsv";

    private List<Finding> scanned;

    @Test
    void findingsAreThePinnedOnes() throws IOException, URISyntaxException {
        String actual = render(findings());
        if (Boolean.getBoolean("iampolicy.pin.update")) {
            Path source = Path.of(System.getProperty("basedir", "."), "src/test/resources", PIN);
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.readString(TestData.resolve(PIN), StandardCharsets.UTF_8);
        assertTrue(expected.lines().count() > 500, "the pin covers the corpus, not a handful of files");
        assertEquals(
                expected,
                actual,
                "findings differ from " + PIN + "; if intended, regenerate with "
                        + "-Diampolicy.pin.update=true and review the diff");
    }

    /** A source position inside a name ({@code Select.at.20.17}): messages show it, fingerprints hash it. */
    private static final Pattern POSITION = Pattern.compile("\\.at\\.\\d+\\.\\d+");
    /** An unknown value's internal token, private-use characters that only the subject, hashed, may hold. */
    private static final Pattern TOKEN = Pattern.compile("[\\uE000-\\uF8FF]");

    @Test
    void messagesShowNoInternalNamesAndFingerprintsNoPositions() throws URISyntaxException {
        List<Finding> findings = findings();
        assertTrue(findings.size() > 500, "the check covers the corpus");
        List<String> leaks = new ArrayList<>();
        for (Finding f : findings) {
            String where = f.rule().id() + " " + f.file() + ":" + f.location().line() + " ";
            if (POSITION.matcher(f.message()).find()
                    || TOKEN.matcher(f.message()).find()) {
                leaks.add(where + "message " + f.message());
            }
            if (f.subject() != null && POSITION.matcher(f.subject()).find()) {
                leaks.add(where + "subject " + f.subject());
            }
        }
        assertEquals(List.of(), leaks);
    }

    private List<Finding> findings() throws URISyntaxException {
        if (scanned == null) {
            scanned = scan();
        }
        return scanned;
    }

    private static List<Finding> scan() throws URISyntaxException {
        Path root = TestData.dir();
        Path referenceFile = Path.of(FindingsPinTest.class
                .getResource("/iam-policy/aws-self-manage.json")
                .toURI());
        ExtractedFile reference = new PolicyExtractor().extract(new SourceFile(referenceFile, "aws-self-manage.json"));
        RuleSettings settings = RuleSettings.DEFAULT.withSemantic(SemanticOptions.DEFAULT.withReference(
                new SemanticOptions.Reference("classpath:iam-policy/aws-self-manage.json", reference.policies())));
        ScanOptions options = new ScanOptions(List.of(root), root, List.of(), List.of(), ParseLimits.DEFAULT, settings);
        return new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog())
                .scan(options, ScanListener.NONE)
                .findings();
    }

    private static String render(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        lines.add("rule\tseverity\tfile\tline\tcolumn\tpolicyPath\tmessage");
        for (Finding f : findings) {
            lines.add(String.join(
                    "\t",
                    f.rule().id(),
                    f.severity().id(),
                    f.file(),
                    String.valueOf(f.location().line()),
                    String.valueOf(f.location().column()),
                    escape(f.policyPath()),
                    escape(f.message())));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String escape(String s) {
        return s == null
                ? ""
                : s.replace("\\", "\\\\")
                        .replace("\t", "\\t")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r");
    }
}
