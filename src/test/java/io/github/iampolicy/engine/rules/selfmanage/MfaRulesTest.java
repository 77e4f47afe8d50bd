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
package io.github.iampolicy.engine.rules.selfmanage;

import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.doc;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.locate;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onPolicy;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onStatement;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.run;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IAM204 mfa-enforcement-pattern and IAM205 mfa-not-enforced. */
class MfaRulesTest {

    private final MfaEnforcementPatternRule pattern = new MfaEnforcementPatternRule();
    private final MfaNotEnforcedRule notEnforced = new MfaNotEnforcedRule();

    private static final String BOOTSTRAP = "[\"iam:CreateVirtualMFADevice\",\"iam:EnableMFADevice\",\"iam:GetUser\","
            + "\"iam:ListMFADevices\",\"iam:ListVirtualMFADevices\",\"iam:ResyncMFADevice\",\"sts:GetSessionToken\"]";

    private static String deny(String notAction, String resource, String condition) {
        return "{\"Sid\":\"DenyNoMfa\",\"Effect\":\"Deny\",\"NotAction\":" + notAction + ",\"Resource\":" + resource
                + ",\"Condition\":" + condition + "}";
    }

    private static final String BOOL_IF_EXISTS = "{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}";
    private static final String OWN_KEYS = "{\"Sid\":\"Keys\",\"Effect\":\"Allow\",\"Action\":[\"iam:ListAccessKeys\","
            + "\"iam:CreateAccessKey\"],\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}";

    // --- IAM204

