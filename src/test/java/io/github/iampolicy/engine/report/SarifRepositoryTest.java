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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF as code scanning needs it in a repository of several modules, and GitHub's documented limits. */
class SarifRepositoryTest {

    private static final ToolInfo TOOL = ToolInfo.plugin("1.4.0-SNAPSHOT");

    private static ReportContext module(String path) {
        ReportContext c = new ReportContext(TOOL, path, null, Map.of());
        return new ReportContext(TOOL, path, "iam-policy/" + c.modulePath(), Map.of());
    }

    private static JsonNode run(JsonNode sarif) {
        return sarif.get("runs").get(0);
    }

    private static ScanResult oneFinding() {
        return ReportFixtures.of(List.of(ReportFixtures.keysFinding(9, 7)));
    }

    @Test
    void pathsAreFromTheRepositoryRootAndFingerprintsDifferPerModule() {
        JsonNode a = ReportFixtures.sarif(oneFinding(), module("mod-a"));
        JsonNode b = ReportFixtures.sarif(oneFinding(), module("services/mod-b/"));
        assertEquals(List.of(), SarifSchema.errors(a));
        JsonNode ra = run(a).get("results").get(0);
        JsonNode rb = run(b).get("results").get(0);
        String uriA =
                ra.at("/locations/0/physicalLocation/artifactLocation/uri").textValue();
        String uriB =
                rb.at("/locations/0/physicalLocation/artifactLocation/uri").textValue();
        assertEquals("mod-a/" + ReportFixtures.KEYS, uriA);
        assertEquals("services/mod-b/" + ReportFixtures.KEYS, uriB);
        assertEquals(uriA, run(a).at("/artifacts/0/location/uri").textValue());
        String fa = ra.at("/partialFingerprints/" + SarifReportWriter.FINGERPRINT_KEY.replace("/", "~1"))
                .textValue();
        String fb = rb.at("/partialFingerprints/" + SarifReportWriter.FINGERPRINT_KEY.replace("/", "~1"))
                .textValue();
        assertNotEquals(fa, fb);
        assertEquals(ReportFixtures.keysFinding(9, 7).fingerprint("mod-a/" + ReportFixtures.KEYS), fa);
        assertEquals("iam-policy/mod-a/", run(a).at("/automationDetails/id").textValue());
        assertEquals(
                "iam-policy/services/mod-b/", run(b).at("/automationDetails/id").textValue());
    }

    @Test
    void atTheRootNothingChanges() {
        JsonNode sarif = ReportFixtures.sarif(oneFinding(), TOOL);
        JsonNode r = run(sarif).get("results").get(0);
        assertEquals(
                ReportFixtures.KEYS,
                r.at("/locations/0/physicalLocation/artifactLocation/uri").textValue());
        assertEquals(
                ReportFixtures.keysFinding(9, 7).fingerprint(),
                r.at("/partialFingerprints/iamPolicy~1v1").textValue());
        assertFalse(run(sarif).has("automationDetails"));
    }

    @Test
    void driverHasSemanticVersionOnlyForSemverVersions() {
        assertEquals(
                "1.4.0-SNAPSHOT",
                run(ReportFixtures.sarif(oneFinding(), TOOL))
                        .at("/tool/driver/semanticVersion")
                        .textValue());
        assertTrue(run(ReportFixtures.sarif(oneFinding(), ToolInfo.plugin("nightly")))
                .at("/tool/driver/semanticVersion")
                .isMissingNode());
    }

    @Test
    void everyRuleHasHelpUriPrecisionAndRegionsHaveEndLine() {
        JsonNode sarif = ReportFixtures.sarif(ReportFixtures.sample(), TOOL);
        assertEquals(List.of(), SarifSchema.errors(sarif));
        for (JsonNode rule : run(sarif).at("/tool/driver/rules")) {
            assertTrue(rule.get("helpUri")
                    .textValue()
                    .endsWith("/" + rule.get("id").textValue() + ".md"));
            String precision = rule.at("/properties/precision").textValue();
            assertTrue(Set.of("very-high", "high").contains(precision), precision);
        }
        assertEquals("very-high", SarifRules.precision(ReportFixtures.IAM301));
        assertEquals("high", SarifRules.precision(ReportFixtures.IAM201));
        for (JsonNode r : run(sarif).get("results")) {
            JsonNode region = r.at("/locations/0/physicalLocation/region");
            assertEquals(
                    region.get("startLine").intValue(), region.get("endLine").intValue());
        }
    }

