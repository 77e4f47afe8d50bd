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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suppressed and baselined findings stay in every report, marked, and stop counting. */
class SuppressedReportsTest {

    static final ToolInfo TOOL = ToolInfo.plugin("1.2.3");

    /** The sample's 2 errors, 3 warnings, 1 note: one error suppressed by file, one warning inline, one error baselined. */
    static ScanResult marked() {
        List<Finding> findings = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Finding f : ReportFixtures.sample().findings()) {
            Finding m = f.withBaselineState(BaselineState.NEW);
            if (f.severity() == Severity.ERROR && errors++ == 0) {
                m = m.withSuppression(new Suppression(
                        Suppression.Kind.EXTERNAL, "Reviewed in SEC-42", "entry 1 of suppressions.json"));
            } else if (f.severity() == Severity.ERROR) {
                m = m.withBaselineState(BaselineState.UNCHANGED);
            } else if (f.severity() == Severity.WARNING && warnings++ == 0) {
                m = m.withSuppression(new Suppression(
                        Suppression.Kind.IN_SOURCE, "Break-glass user", "Resources.P.Metadata.cfn_nag"));
            }
            findings.add(m);
        }
        return ReportFixtures.sample().withFindings(findings);
    }

    static JsonNode roundTrip(JsonNode n) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        return mapper.readTree(mapper.writeValueAsBytes(n));
    }

    @Test
    void sarifMarksSuppressionsAndBaselineStateAndStaysValid() throws IOException {
        JsonNode sarif = roundTrip(ReportFixtures.sarif(marked(), TOOL));
        assertEquals(List.of(), SarifSchema.errors(sarif));
        int external = 0;
        int inSource = 0;
        int unchanged = 0;
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            assertTrue(r.has("baselineState"), r.toString());
            if (r.get("baselineState").asText().equals("unchanged")) {
                unchanged++;
            } else {
                assertEquals("new", r.get("baselineState").asText());
            }
            if (r.has("suppressions")) {
                JsonNode s = r.get("suppressions").get(0);
                assertEquals("accepted", s.get("status").asText());
                switch (s.get("kind").asText()) {
                    case "external" -> {
                        external++;
                        assertEquals(
                                "Reviewed in SEC-42", s.get("justification").asText());
                    }
                    case "inSource" -> {
                        inSource++;
                        assertEquals("Break-glass user", s.get("justification").asText());
                    }
                    default -> throw new AssertionError(s.toString());
                }
            }
        }
        assertEquals(1, external);
        assertEquals(1, inSource);
        assertEquals(1, unchanged);
    }

    @Test
    void theSchemaGuardsTheSuppressionKind() throws IOException {
        JsonNode sarif = roundTrip(ReportFixtures.sarif(marked(), TOOL));
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            if (r.has("suppressions")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode)
                                r.get("suppressions").get(0))
                        .put("kind", "file");
            }
        }
        assertFalse(SarifSchema.errors(sarif).isEmpty(), "a kind SARIF does not know is rejected");
    }

    @Test
    void jsonMarksSuppressedAndCountsThemApart() {
        JsonNode json = ReportFixtures.json(marked(), TOOL);
        JsonNode summary = json.get("summary");
        assertEquals(0, summary.get("errors").asInt(), summary.toString());
        assertEquals(2, summary.get("warnings").asInt());
        assertEquals(1, summary.get("notes").asInt());
        assertEquals(2, summary.get("suppressed").asInt());
        assertEquals(1, summary.get("baselined").asInt());
        int suppressed = 0;
        for (JsonNode f : json.get("findings")) {
            if (f.has("suppressed")) {
                suppressed++;
                assertTrue(List.of("external", "inSource")
                        .contains(f.get("suppressed").get("kind").asText()));
                assertFalse(f.get("suppressed").get("reason").asText().isEmpty());
            }
            assertTrue(f.has("baselineState"));
        }
        assertEquals(2, suppressed);
    }

    @Test
    void withoutTriageNothingIsAdded() {
        JsonNode f = ReportFixtures.json(ReportFixtures.sample(), TOOL)
                .get("findings")
                .get(0);
        assertNull(f.get("suppressed"));
        assertNull(f.get("baselineState"));
        JsonNode r = ReportFixtures.sarif(ReportFixtures.sample(), TOOL)
                .get("runs")
                .get(0)
                .get("results")
                .get(0);
        assertNull(r.get("suppressions"));
        assertNull(r.get("baselineState"));
    }

    @Test
    void consoleSummaryCountsThemSeparatelyAndFailureListsOnlyCountingFindings() {
        ScanResult r = marked();
        String summary = ConsoleFormatter.summary(r, List.of());
        assertTrue(
                summary.startsWith(
                        "IAM policy check: 0 errors, 2 warnings, 1 note, 2 suppressed, 1 baselined in 5 policies"),
                summary);
        String failure = ConsoleFormatter.failureMessage(r, Severity.WARNING);
        assertTrue(failure.startsWith("IAM policy check failed: 0 errors, 2 warnings at or above"), failure);
        assertFalse(failure.contains("IAM301"), "the suppressed error is not listed: " + failure);
        assertEquals(
                "IAM policy check: 2 errors, 3 warnings, 1 note in 5 policies",
                ConsoleFormatter.summary(ReportFixtures.sample(), List.of()).split(" \\(")[0],
                "nothing suppressed: the line is as before");
    }
}
