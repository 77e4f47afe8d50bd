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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsFileTest {

    static List<SuppressionEntry> read(String json) {
        return SuppressionsFile.read(
                "config/suppressions.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                id -> id.matches("IAM\\d{3}") && !id.equals("IAM999"));
    }

    static SuppressionsException error(String json) {
        return assertThrows(SuppressionsException.class, () -> read(json));
    }

    @Test
    void readsEverySelector() {
        List<SuppressionEntry> entries = read("""
                {"suppressions": [
                  {"rule": "iam104", "file": "src/**/*.json", "reason": "reviewed"},
                  {"rule": ["IAM201", "IAM202"], "file": "**", "policyPath": "Resources.Role.*", "sid": "Keys*",
                   "action": ["iam:PassRole", "iam:Get*"], "resource": "arn:aws:iam::*:role/app-*",
                   "reason": "  SEC-42  ", "until": "2027-06-30"}
                ]}
                """);
        assertEquals(2, entries.size());
        SuppressionEntry first = entries.get(0);
        assertEquals(List.of("IAM104"), first.rules());
        assertEquals(1, first.index());
        assertNull(first.until());
        assertNull(first.policyPath());
        SuppressionEntry second = entries.get(1);
        assertEquals(List.of("IAM201", "IAM202"), second.rules());
        assertEquals(List.of("iam:PassRole", "iam:Get*"), second.actions());
        assertEquals(List.of("arn:aws:iam::*:role/app-*"), second.resources());
        assertEquals("SEC-42", second.reason());
        assertEquals(LocalDate.of(2027, 6, 30), second.until());
        assertEquals("Resources.Role.*", second.policyPath());
        assertEquals("Keys*", second.sid());
    }

    @Test
    void aMissingReasonNamesTheFileAndTheEntry() {
        SuppressionsException e = error("""
                {"suppressions": [
                  {"rule": "IAM104", "file": "**", "reason": "ok"},
                  {"rule": "IAM201", "file": "**"}
                ]}
                """);
        assertTrue(e.getMessage().contains("config/suppressions.json"), e.getMessage());
        assertTrue(e.getMessage().contains("entry 2"), e.getMessage());
        assertTrue(e.getMessage().contains("\"reason\" is required"), e.getMessage());
    }

    @Test
    void aBlankReasonIsNoReason() {
        assertTrue(error("{\"suppressions\": [{\"rule\": \"IAM104\", \"file\": \"**\", \"reason\": \" \"}]}")
                .getMessage()
                .contains("\"reason\""));
    }

    @Test
    void ruleAndFileAreRequired() {
        assertTrue(error("{\"suppressions\": [{\"file\": \"**\", \"reason\": \"r\"}]}")
                .getMessage()
                .contains("\"rule\" is required"));
        assertTrue(error("{\"suppressions\": [{\"rule\": \"IAM104\", \"reason\": \"r\"}]}")
                .getMessage()
                .contains("\"file\" is required"));
    }

    @Test
    void unknownRulesKeysAndDatesAreConfigurationErrors() {
        assertTrue(error("{\"suppressions\": [{\"rule\": \"IAM999\", \"file\": \"**\", \"reason\": \"r\"}]}")
                .getMessage()
                .contains("unknown rule id \"IAM999\""));
        SuppressionsException typo =
                error("{\"suppressions\": [{\"rule\": \"IAM104\", \"file\": \"**\", \"reasons\": \"r\"}]}");
        assertTrue(typo.getMessage().contains("unknown key \"reasons\""), typo.getMessage());
        assertTrue(error("{\"suppressions\": [{\"rule\": \"IAM104\", \"file\": \"**\", \"reason\": \"r\","
                        + " \"until\": \"30/06/2027\"}]}")
                .getMessage()
                .contains("ISO date"));
    }

    @Test
    void theShapeIsChecked() {
        assertTrue(error("[]").getMessage().contains("\"suppressions\" array"));
        assertTrue(error("{\"suppressions\": [").getMessage().contains("not valid JSON"));
        assertTrue(error("{\"suppressions\": [\"IAM104\"]}").getMessage().contains("entry 1"));
        assertTrue(error("{\"suppressions\": [{\"rule\": [], \"file\": \"**\", \"reason\": \"r\"}]}")
                .getMessage()
                .contains("\"rule\""));
    }

    @Test
    void anEmptyListIsFine() {
        assertEquals(List.of(), read("{\"suppressions\": []}"));
    }
}
