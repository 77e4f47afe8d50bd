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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The yardstick of {@code src/bench/maven-bench.sh}: one pass of Jackson's streaming parsers over every file
 * of a directory tree, in a fresh JVM, as cheaply as Jackson reads them. It prints the pass's milliseconds
 * (JVM start excluded, class loading and a cold JIT included, as the plugin's first file pays them too).
 */
public final class ParseOnly {

    private ParseOnly() {}

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        JsonFactory json = new JsonFactory();
        YAMLFactory yaml = new YAMLFactory();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long tokens = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean isYaml = name.endsWith(".yaml") || name.endsWith(".yml");
            byte[] bytes = Files.readAllBytes(f);
            try (JsonParser p = isYaml ? yaml.createParser(bytes) : json.createParser(bytes)) {
                while (p.nextToken() != null) {
                    tokens++;
                }
            } catch (IOException malformed) {
                tokens++; // the corpus holds deliberately broken files; Jackson stops there too
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "%.1f %d %d%n", ms, files.size(), tokens);
    }
}
