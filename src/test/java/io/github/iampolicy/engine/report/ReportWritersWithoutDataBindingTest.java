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
package io.github.iampolicy.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check writes its reports with jackson-core's streaming generator alone: a class that names a
 * jackson-databind type in its constant pool could load data binding (some 300 classes) into every build.
 * Only the aggregate, which reads modules' SARIF back, may use it.
 */
class ReportWritersWithoutDataBindingTest {

    private static final String DATABIND = "com/fasterxml/jackson/databind/";

    /** Classes that read JSON back; the check never loads them unless the aggregate is written. */
    private static boolean reader(Path classFile) {
        return classFile.getFileName().toString().startsWith("SarifAggregate");
    }

    private static List<Path> reportClasses() throws IOException, URISyntaxException {
        Path dir = Path.of(SarifReportWriter.class
                        .getResource("SarifReportWriter.class")
                        .toURI())
                .getParent();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static boolean namesDataBinding(Path classFile) throws IOException {
        // class names sit in the constant pool as modified UTF-8, which is plain ASCII for these names
        String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        return text.contains(DATABIND);
    }

    @Test
    void writersNameNoDataBindingClass() throws Exception {
        List<Path> classes = reportClasses();
        assertTrue(classes.stream().anyMatch(p -> p.endsWith("SarifReportStream.class")), "report classes found");
        assertTrue(classes.stream().anyMatch(p -> p.endsWith("JsonReportStream.class")), "report classes found");
        List<String> offenders = classes.stream()
                .filter(p -> !reader(p))
                .filter(p -> {
                    try {
                        return namesDataBinding(p);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(p -> p.getFileName().toString())
                .toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void theSearchFindsDataBindingWhereItIsUsed() throws Exception {
        // the aggregate reads SARIF with data binding: the search must see it, else the test above proves nothing
        Path aggregate = reportClasses().stream()
                .filter(p -> p.endsWith("SarifAggregate.class"))
                .findFirst()
                .orElseThrow();
        assertTrue(namesDataBinding(aggregate));
    }
}
