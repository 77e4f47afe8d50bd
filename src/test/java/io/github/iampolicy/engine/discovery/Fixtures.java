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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test fixtures under {@code src/test/resources/discovery} and helpers to inspect what was extracted. */
final class Fixtures {

    static final PolicyExtractor EXTRACTOR = new PolicyExtractor();

    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/discovery/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedFile extract(String name) {
        return EXTRACTOR.extract(new SourceFile(path(name), name));
    }

    static ExtractedFile extract(Path file) {
        return EXTRACTOR.extract(new SourceFile(file, file.getFileName().toString()));
    }

    /** Extracts a file expected to read without problems. */
    static ExtractedFile clean(String name) {
        ExtractedFile f = extract(name);
        assertEquals(List.of(), f.problems(), name + " problems");
        return f;
    }

    static Policy policy(ExtractedFile f, String policyPath) {
        return f.policies().stream()
                .filter(p -> p.policyPath().equals(policyPath))
                .findFirst()
                .orElseGet(() -> fail("no policy " + policyPath + " in " + paths(f)));
    }

    static List<String> paths(ExtractedFile f) {
        return f.policies().stream().map(Policy::policyPath).collect(Collectors.toList());
    }

    /** Every resource entry of every statement. */
    static List<ScalarNode> resources(Policy p) {
        List<ScalarNode> out = new ArrayList<>();
        Statement.of(p.document()).forEach(s -> out.addAll(s.resourceEntries()));
        return out;
    }

    /** Resource values as people read them (unknown tokens shown as ${hint}). */
    static List<String> resourceTexts(Policy p) {
        return resources(p).stream().map(s -> Values.display(s.value())).collect(Collectors.toList());
    }

    static ScalarNode resource(Policy p, String displayed) {
        return resources(p).stream()
                .filter(s -> Values.display(s.value()).equals(displayed))
                .findFirst()
                .orElseGet(() -> fail("no resource " + displayed + " in " + resourceTexts(p)));
    }

    /**
     * The 1-based line and column of the first occurrence of {@code needle} in {@code text}, counting CR LF, CR
     * and LF as one line end: an oracle for locations that does not use the code under test.
     */
    static Location at(String text, String needle) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, "fixture lacks " + needle);
        assertEquals(-1, text.indexOf(needle, i + 1), "ambiguous needle " + needle);
        int line = 1;
        int col = 1;
        for (int k = 0; k < i; k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (c != '\r' && c != '\uFEFF') {
                col++;
            }
        }
        return new Location(line, col);
    }
}
