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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the Maven projects that {@code src/bench/maven-bench.sh} builds: a project whose resources hold
 * {@code count} policy files taken in turn from the corpus. Each copy gets its own file name and its own
 * account numbers, so that no cache keyed by file name or text makes a copy cheaper than a real new file.
 *
 * <p>Usage: {@code BenchProjects <corpus-dir> <project-dir> <count> <plugin-version> [seed-file]}; with a
 * seed file, the project holds that file alone ({@code count} is ignored).
 */
public final class BenchProjects {

    private static final Pattern ACCOUNT = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final int FILES_PER_DIRECTORY = 1_000;

    private BenchProjects() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException(
                    "usage: BenchProjects <corpus-dir> <project-dir> <count> <plugin-version> [seed-file]");
        }
        Path corpus = Path.of(args[0]);
        Path project = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        String version = args[3];
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("pom.xml"), pom(project.getFileName().toString(), version));
        if (args.length > 4) {
            Path seed = Path.of(args[4]);
            Files.copy(seed, resources.resolve(seed.getFileName()));
            return;
        }
        List<Path> sources;
        try (Stream<Path> s = Files.list(corpus)) {
            sources = s.filter(p -> p.getFileName().toString().matches("\\d{3}-.*"))
                    .sorted()
                    .toList();
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no corpus files (NNN-name) in " + corpus);
        }
        for (int k = 0; k < count; k++) {
            Path src = sources.get(k % sources.size());
            Path dir = Files.createDirectories(resources.resolve(String.format("d%03d", k / FILES_PER_DIRECTORY)));
            String text = Files.readString(src, StandardCharsets.ISO_8859_1); // bytes kept as they are
            String account = String.format("%012d", 100_000_000_000L + k);
            text = ACCOUNT.matcher(text).replaceAll(Matcher.quoteReplacement(account));
            Files.writeString(
                    dir.resolve(String.format("f%06d-%s", k, src.getFileName())), text, StandardCharsets.ISO_8859_1);
        }
    }

    private static String pom(String name, String version) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.iampolicy</groupId>
                        <artifactId>iam-policy-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals><goal>check</goal></goals>
                          </execution>
                        </executions>
                        <configuration>
                          <failOnSeverity>none</failOnSeverity>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(name, version);
    }
}
