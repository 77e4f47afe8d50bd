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
import io.github.iampolicy.engine.discovery.ExtractedFile;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same file scanned again and again, with fresh or shared sessions (caches already warm, also from other
 * policies) and one or several threads, gives the same findings: a reported counterexample must not depend on
 * which check happened to fill a cache first.
 */
class DeterministicFindingsTest {

    private static final String FILE = "discovery/templates/condition-defaults.yaml";
    private static final List<String> WARMERS = List.of("discovery/templates", "iam-policy", FILE);

    @Test
    void sameFindingsWhateverTheSessionAndThreads() throws Exception {
        PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());
        Path root = TestData.dir();
        String expected = render(scanner.scan(options(root, List.of(FILE), 1), ScanListener.NONE));
        assertFalse(expected.isEmpty());
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int threads : new int[] {1, 4}) {
                seen.add(render(scanner.scan(options(root, List.of(FILE), threads), ScanListener.NONE)));
                try (AnalysisSession shared = new AnalysisSession()) {
                    // warm the caches with other policies first, in the order the whole-corpus scan meets them
                    for (String warm : WARMERS) {
                        scanner.scan(
                                shared,
                                options(root, List.of(warm + (warm.endsWith(".yaml") ? "" : "/**")), threads),
                                ScanListener.NONE);
                    }
                    seen.add(render(scanner.scan(shared, options(root, List.of(FILE), threads), ScanListener.NONE)));
                    seen.add(render(scanner.scan(shared, options(root, List.of(FILE), threads), ScanListener.NONE)));
                }
            }
        }
        for (String s : seen) {
            assertEquals(expected, s);
        }
    }

    private static ScanOptions options(Path root, List<String> includes, int threads) throws Exception {
        Path referenceFile = Path.of(DeterministicFindingsTest.class
                .getResource("/iam-policy/aws-self-manage.json")
                .toURI());
        ExtractedFile reference = new PolicyExtractor().extract(new SourceFile(referenceFile, "aws-self-manage.json"));
        RuleSettings settings = RuleSettings.DEFAULT.withSemantic(SemanticOptions.DEFAULT.withReference(
                new SemanticOptions.Reference("classpath:iam-policy/aws-self-manage.json", reference.policies())));
        return new ScanOptions(List.of(root), root, includes, List.of(), ParseLimits.DEFAULT, settings, threads);
    }

    private static String render(ScanResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.findings()) {
            if (f.file().endsWith("condition-defaults.yaml")) {
                out.append(f.rule().id())
                        .append(' ')
                        .append(f.location().line())
                        .append(':')
                        .append(f.location().column())
                        .append(' ')
                        .append(f.message())
                        .append('\n');
            }
        }
        return out.toString();
    }
}