    private static JsonNode rule(JsonNode sarif, String id) {
        for (JsonNode rule : run(sarif).at("/tool/driver/rules")) {
            if (rule.get("id").textValue().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void securitySeverityFollowsAConfiguredSeverity() {
        ReportContext raised = new ReportContext(
                TOOL, "", null, Map.of("IAM207", Severity.ERROR, "IAM301", Severity.NOTE, "IAM201", Severity.ERROR));
        JsonNode sarif = ReportFixtures.sarif(ReportFixtures.sample(), raised);
        assertEquals(List.of(), SarifSchema.errors(sarif));
        // IAM207 warning 5.3 raised to error: into GitHub's high band
        assertEquals(
                "error", rule(sarif, "IAM207").at("/defaultConfiguration/level").textValue());
        assertEquals(
                "7.0", rule(sarif, "IAM207").at("/properties/security-severity").textValue());
        // IAM301 error 9.0 lowered to note: low band
        assertEquals(
                "note", rule(sarif, "IAM301").at("/defaultConfiguration/level").textValue());
        assertEquals(
                "3.9", rule(sarif, "IAM301").at("/properties/security-severity").textValue());
        // configured as it was: the rule's own score stays
        assertEquals(
                "8.8", rule(sarif, "IAM201").at("/properties/security-severity").textValue());
        assertEquals(
                "4.0", rule(sarif, "IAM205").at("/properties/security-severity").textValue());
        assertEquals(6.9, SarifRules.inBand(9.5, Severity.WARNING));
        assertEquals(0.1, SarifRules.inBand(0.0, Severity.NOTE));
    }

    private static List<Finding> many(int n, String prefix) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Severity s = i % 10 == 0 ? Severity.ERROR : Severity.NOTE;
            findings.add(ReportFixtures.finding(
                    ReportFixtures.IAM201,
                    s,
                    prefix + "f" + (i / 100) + ".json",
                    i % 100 + 1,
                    1,
                    "",
                    null,
                    "m" + i,
                    "s" + i));
        }
        return findings;
    }

    @Test
    void aRunHoldsAtMostGithubsLimitErrorsFirstAndSaysSo() {
        List<Finding> findings = many(SarifReportWriter.MAX_RESULTS + 500, "");
        findings.set(1, findings.get(1).withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "r", "o")));
        ScanResult r = ReportFixtures.of(findings);
        JsonNode sarif = ReportFixtures.sarif(r, TOOL);
        JsonNode results = run(sarif).get("results");
        assertEquals(SarifReportWriter.MAX_RESULTS, results.size());
        assertEquals(500, run(sarif).at("/properties/resultsOmitted").intValue());
        long errors = 0;
        for (JsonNode x : results) {
            errors += x.get("level").textValue().equals("error") ? 1 : 0;
            assertFalse(x.has("suppressions"), "an accepted finding goes before any that counts");
        }
        assertEquals(
                r.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .count(),
                errors);
        List<String> notices = new SarifReportWriter().notices(r, ReportContext.of(TOOL));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("25000 of 25500"), notices.get(0));
        assertEquals(List.of(), new SarifReportWriter().notices(oneFinding(), ReportContext.of(TOOL)));
    }

    @Test
    void aggregateMergesModulesIntoOneValidRun() {
        JsonNode a = ReportFixtures.sarif(ReportFixtures.sample(), module("mod-a"));
        JsonNode b = ReportFixtures.sarif(oneFinding(), module("mod-b"));
        JsonNode merged = SarifAggregate.merge(List.of(a, b), SarifAggregate.AUTOMATION_ID);
        assertEquals(List.of(), SarifSchema.errors(merged));
        JsonNode run = run(merged);
        assertEquals(1, merged.get("runs").size());
        assertEquals("iam-policy/", run.at("/automationDetails/id").textValue());
        assertEquals(7, run.get("results").size());
        assertEquals(12 + 3, run.at("/properties/filesScanned").intValue());
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode r : run.get("results")) {
            fingerprints.add(r.at("/partialFingerprints/iamPolicy~1v1").textValue());
            JsonNode artifact = r.at("/locations/0/physicalLocation/artifactLocation");
            if (!artifact.isMissingNode()) {
                assertEquals(
                        artifact.get("uri").textValue(),
                        run.at("/artifacts/" + artifact.get("index").intValue() + "/location/uri")
                                .textValue());
            }
            assertEquals(
                    r.get("ruleId").textValue(),
                    run.at("/tool/driver/rules/" + r.get("ruleIndex").intValue() + "/id")
                            .textValue());
        }
        assertEquals(7, fingerprints.size(), "the same file in two modules keeps two alerts");
        Set<String> rules = new HashSet<>();
        run.at("/tool/driver/rules")
                .forEach(x -> assertTrue(rules.add(x.get("id").textValue())));
    }

    @Test
    void contributionsOfThisBuildAccumulateAndAnEarlierBuildIsDropped(@TempDir Path dir) throws IOException {
        Path aggregate = dir.resolve("agg/iam-policy-aggregate.sarif");
        ObjectMapper m = new ObjectMapper();
        SarifAggregate.contribute(aggregate, "old", "1", ReportFixtures.sarif(ReportFixtures.sample(), module("old")));
        SarifAggregate.contribute(aggregate, "mod-a", "2", ReportFixtures.sarif(oneFinding(), module("mod-a")));
        List<String> notices =
                SarifAggregate.contribute(aggregate, "mod-b", "2", ReportFixtures.sarif(oneFinding(), module("mod-b")));
        assertEquals(List.of(), notices);
        JsonNode merged = m.readTree(aggregate.toFile());
        assertEquals(List.of(), SarifSchema.errors(merged));
        List<String> uris = new ArrayList<>();
        run(merged).get("artifacts").forEach(x -> uris.add(x.at("/location/uri").textValue()));
        assertEquals(List.of("mod-a/" + ReportFixtures.KEYS, "mod-b/" + ReportFixtures.KEYS), uris);
        assertEquals(2, run(merged).at("/properties/modules").intValue());
        assertFalse(Files.exists(aggregate.resolveSibling("iam-policy-aggregate.sarif.modules/old.json")));
    }

    @Test
    void concurrentContributionsAllArrive(@TempDir Path dir) throws Exception {
        Path aggregate = dir.resolve("iam-policy-aggregate.sarif");
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            String name = "m" + i;
            Thread t = new Thread(() -> {
                try {
                    SarifAggregate.contribute(aggregate, name, "7", ReportFixtures.sarif(oneFinding(), module(name)));
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
        assertEquals(
                6,
                run(new ObjectMapper().readTree(aggregate.toFile()))
                        .get("results")
                        .size());
    }
}
