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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.tree.Location;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageTest {

    static final RuleInfo IAM104 = new RuleInfo("IAM104", "iam-write", Severity.ERROR, "d", "h", 8.0);
    static final RuleInfo IAM201 = new RuleInfo("IAM201", "user-resource-wildcard", Severity.ERROR, "d", "h", 8.0);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    static Finding passRole(String file, String sid, List<String> actions, List<String> resources) {
        return new Finding(
                IAM104,
                Severity.ERROR,
                file,
                new Location(3, 5),
                "Resources.DeployRole.Properties.Policies[0].PolicyDocument",
                sid,
                "m",
                "iam:PassRole",
                null,
                actions,
                resources,
                null,
                null);
    }

    static final Finding PASS =
            passRole("infra/stack.yaml", "PassToLambda", List.of("iam:PassRole"), List.of("arn:aws:iam::1:role/app-x"));
    static final Finding KEYS = new Finding(
            IAM201,
            Severity.ERROR,
            "src/main/resources/keys.json",
            new Location(9, 7),
            "",
            "ManageKeys",
            "m",
            "user/*",
            null,
            List.of("iam:CreateAccessKey"),
            List.of("arn:aws:iam::1:user/*"),
            null,
            null);

    static SuppressionEntry entry(String json) {
        return SuppressionsFileTest.read("{\"suppressions\": [" + json + "]}").get(0);
    }

    static Triage.Outcome triage(List<SuppressionEntry> entries, List<Finding> findings) {
        return new Triage(entries, null, TODAY).apply(findings, List.of());
    }

    @Test
    void ruleAndFileGlob() {
        assertTrue(entry("{\"rule\": \"IAM104\", \"file\": \"infra/*.yaml\", \"reason\": \"r\"}")
                .matches(PASS));
        assertEquals(
                false,
                entry("{\"rule\": \"IAM201\", \"file\": \"infra/*.yaml\", \"reason\": \"r\"}")
                        .matches(PASS));
        assertEquals(
                false,
                entry("{\"rule\": \"IAM104\", \"file\": \"src/**\", \"reason\": \"r\"}")
                        .matches(PASS));
        assertTrue(entry("{\"rule\": [\"IAM201\", \"IAM104\"], \"file\": \"**\", \"reason\": \"r\"}")
                .matches(PASS));
    }

    @Test
    void policyPathAndSid() {
        assertTrue(entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"policyPath\": \"Resources.DeployRole.*\","
                        + " \"reason\": \"r\"}")
                .matches(PASS));
        assertEquals(
                false,
                entry(
                                "{\"rule\": \"IAM104\", \"file\": \"**\", \"policyPath\": \"Resources.Other.*\", \"reason\": \"r\"}")
                        .matches(PASS));
        assertTrue(entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"sid\": \"PassTo*\", \"reason\": \"r\"}")
                .matches(PASS));
        assertEquals(
                false,
                entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"sid\": \"passtolambda\", \"reason\": \"r\"}")
                        .matches(PASS),
                "Sids are case-sensitive, as IAM's are");
        Finding noStatement = passRole("infra/stack.yaml", null, List.of(), List.of());
        assertEquals(
                false,
                entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"sid\": \"*\", \"reason\": \"r\"}")
                        .matches(noStatement));
    }

    @Test
    void actionsMustAllBeCoveredCaseInsensitively() {
        SuppressionEntry e =
                entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"action\": \"IAM:passrole\", \"reason\": \"r\"}");
        assertTrue(e.matches(PASS));
        Finding alsoCreateUser = passRole(
                "infra/stack.yaml",
                "S",
                List.of("iam:PassRole", "iam:CreateUser"),
                List.of("arn:aws:iam::1:role/app-x"));
        assertEquals(false, e.matches(alsoCreateUser), "a second action the entry does not name keeps the finding");
        assertTrue(entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"action\": [\"iam:PassRole\", \"iam:Create*\"],"
                        + " \"reason\": \"r\"}")
                .matches(alsoCreateUser));
        Finding wildcard = passRole("infra/stack.yaml", "S", List.of("iam:*"), List.of("*"));
        assertEquals(false, e.matches(wildcard), "iam:* is more than iam:PassRole");
        assertEquals(false, e.matches(passRole("infra/stack.yaml", null, List.of(), List.of())));
    }

    @Test
    void resources() {
        assertTrue(entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"resource\": \"arn:aws:iam::*:role/app-*\","
                        + " \"reason\": \"r\"}")
                .matches(PASS));
        assertEquals(
                false,
                entry(
                                "{\"rule\": \"IAM104\", \"file\": \"**\", \"resource\": \"arn:aws:iam::*:role/db-*\", \"reason\": \"r\"}")
                        .matches(PASS));
    }

    @Test
    void aMatchingEntrySuppressesWithItsReason() {
        Triage.Outcome o = triage(
                List.of(entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"reason\": \"Lambda only (SEC-42)\"}")),
                List.of(PASS, KEYS));
        Suppression s = o.findings().get(0).suppression();
        assertEquals(Suppression.Kind.EXTERNAL, s.kind());
        assertEquals("Lambda only (SEC-42)", s.justification());
        assertTrue(s.origin().contains("entry 1 of config/suppressions.json"), s.origin());
        assertEquals(false, o.findings().get(0).counts());
        assertNull(o.findings().get(1).suppression());
        assertEquals(List.of(), o.unused());
        assertEquals(List.of(), o.notices());
    }

    @Test
    void untilIsTheLastDayAndExpiryIsReported() {
        SuppressionEntry today =
                entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"reason\": \"r\", \"until\": \"2026-12-05\"}");
        SuppressionEntry yesterday =
                entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"reason\": \"old\", \"until\": \"2026-12-04\"}");
        assertEquals(
                false, triage(List.of(today), List.of(PASS)).findings().get(0).counts());
        Triage.Outcome expired = triage(List.of(yesterday), List.of(PASS));
        assertTrue(expired.findings().get(0).counts(), "an expired entry no longer applies");
        assertEquals(1, expired.notices().size());
        assertTrue(
                expired.notices().get(0).contains("expired on 2026-12-04"),
                expired.notices().get(0));
        assertEquals(List.of(), expired.unused(), "expired is reported as such, not also as unused");
    }

    @Test
    void unusedEntriesAreReportedButRedundantOnesAreNot() {
        SuppressionEntry a = entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"reason\": \"a\"}");
        SuppressionEntry b = SuppressionsFileTest.read(
                        "{\"suppressions\": [{\"rule\": \"IAM104\", \"file\": \"infra/**\", \"reason\": \"b\"},"
                                + " {\"rule\": \"IAM201\", \"file\": \"nowhere/**\", \"reason\": \"c\"}]}")
                .get(0);
        SuppressionEntry c = SuppressionsFileTest.read(
                        "{\"suppressions\": [{\"rule\": \"IAM104\", \"file\": \"infra/**\", \"reason\": \"b\"},"
                                + " {\"rule\": \"IAM201\", \"file\": \"nowhere/**\", \"reason\": \"c\"}]}")
                .get(1);
        Triage.Outcome o = triage(List.of(a, b, c), List.of(PASS));
        assertEquals(
                "a", o.findings().get(0).suppression().justification(), "the first matching entry gives the reason");
        assertEquals(1, o.unused().size(), o.unused().toString());
        assertTrue(
                o.unused().get(0).contains("entry 2") && o.unused().get(0).contains("nowhere/**"),
                o.unused().get(0));
    }

    @Test
    void inlineSuppressionsWinAndNeedAReason() {
        InlineSuppression good = new InlineSuppression(
                "infra/stack.yaml",
                "Resources.DeployRole",
                new Location(8, 13),
                "IAM104",
                "reviewed",
                "Resources.DeployRole.Metadata.cfn_nag");
        InlineSuppression otherResource =
                new InlineSuppression("infra/stack.yaml", "Resources.Deploy", new Location(20, 13), "IAM104", "x", "o");
        InlineSuppression noReason = new InlineSuppression(
                "infra/stack.yaml", "Resources.DeployRole", new Location(9, 13), "IAM201", null, "o");
        Triage.Outcome o = new Triage(
                        List.of(entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"reason\": \"file\"}")), null, TODAY)
                .apply(List.of(PASS), List.of(good, otherResource, noReason));
        Suppression s = o.findings().get(0).suppression();
        assertEquals(Suppression.Kind.IN_SOURCE, s.kind());
        assertEquals("reviewed", s.justification());
        assertEquals(1, o.notices().size());
        assertTrue(
                o.notices().get(0).contains("has no reason and does not apply"),
                o.notices().get(0));
        assertEquals(1, o.unused().size(), "Resources.Deploy is not a prefix of Resources.DeployRole: " + o.unused());
        assertTrue(
                o.unused().get(0).contains("infra/stack.yaml:[20,13]"),
                o.unused().get(0));
    }

    @Test
    void baselineMarksKnownFindingsAndListsFixedOnes() {
        Baseline baseline = new Baseline(List.of(
                new Baseline.Entry(PASS.fingerprint(), "IAM104", PASS.file(), "m"),
                new Baseline.Entry("0123456789abcdef0123456789abcdef", "IAM201", "gone.json", "m")));
        Triage.Outcome o = new Triage(List.of(), baseline, TODAY).apply(List.of(PASS, KEYS), List.of());
        assertEquals(BaselineState.UNCHANGED, o.findings().get(0).baselineState());
        assertEquals(false, o.findings().get(0).counts());
        assertEquals(BaselineState.NEW, o.findings().get(1).baselineState());
        assertTrue(o.findings().get(1).counts());
        assertEquals(1, o.fixed().size());
        assertEquals("gone.json", o.fixed().get(0).file());
    }

    @Test
    void withoutABaselineNoStateIsSet() {
        assertNull(triage(List.of(), List.of(PASS)).findings().get(0).baselineState());
    }
}
