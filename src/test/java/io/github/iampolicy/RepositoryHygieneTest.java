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
package io.github.iampolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone is the whole project: nothing the build, the tests or the sources use may live beside the
 * repository. The project's data once sat in a sibling folder; no file may point there again.
 */
class RepositoryHygieneTest {

    /** Built from pieces so that this file does not contain what it looks for. */
    private static final List<String> NEEDLES = List.of(".." + "/shared", "iampolicy" + ".shared");

    private static Path basedir() {
        Path base = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(base.resolve("pom.xml")), "no pom.xml in the project basedir " + base);
        return base;
    }

    @Test
    void nothingPointsToTheSiblingDataFolder() throws IOException {
        Path base = basedir();
        List<Path> files = new ArrayList<>();
        files.add(base.resolve("pom.xml"));
        for (String dir : List.of("src", ".ci")) {
            Path root = base.resolve(dir);
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        assertTrue(files.size() > 100, "too few files found under " + base + ": " + files.size());
        List<String> offenders = new ArrayList<>();
        for (Path f : files) {
            // ISO-8859-1 maps every byte to one char: binary files and any encoding can be searched alike
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String needle : NEEDLES) {
                if (text.contains(needle)) {
                    offenders.add(base.relativize(f) + " contains " + needle);
                }
            }
        }
        assertEquals(List.of(), offenders, "files that name data outside the repository");
    }
}
