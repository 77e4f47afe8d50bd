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
package io.github.iampolicy.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Suppression;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @Test
    void roundTripIsSortedDeduplicatedAndStable(@TempDir Path dir) throws IOException {
        Finding suppressed = TriageTest.KEYS.withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "r", "o"));
        Baseline b = Baseline.of(List.of(TriageTest.PASS, TriageTest.KEYS, TriageTest.PASS, suppressed));
        assertEquals(2, b.entries().size(), "one entry per fingerprint");
        assertEquals("infra/stack.yaml", b.entries().get(0).file(), "sorted by file");
        Path file = dir.resolve("sub/iam-policy-baseline.json");
        b.write(file);
        byte[] first = Files.readAllBytes(file);
        String text = new String(first, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), "LF line ends");
        assertTrue(text.contains("\"fingerprint\": \"" + TriageTest.PASS.fingerprint() + "\""), text);
        Baseline read;
        try (InputStream in = Files.newInputStream(file)) {
            read = Baseline.read("baseline.json", in);
        }
        assertEquals(b, read);
        Baseline.of(List.of(TriageTest.KEYS, TriageTest.PASS)).write(file);
        assertArrayEquals(first, Files.readAllBytes(file), "the same findings give the same bytes");
    }

    @Test
    void suppressedFindingsAreLeftOut() {
        Finding suppressed = TriageTest.KEYS.withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "r", "o"));
        assertEquals(List.of(), Baseline.of(List.of(suppressed)).entries());
    }

    @Test
    void badFilesAreConfigurationErrors() {
        assertTrue(error("{}").getMessage().contains("\"findings\" array"));
        assertTrue(error("{\"version\": 2, \"findings\": []}").getMessage().contains("version"));
        assertTrue(
                error("{\"findings\": [{\"rule\": \"IAM104\"}]}").getMessage().contains("entry 1"));
        assertTrue(error("{").getMessage().contains("not valid JSON"));
    }

    private static SuppressionsException error(String json) {
        return assertThrows(
                SuppressionsException.class,
                () -> Baseline.read("b.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
