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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole scan result fed to a {@link ReportStream}, so the goals that hold a result (report, aggregate,
 * baseline, explain) write their reports by the code the streaming check uses, and the two cannot differ.
 */
final class ReportFeed {

    private ReportFeed() {}

    /** Streams {@code result} into {@code w}'s report at {@code out}: file by file, in path order. */
    static List<String> feed(ReportWriter w, ScanResult result, ReportContext context, Path out) throws IOException {
        // a file's policies and findings keep the result's order within the file
        Map<String, List<ScanResult.PolicySummary>> policies =
                new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        Map<String, List<Finding>> findings = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        for (ScanResult.PolicySummary p : result.policies()) {
            policies.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
            findings.computeIfAbsent(p.file(), k -> new ArrayList<>());
        }
        for (Finding f : result.findings()) {
            findings.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        try (ReportStream s = w.stream(out, context)) {
            for (Map.Entry<String, List<Finding>> e : findings.entrySet()) {
                s.file(e.getValue(), policies.getOrDefault(e.getKey(), List.of()));
            }
            return s.finish(CheckTally.of(result, null, 0));
        }
    }

    /** The bytes of {@code w}'s report of {@code result}, written through a temporary directory. */
    static byte[] render(ReportWriter w, ScanResult result, ReportContext context) throws IOException {
        Path dir = Files.createTempDirectory("iam-policy-report");
        Path out = dir.resolve(w.fileName());
        try {
            feed(w, result, context, out);
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
    }
}
