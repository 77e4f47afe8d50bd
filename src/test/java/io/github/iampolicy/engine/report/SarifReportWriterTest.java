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

import static io.github.iampolicy.engine.report.ReportFixtures.IAM201;
import static io.github.iampolicy.engine.report.ReportFixtures.IAM205;
import static io.github.iampolicy.engine.report.ReportFixtures.IAM207;
import static io.github.iampolicy.engine.report.ReportFixtures.KEYS;
import static io.github.iampolicy.engine.report.ReportFixtures.finding;
import static io.github.iampolicy.engine.report.ReportFixtures.keysFinding;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ToolInfo TOOL = ToolInfo.plugin("1.2.3");

    @TempDir
    Path dir;

    private JsonNode writeAndRead(ScanResult r) throws IOException {
        Path out = dir.resolve("target/iam-policy/iam-policy.sarif");
        SarifReportWriter.write(r, out, TOOL);
        return MAPPER.readTree(Files.readString(out, StandardCharsets.UTF_8));
    }

    private static JsonNode run(JsonNode sarif) {
        return sarif.get("runs").get(0);
    }

    // --- schema validity -------------------------------------------------------------------------------

    @Test
    void sampleIsValidSarif() throws IOException {
        JsonNode sarif = writeAndRead(ReportFixtures.sample());
        assertEquals(List.of(), SarifSchema.errors(sarif));
        assertEquals(SarifReportWriter.SCHEMA_URI, sarif.get("$schema").textValue());
        assertEquals("2.1.0", sarif.get("version").textValue());
        assertEquals(1, sarif.get("runs").size());
    }

    @Test
    void emptyResultIsValidSarif() throws IOException {
        JsonNode sarif = writeAndRead(ReportFixtures.empty());
        assertEquals(List.of(), SarifSchema.errors(sarif));
        assertEquals(0, run(sarif).get("results").size());
        assertEquals(0, run(sarif).get("artifacts").size());
        assertEquals(
                ReportFixtures.RULES.size(),
                run(sarif).get("tool").get("driver").get("rules").size());
    }

    @Test
    void oddFileNamesAndUnicodeStayValid() throws IOException {
        Finding f = finding(
                IAM201,
                Severity.ERROR,
                "policies/my policy ü 100%.json",
                3,
                2,
                "Resources.Pölicy.Properties.PolicyDocument",
                "Sïd 😀",
                "Statement \"Sïd 😀\" allows user/* — \"quoted\"\n",
                "user/*");
        Finding colon = finding(IAM207, Severity.WARNING, "c:odd[1]#frag?.json", 1, 1, "", null, "m", "x");
        JsonNode sarif = writeAndRead(ReportFixtures.of(List.of(f, colon)));
        assertEquals(List.of(), SarifSchema.errors(sarif));
        JsonNode results = run(sarif).get("results");
        JsonNode first = results.get(0);
        assertEquals("c%3Aodd%5B1%5D%23frag%3F.json", uri(results.get(0)));
        assertEquals("policies/my%20policy%20%C3%BC%20100%25.json", uri(results.get(1)));
        assertEquals(
                "Statement \"Sïd 😀\" allows user/* — \"quoted\"\n",
                results.get(1).get("message").get("text").textValue());
        assertEquals("m", first.get("message").get("text").textValue());
    }

    @Test
    void validatorRejectsInvalidSarif() throws IOException {
        // Guards the guard: a schema that accepted anything would make the validity tests meaningless.
        ObjectNode sarif = (ObjectNode) writeAndRead(ReportFixtures.sample());
        ((ObjectNode) run(sarif).get("results").get(0)).put("level", "fatal");
        assertFalse(SarifSchema.errors(sarif).isEmpty());
        ObjectNode noDriver = (ObjectNode) writeAndRead(ReportFixtures.sample());
        ((ObjectNode) run(noDriver).get("tool")).remove("driver");
        assertFalse(SarifSchema.errors(noDriver).isEmpty());
        ObjectNode rawSpace = (ObjectNode) writeAndRead(ReportFixtures.sample());
        ((ObjectNode) run(rawSpace).get("artifacts").get(0).get("location")).put("uri", "a b.json");
        assertFalse(SarifSchema.errors(rawSpace).isEmpty(), "an unencoded space is not a URI reference");
    }

    // --- tool and rules --------------------------------------------------------------------------------

    @Test
    void driverDescribesTheTool() throws IOException {
        JsonNode driver = run(writeAndRead(ReportFixtures.sample())).get("tool").get("driver");
        assertEquals("iam-policy-maven-plugin", driver.get("name").textValue());
        assertEquals("1.2.3", driver.get("version").textValue());
        assertEquals(
                ToolInfo.DEFAULT_INFORMATION_URI, driver.get("informationUri").textValue());
    }

    @Test
    void unknownVersionAndUriAreLeftOut() throws IOException {
        Path out = dir.resolve("x.sarif");
        SarifReportWriter.write(ReportFixtures.empty(), out, new ToolInfo("x", null, null));
        JsonNode sarif = MAPPER.readTree(out.toFile());
        JsonNode driver = run(sarif).get("tool").get("driver");
        assertFalse(driver.has("version"));
        assertFalse(driver.has("informationUri"));
        assertEquals(List.of(), SarifSchema.errors(sarif));
    }

    @Test
    void everyRegisteredRuleLinksToItsPage() throws IOException {
        List<RuleInfo> all = RuleRegistry.all().stream().map(Rule::info).toList();
        ScanResult r = new ScanResult("2026-05-10", 0, List.of(), List.of(), all);
        JsonNode sarif = writeAndRead(r);
        assertEquals(List.of(), SarifSchema.errors(sarif));
        JsonNode rules = run(sarif).get("tool").get("driver").get("rules");
        assertEquals(all.size(), rules.size());
        for (int i = 0; i < all.size(); i++) {
            String id = all.get(i).id();
            assertEquals(id, rules.get(i).get("id").textValue());
            assertEquals(
                    "https://github.com/iampolicy/iam-policy-maven-plugin/blob/main/src/site/markdown/rules/" + id
                            + ".md",
                    rules.get(i).get("helpUri").textValue(),
                    id);
        }
    }

    @Test
    void helpUriFollowsTheConfiguredBaseUrl() throws IOException {
        Path out = dir.resolve("docs.sarif");
        SarifReportWriter.write(
                ReportFixtures.sample(), out, ToolInfo.plugin("1.2.3", "https://docs.example.com/iam-policy/1.2.3"));
        JsonNode sarif = MAPPER.readTree(out.toFile());
        assertEquals(List.of(), SarifSchema.errors(sarif));
        JsonNode rules = run(sarif).get("tool").get("driver").get("rules");
        for (JsonNode rule : rules) {
            assertEquals(
                    "https://docs.example.com/iam-policy/1.2.3/"
                            + rule.get("id").textValue() + ".md",
                    rule.get("helpUri").textValue(),
                    "a missing trailing slash is added");
        }
    }

    @Test
    void noRulePagesNoHelpUri() throws IOException {
        Path out = dir.resolve("nodocs.sarif");
        SarifReportWriter.write(ReportFixtures.sample(), out, new ToolInfo("x", "1", null));
        JsonNode rules =
                run(MAPPER.readTree(out.toFile())).get("tool").get("driver").get("rules");
        assertTrue(rules.size() > 0);
        rules.forEach(rule -> assertFalse(rule.has("helpUri"), rule.toString()));
        assertEquals(null, new ToolInfo("x", "1", null, " ").rulesDocumentationUrl(), "blank means none");
    }

    @Test
    void rulesCarryMetadata() throws IOException {
        JsonNode rules = run(writeAndRead(ReportFixtures.sample()))
                .get("tool")
                .get("driver")
                .get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").textValue()));
        assertEquals(List.of("IAM001", "IAM201", "IAM205", "IAM207", "IAM301"), ids);
        JsonNode r = rules.get(1);
        assertEquals("user-resource-wildcard", r.get("name").textValue());
        assertEquals(IAM201.description(), r.get("shortDescription").get("text").textValue());
        assertEquals(IAM201.description(), r.get("fullDescription").get("text").textValue());
        assertEquals(IAM201.help(), r.get("help").get("text").textValue());
        assertEquals(
                "**IAM201 user-resource-wildcard** (default: error)\n\n" + IAM201.description() + "\n\n"
                        + "Scope the resource to arn:aws:iam::\\*:user/$\\{aws:username\\}; \\`user/\\*\\` lets anyone "
                        + "change \\<any\\> key.",
                r.get("help").get("markdown").textValue());
        assertEquals("error", r.get("defaultConfiguration").get("level").textValue());
        assertTrue(r.get("properties").get("security-severity").isTextual());
        assertEquals("8.8", r.get("properties").get("security-severity").textValue());
        assertEquals("[\"security\"]", r.get("properties").get("tags").toString());
        assertEquals(
                "note", rules.get(2).get("defaultConfiguration").get("level").textValue());
        assertEquals(
                "warning", rules.get(3).get("defaultConfiguration").get("level").textValue());
        assertEquals(
                "4.0", rules.get(2).get("properties").get("security-severity").textValue());
        assertEquals(
                "9.0", rules.get(4).get("properties").get("security-severity").textValue());
    }

    @Test
    void securitySeverityFormatting() {
        assertEquals("8.8", SarifRules.securitySeverity(8.8));
        assertEquals("10.0", SarifRules.securitySeverity(10));
        assertEquals("0.0", SarifRules.securitySeverity(0));
        assertEquals("7.25", SarifRules.securitySeverity(7.25));
        assertEquals("10.0", SarifRules.securitySeverity(42));
        assertEquals("0.0", SarifRules.securitySeverity(Double.NaN));
    }

    @Test
    void aRuleMissingFromTheListIsAddedSoEveryIndexIsValid() throws IOException {
        RuleInfo extra = new RuleInfo("IAM999", "made-up", Severity.WARNING, "d", "h", 1.5);
        Finding f = finding(extra, Severity.WARNING, KEYS, 1, 1, "", null, "m", "x");
        ScanResult r = new ScanResult("2026-05-10", 1, List.of(), List.of(keysFinding(9, 7), f), List.of(IAM201));
        JsonNode sarif = writeAndRead(r);
        assertEquals(List.of(), SarifSchema.errors(sarif));
        JsonNode rules = run(sarif).get("tool").get("driver").get("rules");
        assertEquals(2, rules.size());
        assertEquals("IAM999", rules.get(1).get("id").textValue());
        assertEquals(1, run(sarif).get("results").get(1).get("ruleIndex").intValue());
    }

    // --- results ---------------------------------------------------------------------------------------

    @Test
    void resultsPointAtRuleFileAndPosition() throws IOException {
        JsonNode run = run(writeAndRead(ReportFixtures.sample()));
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode artifacts = run.get("artifacts");
        JsonNode results = run.get("results");
        ScanResult sample = ReportFixtures.sample();
        assertEquals(sample.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Finding f = sample.findings().get(i);
            JsonNode res = results.get(i);
            assertEquals(f.rule().id(), res.get("ruleId").textValue());
            assertEquals(
                    f.rule().id(),
                    rules.get(res.get("ruleIndex").intValue()).get("id").textValue());
            assertEquals(f.severity().id(), res.get("level").textValue());
            assertEquals(f.message(), res.get("message").get("text").textValue());
            JsonNode physical = res.get("locations").get(0).get("physicalLocation");
            JsonNode artifact = physical.get("artifactLocation");
            assertEquals(f.file(), artifact.get("uri").textValue());
            assertEquals("%SRCROOT%", artifact.get("uriBaseId").textValue());
            assertEquals(
                    f.file(),
                    artifacts
                            .get(artifact.get("index").intValue())
                            .get("location")
                            .get("uri")
                            .textValue());
            assertEquals(
                    f.location().line(), physical.get("region").get("startLine").intValue());
            assertEquals(
                    f.location().column(),
                    physical.get("region").get("startColumn").intValue());
            assertEquals(
                    f.fingerprint(),
                    res.get("partialFingerprints").get("iamPolicy/v1").textValue());
        }
        List<String> levels = new ArrayList<>();
        results.forEach(r -> levels.add(r.get("level").textValue()));
        assertEquals(List.of("error", "warning", "warning", "note", "error", "warning"), levels);
    }

    @Test
    void regionsEndWhereTheElementEnds() throws IOException {
        ScanResult sample = ReportFixtures.sample();
        List<Finding> findings = new ArrayList<>(sample.findings());
        Finding first = findings.get(0);
        Location start = first.location();
        Location spanning = start.endingAt(new Location(start.line() + 1, 4));
        findings.set(
                0,
                new Finding(
                        first.rule(),
                        first.severity(),
                        first.file(),
                        spanning,
                        first.policyPath(),
                        first.statement(),
                        first.message(),
                        first.subject(),
                        first.counterexample()));
        JsonNode sarif = writeAndRead(sample.withFindings(findings));
        assertEquals(List.of(), SarifSchema.errors(sarif));
        JsonNode results = run(sarif).get("results");
        JsonNode spanned =
                results.get(0).get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(start.line() + 1, spanned.get("endLine").intValue());
        assertEquals(4, spanned.get("endColumn").intValue());
        // without a known end: the start line, to its end
        JsonNode lineOnly =
                results.get(1).get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(
                lineOnly.get("startLine").intValue(), lineOnly.get("endLine").intValue());
        assertFalse(lineOnly.has("endColumn"));
    }

    @Test
    void resultsCarryPolicyPathStatementAndCounterexample() throws IOException {
        JsonNode results = run(writeAndRead(ReportFixtures.sample())).get("results");
        JsonNode semantic = results.get(0);
        assertEquals("IAM301", semantic.get("ruleId").textValue());
        JsonNode props = semantic.get("properties");
        assertEquals(
                "Resources.SelfServicePolicy.Properties.PolicyDocument",
                props.get("policyPath").textValue());
        assertTrue(props.get("statement").isNull());
        assertEquals(
                "{\"username\":\"alice\",\"action\":\"iam:CreateAccessKey\","
                        + "\"resource\":\"arn:aws:iam::123456789012:user/bob\","
                        + "\"context\":{\"aws:MultiFactorAuthPresent\":\"true\"}}",
                props.get("counterexample").toString());
        JsonNode logical =
                semantic.get("locations").get(0).get("logicalLocations").get(0);
        assertEquals(
                "Resources.SelfServicePolicy.Properties.PolicyDocument",
                logical.get("fullyQualifiedName").textValue());
        assertEquals("object", logical.get("kind").textValue());

        JsonNode withStatement = results.get(1);
        assertEquals(
                "Statement[1]", withStatement.get("properties").get("statement").textValue());
        assertFalse(withStatement.get("properties").has("counterexample"));
        JsonNode l =
                withStatement.get("locations").get(0).get("logicalLocations").get(0);
        assertEquals("Statement[1]", l.get("name").textValue());
        assertEquals(
                "Resources.SelfServicePolicy.Properties.PolicyDocument/Statement[1]",
                l.get("fullyQualifiedName").textValue());

        JsonNode wholeFile = results.get(4);
        assertEquals(
                "ManageKeys",
                wholeFile
                        .get("locations")
                        .get(0)
                        .get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .textValue());
        JsonNode policyLevel = results.get(3);
        assertEquals(IAM205.id(), policyLevel.get("ruleId").textValue());
        assertFalse(
                policyLevel.get("locations").get(0).has("logicalLocations"),
                "a finding on a whole-file policy with no statement has no logical location");
    }

    @Test
    void fingerprintsSurviveLineMovesButNotSubjectChanges() throws IOException {
        String before = fingerprint(keysFinding(9, 7));
        assertEquals(before, fingerprint(keysFinding(42, 3)));
        Finding otherSubject = finding(
                IAM201,
                Severity.ERROR,
                KEYS,
                9,
                7,
                "",
                "ManageKeys",
                ReportFixtures.MESSAGE,
                "arn:aws:iam::123456789012:user/x*");
        assertNotEquals(before, fingerprint(otherSubject));
        Finding otherStatement = finding(
                IAM201,
                Severity.ERROR,
                KEYS,
                9,
                7,
                "",
                "Other",
                ReportFixtures.MESSAGE,
                "arn:aws:iam::123456789012:user/*");
        assertNotEquals(before, fingerprint(otherStatement));
    }

    private String fingerprint(Finding f) throws IOException {
        return run(writeAndRead(ReportFixtures.of(List.of(f))))
                .get("results")
                .get(0)
                .get("partialFingerprints")
                .get("iamPolicy/v1")
                .textValue();
    }

    @Test
    void artifactsListEveryFileWithAPolicyOrFindingOnce() throws IOException {
        JsonNode artifacts = run(writeAndRead(ReportFixtures.sample())).get("artifacts");
        List<String> uris = new ArrayList<>();
        artifacts.forEach(a -> {
            uris.add(a.get("location").get("uri").textValue());
            assertEquals("%SRCROOT%", a.get("location").get("uriBaseId").textValue());
            assertEquals("[\"analysisTarget\"]", a.get("roles").toString());
        });
        assertEquals(
                List.of(
                        "infra/cfn.yaml",
                        KEYS,
                        "src/main/resources/policies/read.json",
                        "src/test/resources/tf/main.tf.json"),
                uris);
    }

    @Test
    void runDescribesTheInvocation() throws IOException {
        JsonNode run = run(writeAndRead(ReportFixtures.sample()));
        assertTrue(run.get("invocations").get(0).get("executionSuccessful").booleanValue());
        assertEquals("2026-05-10", run.get("properties").get("catalogDate").textValue());
        assertEquals(12, run.get("properties").get("filesScanned").intValue());
        assertEquals(5, run.get("properties").get("policiesFound").intValue());
        assertTrue(run.get("originalUriBaseIds").has("%SRCROOT%"));
        assertEquals("utf16CodeUnits", run.get("columnKind").textValue());
    }

    @Test
    void unknownValueTokensAreShownAsPlaceholders() throws IOException {
        Finding f = finding(
                IAM201,
                Severity.WARNING,
                KEYS,
                2,
                5,
                "",
                "S" + Values.unknown("sid"),
                "allows user/" + Values.unknown("name"),
                "x");
        JsonNode res =
                run(writeAndRead(ReportFixtures.of(List.of(f)))).get("results").get(0);
        assertEquals("allows user/${name}", res.get("message").get("text").textValue());
        assertEquals("S${sid}", res.get("properties").get("statement").textValue());
    }

    @Test
    void aFindingWithoutFileStaysValid() throws IOException {
        Finding f = finding(IAM201, Severity.ERROR, "", 1, 1, "", null, "m", "x");
        JsonNode sarif = writeAndRead(ReportFixtures.of(List.of(f)));
        assertEquals(List.of(), SarifSchema.errors(sarif));
        assertFalse(run(sarif).get("results").get(0).has("locations"));
    }

    // --- determinism -----------------------------------------------------------------------------------

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        Path a = dir.resolve("a.sarif");
        Path b = dir.resolve("sub/b.sarif");
        SarifReportWriter.write(ReportFixtures.sample(), a, TOOL);
        SarifReportWriter.write(ReportFixtures.sample(), b, TOOL);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        String text = Files.readString(a);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void uriEncoding() {
        assertEquals("src/main/resources/a-b_c.~json", SarifReportWriter.uri("src/main/resources/a-b_c.~json"));
        assertEquals("a%20b/%C3%A9.json", SarifReportWriter.uri("a b/é.json"));
        assertEquals("%F0%9F%98%80%25%3A%5C", SarifReportWriter.uri("😀%:\\"));
    }

    private static String uri(JsonNode result) {
        return result.get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .textValue();
    }
}
