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
package io.github.iampolicy.engine.rules.document;

import static io.github.iampolicy.engine.rules.document.Findings.at;
import static io.github.iampolicy.engine.rules.document.Findings.of;
import static io.github.iampolicy.engine.rules.document.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.tree.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyVersionRuleTest {

    private final PolicyVersionRule rule = new PolicyVersionRule();

    private static final String SELF = "{\"Effect\": \"Allow\", \"Action\": \"iam:GetUser\", "
            + "\"Resource\": \"arn:aws:iam::*:user/${aws:username}\"}";
    private static final String PLAIN = "{\"Effect\": \"Allow\", \"Action\": \"iam:GetUser\", \"Resource\": \"*\"}";

    @Test
    void missingVersionWithAPolicyVariableIsAnError() {
        Finding f = only(of(rule, "{\"Statement\": [" + SELF + "]}"));
        assertEquals("IAM002", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Location.START, f.location());
        assertTrue(f.message().contains("no \"Version\""), f.message());
        assertTrue(f.message().contains("2012-10-17"), f.message());
    }

    @Test
    void missingVersionWithoutVariablesIsAWarning() {
        Finding f = only(of(rule, "{\"Statement\": [" + PLAIN + "]}"));
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void oldVersionIsReportedAtItsValue() {
        String json = "{\"Version\": \"2008-10-17\", \"Statement\": [" + SELF + "]}";
        Finding f = only(of(rule, json));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(at(json, "\"2008-10-17\""), f.location());
        assertTrue(f.message().contains("\"2008-10-17\""), f.message());
    }

    @Test
    void versionMustBeExact() {
        assertEquals(
                Severity.WARNING,
                only(of(rule, "{\"Version\": \"2012-10-17 \", \"Statement\": [" + PLAIN + "]}"))
                        .severity());
        assertEquals(
                Severity.WARNING,
                only(of(rule, "{\"Version\": 2012, \"Statement\": [" + PLAIN + "]}"))
                        .severity());
    }

    @Test
    void currentVersionAndPlaceholdersPass() {
        assertEquals(List.of(), of(rule, "{\"Version\": \"2012-10-17\", \"Statement\": [" + SELF + "]}"));
        assertEquals(List.of(), of(rule, "{\"Version\": \"${policy_version}\", \"Statement\": [" + SELF + "]}"));
    }
}
