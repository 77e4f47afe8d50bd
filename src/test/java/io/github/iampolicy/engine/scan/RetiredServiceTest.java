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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wildcard on a service AWS has retired (issue 10: one finding, not two) against one on a prefix AWS never had
 * (spec corpus 025: IAM005 and IAM101). Retired services stay in the Service Authorization Reference, and so in
 * the bundled catalog, as ordinary services: their wildcard is the IAM101 of any service, without IAM005.
 */
class RetiredServiceTest {

    private static List<String> findings(Path dir, String action) throws IOException {
        Files.writeString(
                dir.resolve("p.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"" + action
                        + "\", \"Resource\": \"*\"}]}");
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        return new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog())
                .scan(options, ScanListener.NONE).findings().stream()
                        // other rules may add their own concern (IAM107 for a service with permissions-management
                        // actions): this is about the unknown-action and wildcard pair
                        .filter(f ->
                                f.rule().id().equals("IAM005") || f.rule().id().equals("IAM101"))
                        .map(f -> f.rule().id() + " " + f.severity().id())
                        .toList();
    }

    @ParameterizedTest
    // Alexa for Business, Honeycode, WorkLink, Nimble Studio, RoboMaker, Mobile Hub: all retired, all in the catalog
    @ValueSource(strings = {"a4b", "honeycode", "worklink", "nimble", "robomaker", "mobilehub"})
    void aRetiredServiceWildcardIsOneFinding(String prefix, @TempDir Path dir) throws IOException {
        assertTrue(ActionCatalog.defaultCatalog().hasService(prefix), prefix + " is in the catalog");
        assertEquals(List.of("IAM101 error"), findings(dir, prefix + ":*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-prefix-1", "crowd"})
    void anUnknownPrefixWildcardIsAnUnknownActionAndAWildcard(String prefix, @TempDir Path dir) throws IOException {
        assertTrue(!ActionCatalog.defaultCatalog().hasService(prefix), prefix + " is not in the catalog");
        List<String> f = findings(dir, prefix + ":*");
        assertEquals(
                List.of("IAM005 error", "IAM101 error"), f.stream().sorted().toList(), f.toString());
    }
}
