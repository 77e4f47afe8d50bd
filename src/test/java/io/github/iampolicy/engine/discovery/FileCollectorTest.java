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
package io.github.iampolicy.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {

    @TempDir
    Path base;

    Path resources;
    private final FileCollector collector = new FileCollector();

    @BeforeEach
    void project() throws IOException {
        resources = base.resolve("src/main/resources");
        for (String f : List.of(
                "b.json",
                "a.yaml",
                "c.yml",
                "d.template",
                "infra/main.tf.json",
                "notes.txt",
                "policy.json.bak",
                "nested/deep/x.json",
                ".git/config.json")) {
            touch(resources.resolve(f));
        }
    }

    private static void touch(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, "{}");
    }

    private List<String> collect(List<Path> roots, List<String> includes, List<String> excludes) {
        return collector.collect(roots, base, includes, excludes).stream()
                .map(SourceFile::relativePath)
                .toList();
    }

    private static void symlink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            Assumptions.abort("symbolic links not supported here: " + e);
        }
    }

    @Test
    void defaultIncludesSortedWithSlashes() {
        assertEquals(
                List.of(
                        "src/main/resources/a.yaml",
                        "src/main/resources/b.json",
                        "src/main/resources/c.yml",
                        "src/main/resources/d.template",
                        "src/main/resources/infra/main.tf.json",
                        "src/main/resources/nested/deep/x.json"),
                collect(List.of(resources), null, null));
        assertTrue(FileCollector.DEFAULT_INCLUDES.contains("**/*.tf.json"));
        assertTrue(FileCollector.DEFAULT_INCLUDES.contains("**/*.tf"));
    }

    @Test
    void terraformHclFilesAreDefaultCandidates() throws IOException {
        touch(resources.resolve("infra/iam.tf"));
        touch(resources.resolve("infra/iam.tf.bak"));
        assertTrue(collect(List.of(resources), null, null).contains("src/main/resources/infra/iam.tf"));
        assertFalse(collect(List.of(resources), null, null).contains("src/main/resources/infra/iam.tf.bak"));
    }

    @Test
    void terraformWorkingDirectoriesAreNeverScanned() throws IOException {
        touch(resources.resolve("infra/.terraform/modules/iam/main.tf"));
        touch(resources.resolve("infra/.terraform/modules/iam/policy.json"));
        touch(resources.resolve("infra/terraform/main.tf"));
        List<String> found = collect(List.of(resources), null, List.of("**/*.bak"));
        assertTrue(found.contains("src/main/resources/infra/terraform/main.tf"), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains(".terraform/")), found.toString());
    }

    @Test
    void sourceFilesCarryAbsoluteNormalizedPaths() {
        SourceFile first = collector
                .collect(List.of(resources.resolve("../resources")), base, null, null)
                .get(0);
        assertEquals(resources.resolve("a.yaml").toAbsolutePath().normalize(), first.path());
    }

    @Test
    void excludesApplyAfterIncludes() {
        assertEquals(
                List.of("src/main/resources/b.json", "src/main/resources/infra/main.tf.json"),
                collect(List.of(resources), List.of("**/*.json"), List.of("nested/**")));
    }

    @Test
    void missingRootsAreIgnoredAndRelativeRootsResolveAgainstTheBase() throws IOException {
        touch(base.resolve("infra/extra.yaml"));
        assertEquals(
                List.of("infra/extra.yaml"), collect(List.of(base.resolve("missing"), Path.of("infra")), null, null));
    }

    @Test
    void directoriesNamedLikePoliciesAreSkipped() throws IOException {
        Files.createDirectories(resources.resolve("folder.json"));
        touch(resources.resolve("folder.json/inner.json"));
        List<String> files = collect(List.of(resources), List.of("*.json", "**/*.json"), null);
        assertTrue(files.contains("src/main/resources/folder.json/inner.json"));
        assertTrue(!files.contains("src/main/resources/folder.json"), files.toString());
    }

    @Test
    void overlappingRootsAreDeduplicated() {
        List<String> files = collect(List.of(resources, resources, resources.resolve("nested")), null, null);
        assertEquals(files.stream().distinct().toList(), files);
        assertEquals(6, files.size());
    }

    @Test
    void fileOutsideTheBaseKeepsAnAbsolutePath(@TempDir Path elsewhere) throws IOException {
        touch(elsewhere.resolve("p.json"));
        String shown = collect(List.of(elsewhere), null, null).get(0);
        assertEquals(
                elsewhere
                        .resolve("p.json")
                        .toAbsolutePath()
                        .normalize()
                        .toString()
                        .replace('\\', '/'),
                shown);
        assertTrue(shown.endsWith("/p.json"));
    }

    @Test
    void linksOutOfTheRootAreNotFollowed(@TempDir Path outside) throws IOException {
        touch(outside.resolve("secret.json"));
        touch(outside.resolve("dir/other.json"));
        symlink(resources.resolve("linked.json"), outside.resolve("secret.json"));
        symlink(resources.resolve("linkdir"), outside.resolve("dir"));
        List<String> files = collect(List.of(resources), null, null);
        assertTrue(files.stream().noneMatch(f -> f.contains("linked") || f.contains("linkdir")), files.toString());
    }

    @Test
    void linkToAFileInsideTheRootIsOneFile() throws IOException {
        symlink(resources.resolve("alias.json"), resources.resolve("b.json"));
        List<String> files = collect(List.of(resources), null, null);
        assertTrue(files.contains("src/main/resources/b.json"));
        assertTrue(!files.contains("src/main/resources/alias.json"), files.toString());
    }

    @Test
    void symlinkLoopsDoNotHang() throws IOException {
        symlink(resources.resolve("nested/deep/loop"), resources);
        symlink(resources.resolve("self"), resources.resolve("self"));
        List<String> files =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> collect(List.of(resources), null, null));
        assertEquals(6, files.size(), files.toString());
    }

    @Test
    void aRootThatIsALinkIsScanned() throws IOException {
        Path link = base.resolve("res-link");
        symlink(link, resources);
        List<String> files = collect(List.of(link), null, null);
        assertEquals(6, files.size());
        assertTrue(files.contains("res-link/b.json"), files.toString());
    }
}
