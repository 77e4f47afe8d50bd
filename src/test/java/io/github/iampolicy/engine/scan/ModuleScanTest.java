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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module's scan as the goals run it, moved out of the Mojo. */
class ModuleScanTest {

    @TempDir
    Path dir;

    private ScanOptions options(List<String> includes) {
        return new ScanOptions(
                List.of(dir.resolve("src")), dir, includes, List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 1);
    }

    @Test
    void theCdkAssemblyIsScannedWithAListenerOfItsOwn() throws IOException, URISyntaxException {
        Path assembly = Path.of(getClass().getResource("/cdk/cdk.out").toURI());
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(
                dir.resolve("src/p.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\","
                        + " \"Resource\": \"*\"}]}");
        AtomicInteger listeners = new AtomicInteger();
        List<String> warnings = new ArrayList<>();
        ScanResult alone = ModuleScan.run(
                options(List.of()),
                null,
                List.of(),
                () -> {
                    listeners.incrementAndGet();
                    return ScanListener.NONE;
                },
                warnings::add);
        ScanResult both = ModuleScan.run(
                options(List.of()),
                assembly,
                List.of(),
                () -> {
                    listeners.incrementAndGet();
                    return ScanListener.NONE;
                },
                warnings::add);
        assertEquals(3, listeners.get());
        assertEquals(1, alone.filesScanned());
        assertTrue(both.filesScanned() > alone.filesScanned(), () -> both.filesScanned() + " files");
        assertTrue(both.findings().stream().anyMatch(f -> f.file().contains("SelfServiceStack")), both::toString);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aStreamedScanHandsOnTheAssemblyInTheCombinedOrder() throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("/cdk/cdk.out").toURI());
        Path assembly = dir.resolve("cdk.out");
        try (java.util.stream.Stream<Path> files = Files.walk(source)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path copy = assembly.resolve(source.relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
            }
        }
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(
                dir.resolve("src/p.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\","
                        + " \"Resource\": \"*\"}]}");
        ScanResult both = ModuleScan.run(options(List.of()), assembly, List.of(), () -> ScanListener.NONE, w -> {});

        List<Finding> handed = new ArrayList<>();
        List<ScanResult.PolicySummary> policies = new ArrayList<>();
        ScanResult streamed = ModuleScan.stream(
                options(List.of()),
                assembly,
                List.of(),
                new ScanListener() {
                    @Override
                    public void debug(String message) {}

                    @Override
                    public void fileScanned(ScannedFile file) {
                        handed.addAll(file.findings());
                        policies.addAll(file.policies());
                    }
                },
                w -> {});
        // the assembly's files sort before src/: a scan of the module then the assembly would be out of order
        assertTrue(
                both.findings().get(0).file().startsWith("cdk.out/"),
                both.findings().get(0)::toString);
        assertTrue(both.findings().stream().anyMatch(f -> f.message().contains("(CDK construct ")));
        assertEquals(both.findings(), handed);
        assertEquals(
                both.policies().stream()
                        .map(ScanResult.PolicySummary::file)
                        .sorted()
                        .toList(),
                policies.stream().map(ScanResult.PolicySummary::file).toList());
        assertEquals(both.filesScanned(), streamed.filesScanned());
        assertTrue(streamed.findings().isEmpty());
    }

    @Test
    void configurationMistakesAreWarnings() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/p.json"), "{\"Statement\": [{\"Effect\": \"Allow\"}]}");
        List<String> warnings = new ArrayList<>();
        ModuleScan.run(
                options(List.of("**/*.nothing")),
                dir.resolve("no-cdk.out"),
                List.of(dir.resolve("infra")),
                () -> ScanListener.NONE,
                warnings::add);
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("infra"), warnings::toString);
        assertTrue(warnings.get(1).contains("**/*.nothing"), warnings::toString);
    }
}
