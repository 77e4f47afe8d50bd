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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 7 of issue 9: a Terraform plan over {@code maxFileSize} is read streaming within {@code maxPlanFileSize}. */
class PlanStreamingTest {

    private static final ParseLimits SMALL = ParseLimits.DEFAULT.withMaxFileBytes(1024);

    @TempDir
    Path dir;

    private ScanResult scan(ParseLimits limits, long maxPlanBytes) {
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), limits, RuleSettings.DEFAULT, 1, maxPlanBytes);
        return new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
    }

    private String fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/discovery/tf/plan.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The plan with a large section no policy lives in, as {@code prior_state} is in real plans. */
    private static String padded(String plan, int bytes) {
        int end = plan.lastIndexOf('}');
        return plan.substring(0, end) + ", \"prior_state\": {\"values\": \"" + "x".repeat(bytes) + "\"}}\n";
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> described(ScanResult r) {
        return r.findings().stream()
                .map(f -> f.rule().id() + " " + f.severity() + " " + f.file() + f.location() + " " + f.policyPath()
                        + " " + f.message())
                .toList();
    }

    @Test
    void aPlanOverMaxFileSizeIsCheckedAsIfItWereRead() throws IOException {
        String plan = padded(fixture(), 4096);
        write("plan.json", plan);
        List<String> read = described(scan(ParseLimits.DEFAULT, PolicyExtractorLimits.PLAN));
        List<String> streamed = described(scan(SMALL, PolicyExtractorLimits.PLAN));
        assertTrue(Files.size(dir.resolve("plan.json")) > SMALL.maxFileBytes());
        assertFalse(read.isEmpty(), "the fixture has findings");
        assertTrue(read.stream().noneMatch(f -> f.startsWith("IAM001")), read::toString);
        assertEquals(read, streamed);
    }

    @Test
    void aPlanOverMaxPlanFileSizeIsAnErrorNamingTheParameter() throws IOException {
        write("plan.json", padded(fixture(), 4096));
        ScanResult r = scan(SMALL, 2048);
        assertEquals(1, r.findings().size(), described(r)::toString);
        Finding f = r.findings().get(0);
        assertEquals("IAM001", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("more than the limit of 2048 (maxPlanFileSize)"), f.message());
    }

    @Test
    void aBrokenStreamedPlanIsALocatedError() throws IOException {
        String plan = padded(fixture(), 4096);
        write("plan.json", plan.substring(0, plan.length() - 3) + ",}");
        ScanResult r = scan(SMALL, PolicyExtractorLimits.PLAN);
        List<Finding> errors = r.findings().stream()
                .filter(f -> f.rule().id().equals("IAM001"))
                .toList();
        assertEquals(1, errors.size(), described(r)::toString);
        assertEquals(Severity.ERROR, errors.get(0).severity());
        assertTrue(errors.get(0).location().line() > 1, errors.get(0).location()::toString);
    }

    @Test
    void anOversizedFileThatIsNoPlanKeepsTheFileLimit() throws IOException {
        // resource_changes alone, without format_version, is no plan: the usual oversize rule applies
        write("fake.json", "{\"resource_changes\": [], \"x\": \"" + "y".repeat(4096) + "\"}");
        ScanResult r = scan(SMALL, PolicyExtractorLimits.PLAN);
        assertEquals(1, r.findings().size(), described(r)::toString);
        assertTrue(
                r.findings().get(0).message().contains("(maxFileSize)"),
                r.findings().get(0).message());
    }

    @Test
    void engineMarksInAStreamedPlanAreNoUnknownValues() throws IOException {
        // a literal written with the engine's private marks must not pass for an unknown value and dodge IAM rules
        String marked = "\\\\ue001x\\\\ue002";
        String plan = "{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"aws_iam_policy.p\","
                + " \"mode\": \"managed\", \"type\": \"aws_iam_policy\", \"change\": {\"after\": {\"policy\":"
                + " \"{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"*\\\",\\\"Resource\\\":"
                + "\\\"*" + marked + "\\\"}]}\"}}}], \"pad\": \"" + "z".repeat(4096) + "\"}";
        write("plan.json", plan);
        List<String> streamed = described(scan(SMALL, PolicyExtractorLimits.PLAN));
        List<String> read = described(scan(ParseLimits.DEFAULT, PolicyExtractorLimits.PLAN));
        assertFalse(read.isEmpty());
        assertEquals(read, streamed);
    }

    /** The default plan limit, named once. */
    private static final class PolicyExtractorLimits {
        static final long PLAN = io.github.iampolicy.engine.discovery.PolicyExtractor.DEFAULT_PLAN_BYTES;
    }
}
