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

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownActionRuleTest {

    private final UnknownActionRule rule = new UnknownActionRule();

    private static String stmt(String element, String action) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"S\", \"Effect\": \"Allow\", \"" + element
                + "\": [\"iam:GetUser\", \"" + action + "\"], \"Resource\": \"*\"}]}";
    }

    private Finding single(String element, String action, Severity severity, String... parts) {
        String json = stmt(element, action);
        Finding f = only(of(rule, TestPolicies.policy(json)));
        assertEquals("IAM005", f.rule().id());
        assertEquals(severity, f.severity(), f.message());
        assertEquals(at(json, "\"" + action + "\""), f.location());
        assertEquals("S", f.statement());
        for (String p : parts) {
            assertTrue(f.message().contains(p), "missing '" + p + "' in: " + f.message());
        }
        return f;
    }

    @Test
    void unknownActionOfAKnownServiceIsAWarningWithASuggestion() {
        single(
                "Action",
                "iam:UpdateAccessKeys",
                Severity.WARNING,
                "Statement \"S\" Action \"iam:UpdateAccessKeys\"",
                "not an action of the service \"iam\"",
                "grants nothing",
                "Did you mean \"iam:UpdateAccessKey\"?");
        single("Action", "iam:RequestSmsMfaRegistration", Severity.WARNING, "not an action");
    }

    @Test
    void unknownServicePrefixIsAnError() {
        single("Action", "service-prefix-1:*", Severity.ERROR, "unknown service prefix \"service-prefix-1\"");
        single("NotAction", "crowd:ListUsers", Severity.ERROR, "NotAction", "\"crowd\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ec2:* ", " iam:GetUser", "iam:Get User", "iam:GetUser/x", "iam:Get:User", "iam\t:GetUser"})
    void charactersNoActionHasAreWarnings(String action) {
        single("Action", action.replace("\t", "\\t"), Severity.WARNING, "which no action has");
    }

    @Test
    void trailingSpaceIsNamed() {
        single("Action", "ec2:* ", Severity.WARNING, "a space in its action name", "Remove the whitespace");
    }

    @Test
    void patternsMatchingNothingAndMissingPrefixesAreWarnings() {
        single("Action", "iam:*Frobnicate*", Severity.WARNING, "pattern", "matches no action");
        single("Action", "GetUser", Severity.WARNING, "no service prefix", "Did you mean \"iam:GetUser\"?");
        single("Action", "iam:", Severity.WARNING, "empty action name");
        single("NotAction", "iam:NoSuchThing", Severity.WARNING, "matches nothing");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "*:*",
                "iam:*",
                "IAM:getuser",
                "iam:*AccessKey*",
                "iam:Get?ser",
                "s3:Get*",
                "vpc-lattice:AssociateViaAWSService-EventsAndStates",
                "${action}",
                "iam:${name}"
            })
    void validAndUnknownValuedActionsPass(String action) {
        assertEquals(List.of(), of(rule, TestPolicies.policy(stmt("Action", action))));
    }

    @Test
    void repeatedEntriesAreReportedOnce() {
        assertEquals(
                1,
                of(
                                rule,
                                TestPolicies.statement("{\"Effect\": \"Allow\", \"Action\": "
                                        + "[\"iam:Nope\", \"iam:Nope\"], \"Resource\": \"*\"}"))
                        .size());
    }
}
