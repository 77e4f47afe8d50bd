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
package io.github.iampolicy.engine;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the test data kept in the repository under {@code src/test/resources}: the real-policy corpus
 * ({@code corpus/real}), the reference policies ({@code reference}) and the AWS service definitions and SARIF
 * schema ({@code data}). Missing data is an error, never a reason to skip a test.
 *
 * <p>The data is found as a directory on the test classpath ({@code target/test-classes}); outside Maven (a
 * benchmark started by hand, an IDE without resource copying) it falls back to {@code src/test/resources} under
 * the {@code basedir} system property that surefire sets, or under the working directory.
 */
public final class TestData {

    /** A file every copy of the data has; its location gives the data root. */
    private static final String MARKER = "corpus/real/EXPECTED.tsv";

    private static Path root;

    private TestData() {}

    /** The root directory of the test data. */
    public static synchronized Path dir() {
        if (root == null) {
            root = locate();
        }
        return root;
    }

    /**
     * A file or directory of the test data, e.g. {@code resolve("corpus/real")}.
     *
     * @throws IllegalStateException if it does not exist
     */
    public static Path resolve(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException(
                    "test data " + relative + " not found at " + p + "; it belongs in src/test/resources/" + relative);
        }
        return p;
    }

    private static Path locate() {
        URL url = TestData.class.getResource("/" + MARKER);
        if (url != null && url.getProtocol().equals("file")) {
            try {
                // .../corpus/real/EXPECTED.tsv -> the classpath root that holds it
                return Path.of(url.toURI()).getParent().getParent().getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException("unusable test data location " + url, e);
            }
        }
        Path base = Path.of(System.getProperty("basedir", ""));
        Path sources = base.resolve("src/test/resources").toAbsolutePath().normalize();
        if (Files.isRegularFile(sources.resolve(MARKER))) {
            return sources;
        }
        throw new IllegalStateException("test data not found: neither " + MARKER + " on the test classpath nor "
                + sources.resolve(MARKER) + " exists; the tests need src/test/resources/corpus, reference and data");
    }
}
