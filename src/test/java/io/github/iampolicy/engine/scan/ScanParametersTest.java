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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The goal parameters' checks and translation, moved out of the Mojo; messages are what users see. */
class ScanParametersTest {

    private static final ScanParameters.Limits DEFAULT_LIMITS =
            new ScanParameters.Limits("10MB", "200MB", 200, 1_000_000, 100, 100, 100, 1000);

    private static ScanParameters with(ScanParameters.Limits limits) {
        return new ScanParameters(limits, 0, null, null, null, false, "warning", null, null);
    }

    private static ScanParameters rules(List<String> severities, List<String> disabled, List<String> allowed) {
        return new ScanParameters(DEFAULT_LIMITS, 0, severities, disabled, allowed, false, null, null, null);
    }

    private static String error(ThrowingCall call) {
        return assertThrows(ParameterException.class, call::run).getMessage();
    }

    interface ThrowingCall {
        void run() throws ParameterException;
    }

    @Test
    void defaultsGiveTheDefaultLimits() throws ParameterException {
        assertEquals(ParseLimits.DEFAULT, with(DEFAULT_LIMITS).parseLimits());
        assertEquals(200L * 1024 * 1024, with(DEFAULT_LIMITS).planBytes());
        ScanParameters.Limits unset = new ScanParameters.Limits(null, null, 200, 1_000_000, 100, 100, 100, 1000);
        assertEquals(ParseLimits.DEFAULT_FILE_BYTES, with(unset).parseLimits().maxFileBytes());
        assertEquals(200L * 1024 * 1024, with(unset).planBytes());
    }

    @Test
    void eachLimitIsCheckedWithItsName() {
        assertTrue(error(() -> with(new ScanParameters.Limits("ten", "200MB", 200, 1, 1, 1, 1, 1))
                        .parseLimits())
                .startsWith("invalid maxFileSize: "));
        assertTrue(error(() -> with(new ScanParameters.Limits("1KB", "huge", 200, 1, 1, 1, 1, 1))
                        .planBytes())
                .startsWith("invalid maxPlanFileSize: "));
        assertEquals(
                "invalid maxNestingDepth 1001: at most 1000",
                error(() -> with(new ScanParameters.Limits("1KB", "1MB", 1001, 1, 1, 1, 1, 1))
                        .parseLimits()));
        assertEquals(
                "invalid maxStringLength 0: must be a positive number",
                error(() -> with(new ScanParameters.Limits("1KB", "1MB", 10, 0, 1, 1, 1, 1))
                        .parseLimits()));
        assertEquals(
                "invalid maxYamlAliases -1: must be 0 or more",
                error(() -> with(new ScanParameters.Limits("1KB", "1MB", 10, 1, 1, 1, -1, 1))
                        .parseLimits()));
        assertEquals(
                "invalid threads -2: must be 0 (one per processor) or more",
                error(() -> new ScanParameters(DEFAULT_LIMITS, -2, null, null, null, false, null, null, null)
                        .checkedThreads()));
    }

    @Test
    void severitiesKeepTheirOrderAndNameBadEntries() throws ParameterException {
        Map<String, Severity> s = rules(Arrays.asList("iam207=error", null, " ", "IAM205 = note"), null, null)
                .severities();
        assertEquals(List.of("IAM207", "IAM205"), new ArrayList<>(s.keySet()));
        assertEquals(Severity.NOTE, s.get("IAM205"));
        assertTrue(
                error(() -> rules(List.of("IAM207"), null, null).severities()).contains("expected RULEID=severity"));
        assertTrue(error(() -> rules(List.of("IAM999=error"), null, null).severities())
                .startsWith("invalid ruleSeverities entry 'IAM999=error': "));
        assertTrue(error(() -> rules(List.of("IAM207=fatal"), null, null).severities())
                .startsWith("invalid ruleSeverities entry 'IAM207=fatal': "));
    }

    @Test
    void settingsDisableRulesAndCheckTheAllowlist() throws ParameterException {
        List<String> warnings = new ArrayList<>();
        RuleSettings s =
                rules(List.of("IAM207=error"), List.of("iam206"), List.of()).settings(null, warnings::add);
        assertFalse(s.enabled("IAM206"));
        assertTrue(s.enabled("IAM207"));
        assertEquals(Severity.ERROR, s.severityOverrides().get("IAM207"));
        assertTrue(error(() -> rules(null, List.of("IAM999"), null).settings(null, warnings::add))
                .contains("IAM999"));
        assertFalse(error(() -> rules(null, null, List.of("not an action")).settings(null, warnings::add))
                .isBlank());
    }

    @Test
    void semanticOptionsAreChecked() {
        ScanParameters badSeverity = new ScanParameters(DEFAULT_LIMITS, 0, null, null, null, false, "loud", null, null);
        assertEquals(
                "invalid semanticUnknownSeverity 'loud': expected error, warning or note",
                error(() -> badSeverity.settings(null, w -> {})));
        ScanParameters badPreset =
                new ScanParameters(DEFAULT_LIMITS, 0, null, null, null, false, null, List.of("no-such-preset"), null);
        assertTrue(
                error(() -> badPreset.settings(null, w -> {})).startsWith("invalid forbiddenAccess configuration: "));
    }
}
