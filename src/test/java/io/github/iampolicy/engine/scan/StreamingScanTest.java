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
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9, item 5: a streaming scan hands each file's findings on in file order, on several threads, and
 * keeps none of them; what it hands on is what a retaining scan returns.
 */
class StreamingScanTest {

    @TempDir
    Path dir;

    private void generate(int files) throws IOException {
        for (int i = 0; i < files; i++) {
            // names whose directory order differs from their sorted order
            String name = String.format("p/%s/%04d.json", Integer.toString(i % 7), (i * 37) % files);
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(
                    p,
                    "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
                            + " \"iam:CreateAccessKey\", \"Resource\": \"arn:aws:iam::1234567890" + (i % 10)
                            + "2:user/*\"}]}");
        }
    }

    private ScanOptions options() {
        return new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 3);
    }

    /** Counts what it is handed and keeps only the last index and file, to check the order. */
    private static final class Counting implements ScanListener {
        int files;
        long findings;
        int lastIndex = -1;
        String lastFile = "";
        boolean inOrder = true;

        @Override
        public void debug(String message) {}

        @Override
        public void fileScanned(ScannedFile f) {
            inOrder &= f.index() == lastIndex + 1 && f.file().compareTo(lastFile) > 0;
            lastIndex = f.index();
            lastFile = f.file();
            files++;
            findings += f.findings().size();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 400})
    void aStreamingScanKeepsNothingAndHandsOnEveryFileInOrder(int size) throws IOException {
        generate(size);
        PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());
        Counting counting = new Counting();
        ScanResult streamed;
        try (AnalysisSession session = new AnalysisSession()) {
            streamed = scanner.stream(session, options(), counting);
        }
        assertEquals(size, streamed.filesScanned());
        assertEquals(0, streamed.findings().size(), "a streaming scan retains no finding");
        assertEquals(0, streamed.policies().size());
        assertEquals(size, counting.files);
        assertTrue(counting.inOrder, "files are handed on in file order");
        assertTrue(counting.findings >= size, () -> counting.findings + " findings");

        List<Finding> handedOn = new ArrayList<>();
        ScanResult retained;
        try (AnalysisSession session = new AnalysisSession()) {
            retained = scanner.scan(session, options(), new ScanListener() {
                @Override
                public void debug(String message) {}

                @Override
                public void fileScanned(ScannedFile f) {
                    handedOn.addAll(f.findings());
                }
            });
        }
        assertEquals(counting.findings, retained.findings().size());
        assertEquals(retained.findings(), handedOn, "handed on in the order the scan result has");
    }
}