    @Test
    void theAwsPatternIsFine() {
        assertTrue(
                onStatement(pattern, deny(BOOTSTRAP, "\"*\"", BOOL_IF_EXISTS)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"false\"", "false", "[\"false\"]"})
    void boolFalseIsAWarningAtTheOperator(String value) {
        String json = doc(deny(BOOTSTRAP, "\"*\"", "{\"Bool\":{\"aws:MultiFactorAuthPresent\":" + value + "}}"));
        Finding f = single(onPolicy(pattern, json));
        assertEquals("IAM204", f.rule().id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(locate(json, "\"Bool\"", 0), f.location());
        assertTrue(
                f.message()
                        .startsWith(
                                "Statement \"DenyNoMfa\" is meant to enforce MFA but uses Bool with " + "\"false\""),
                f.message());
        assertTrue(f.message().contains("BoolIfExists"), f.message());
    }

    @Test
    void resourceOtherThanStarIsAWarningAtTheResource() {
        String json = doc(deny(BOOTSTRAP, "\"arn:aws:iam::*:user/${aws:username}\"", BOOL_IF_EXISTS));
        Finding f = single(onPolicy(pattern, json));
        assertEquals(locate(json, "\"arn:aws:iam::*:user/${aws:username}\"", 0), f.location());
        assertTrue(
                f.message().contains("applies only to arn:aws:iam::*:user/${aws:username} instead of \"*\""),
                f.message());
    }

    @Test
    void exemptingMfaRemovalIsAWarningEvenThroughWildcards() {
        String json = doc(deny(
                "[\"sts:GetSessionToken\",\"iam:*\"]", "\"*\"", "{\"Null\":{\"aws:MultiFactorAuthAge\":\"true\"}}"));
        Finding f = single(onPolicy(pattern, json));
        assertEquals(locate(json, "\"iam:*\"", 0), f.location());
        assertTrue(
                f.message()
                        .contains("exempts iam:DeactivateMFADevice (via iam:*) and iam:DeleteVirtualMFADevice "
                                + "(via iam:*) in its NotAction"),
                f.message());
        Finding literal =
                single(onStatement(pattern, deny("[\"iam:DeleteVirtualMFADevice\"]", "\"*\"", BOOL_IF_EXISTS)));
        assertTrue(
                literal.message().contains("exempts iam:DeleteVirtualMFADevice in its NotAction"), literal.message());
    }

    @Test
    void severalProblemsGiveOneFindingAtTheEarliest() {
        String json = doc("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::b/*\","
                + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}");
        Finding f = single(onPolicy(pattern, json));
        assertEquals(locate(json, "\"arn:aws:s3:::b/*\"", 0), f.location());
        assertTrue(
                f.message().contains("uses Bool") && f.message().contains("applies only to arn:aws:s3:::b/*"),
                f.message());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // not meant to enforce MFA: explicit Action list, or no MFA key in the condition
                "{\"Effect\":\"Deny\",\"Action\":[\"iam:CreateAccessKey\"],\"Resource\":\"arn:aws:iam::*:user/x\","
                        + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}",
                "{\"Effect\":\"Deny\",\"NotAction\":\"iam:*\",\"Resource\":\"*\","
                        + "\"Condition\":{\"NotIpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}",
                // an Allow
                "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\","
                        + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}",
            })
    void statementsNotMeantToEnforceMfaAreNotIam204(String statement) {
        assertTrue(onStatement(pattern, statement).isEmpty(), statement);
    }

    // --- IAM205

    @Test
    void credentialChangesWithoutAnMfaDenyAreANote() {
        String json = doc(OWN_KEYS);
        Finding f = single(onPolicy(notEnforced, json));
        assertEquals("IAM205", f.rule().id());
        assertEquals(Severity.NOTE, f.severity());
        assertEquals("Keys", f.statement());
        assertEquals(locate(json, "\"iam:CreateAccessKey\"", 0), f.location());
        assertTrue(
                f.message()
                        .startsWith(
                                "The policy allows iam:CreateAccessKey (first in Statement \"Keys\") " + "without MFA"),
                f.message());
    }

    @Test
    void requireMfaMakesItAnError() {
        RuleSettings settings = RuleSettings.of(List.of(), true, Map.of(), Set.of());
        Finding f = single(run(notEnforced, TestPolicies.policy(doc(OWN_KEYS)), settings));
        assertEquals(Severity.ERROR, f.severity());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                BOOL_IF_EXISTS,
                "{\"Null\":{\"aws:MultiFactorAuthAge\":\"true\"}}",
                "{\"NumericGreaterThanIfExists\":{\"aws:MultiFactorAuthAge\":\"3600\"}}"
            })
    void aCorrectMfaDenyEnforcesMfa(String condition) {
        assertTrue(onPolicy(notEnforced, doc(OWN_KEYS, deny(BOOTSTRAP, "\"*\"", condition)))
                .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Bool false misses access-key requests; Null on MultiFactorAuthPresent misses console sessions
                "{\"Sid\":\"D\",\"Effect\":\"Deny\",\"NotAction\":\"sts:GetSessionToken\",\"Resource\":\"*\","
                        + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}",
                "{\"Sid\":\"D\",\"Effect\":\"Deny\",\"NotAction\":\"sts:GetSessionToken\",\"Resource\":\"*\","
                        + "\"Condition\":{\"Null\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}",
                // exempts every IAM action, or only some resources
                "{\"Sid\":\"D\",\"Effect\":\"Deny\",\"NotAction\":\"iam:*\",\"Resource\":\"*\","
                        + "\"Condition\":{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}",
                "{\"Sid\":\"D\",\"Effect\":\"Deny\",\"NotAction\":\"sts:GetSessionToken\",\"Resource\":\"arn:aws:s3:::b\","
                        + "\"Condition\":{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}",
            })
    void denyStatementsThatDoNotEnforceMfaDoNotCount(String denyStatement) {
        assertEquals(1, onPolicy(notEnforced, doc(OWN_KEYS, denyStatement)).size());
    }

    @Test
    void allowsThatRequireMfaThemselvesOrOnlyReadDoNotCount() {
        assertTrue(onPolicy(
                        notEnforced,
                        doc("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                                + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\",\"Condition\":{\"Bool\":"
                                + "{\"aws:MultiFactorAuthPresent\":\"true\"}}}"))
                .isEmpty());
        assertTrue(onPolicy(
                        notEnforced,
                        doc("{\"Effect\":\"Allow\",\"Action\":[\"iam:GetUser\","
                                + "\"iam:ListMFADevices\"],\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}"))
                .isEmpty());
        assertEquals(
                1,
                onPolicy(
                                notEnforced,
                                doc("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                                        + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\",\"Condition\":{\"BoolIfExists\":"
                                        + "{\"aws:MultiFactorAuthPresent\":\"true\"}}}"))
                        .size(),
                "BoolIfExists true matches without MFA");
    }
}
