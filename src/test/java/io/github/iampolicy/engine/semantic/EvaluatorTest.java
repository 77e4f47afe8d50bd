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
package io.github.iampolicy.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Policy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The concrete evaluator against the AWS documentation's statements of IAM semantics. */
class EvaluatorTest {

    static final String ALICE_ARN = "arn:aws:iam::123456789012:user/alice";
    static final String BOB_ARN = "arn:aws:iam::123456789012:user/bob";

    static Decision.Effect eval(Policy p, String action, String resource, Map<String, String> ctx) {
        return Evaluator.evaluate(List.of(p), Request.of(action, resource, ctx)).effect();
    }

    static Map<String, String> alice() {
        return Map.of("aws:username", "alice");
    }

    static Policy stmt(String json) {
        return TestPolicies.statement(json);
    }

    @Nested
    class DecisionLogic {

        @Test
        void noStatementMeansImplicitDeny() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}");
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "iam:CreateAccessKey", BOB_ARN, alice()));
            assertEquals(Decision.Effect.ALLOW, eval(p, "s3:GetObject", "arn:aws:s3:::b/k", alice()));
        }

        @Test
        void anExplicitDenyOverridesEveryAllowWhateverTheOrder() {
            Policy p = TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":["
                    + "{\"Sid\":\"D\",\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\"},"
                    + "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
            Decision d = Evaluator.evaluate(List.of(p), Request.of("iam:CreateAccessKey", BOB_ARN, alice()));
            assertEquals(Decision.Effect.EXPLICIT_DENY, d.effect());
            assertEquals("D", d.statement().label());
            Decision allow = Evaluator.evaluate(List.of(p), Request.of("s3:GetObject", "x", alice()));
            assertEquals("A", allow.statement().label());
        }

        @Test
        void aStatementWithoutResourceOrNotResourceAppliesToNothing() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"*\"}");
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "s3:GetObject", "*", alice()));
        }
    }

    @Nested
    class Actions {

        @Test
        void prefixAndNameAreCaseInsensitiveAndWildcardsWorkInsideNames() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"IAM:*accesskey*\",\"Resource\":\"*\"}");
            assertEquals(Decision.Effect.ALLOW, eval(p, "iam:CreateAccessKey", BOB_ARN, alice()));
            assertEquals(Decision.Effect.ALLOW, eval(p, "iam:GetAccessKeyLastUsed", BOB_ARN, alice()));
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "iam:CreateLoginProfile", BOB_ARN, alice()));
        }

        @Test
        void questionMarkIsExactlyOneCharacter() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"s3:Get?bject\",\"Resource\":\"*\"}");
            assertEquals(Decision.Effect.ALLOW, eval(p, "s3:GetObject", "x", alice()));
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "s3:GetOObject", "x", alice()));
        }

        @Test
        void notActionMatchesEveryActionNotListedInEveryService() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}");
            assertEquals(Decision.Effect.ALLOW, eval(p, "s3:GetObject", "x", alice()));
            assertEquals(Decision.Effect.ALLOW, eval(p, "futureservice:DoThing", "x", alice()));
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "iam:CreateAccessKey", BOB_ARN, alice()));
        }

        @Test
        void unknownTemplateValuesMatchNothingConcrete() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"${action}\",\"Resource\":\"*\"}");
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "s3:GetObject", "x", alice()));
            Policy r = stmt("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:iam::${acct}:user/*\"}");
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(r, "iam:CreateAccessKey", BOB_ARN, alice()));
        }
    }

    @Nested
    class Resources {

        @Test
        void resourcesAreCaseSensitive() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:iam::*:user/Bob\"}");
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "iam:CreateAccessKey", BOB_ARN, alice()));
        }

        @Test
        void starSpansSlashesInTheResourceField() {
            // AWS resource page: bucket/*/test/* matches bucket/1/2/test/3/object.jpg and bucket//test/object.jpg
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::bucket/*/test/*\"}");
            assertEquals(
                    Decision.Effect.ALLOW,
                    eval(p, "s3:GetObject", "arn:aws:s3:::bucket/1/2/test/3/object.jpg", Map.of()));
            assertEquals(
                    Decision.Effect.ALLOW, eval(p, "s3:GetObject", "arn:aws:s3:::bucket//test/object.jpg", Map.of()));
            assertEquals(
                    Decision.Effect.IMPLICIT_DENY,
                    eval(p, "s3:GetObject", "arn:aws:s3:::bucket/test/object.jpg", Map.of()));
        }

        @Test
        void wildcardsOfTheFirstFieldsStayInsideTheirField() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:iam::*:user/x\"}");
            assertEquals(Decision.Effect.ALLOW, eval(p, "iam:GetUser", "arn:aws:iam::123:user/x", Map.of()));
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "iam:GetUser", "arn:aws:iam::1:2:user/x", Map.of()));
            Policy star = stmt("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}");
            assertEquals(Decision.Effect.ALLOW, eval(star, "iam:GetUser", "a:b:c", Map.of()));
        }

        @Test
        void aTrailingStarOfAShortPatternSpansColons() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:iam*\"}");
            assertEquals(Decision.Effect.ALLOW, eval(p, "iam:GetUser", BOB_ARN, Map.of()));
            Policy q = stmt("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:i?m\"}");
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(q, "iam:GetUser", BOB_ARN, Map.of()));
            assertEquals(Decision.Effect.ALLOW, eval(q, "iam:GetUser", "arn:aws:iam", Map.of()));
        }

        @Test
        void notResourceAppliesToEveryResourceNotListed() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                    + "\"NotResource\":\"arn:aws:iam::123456789012:user/Maria\"}");
            assertEquals(Decision.Effect.ALLOW, eval(p, "iam:CreateAccessKey", BOB_ARN, alice()));
            assertEquals(
                    Decision.Effect.IMPLICIT_DENY,
                    eval(p, "iam:CreateAccessKey", "arn:aws:iam::123456789012:user/Maria", alice()));
        }
    }

    @Nested
    class Variables {

        static final String SELF = "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}";

        @Test
        void usernameIsSubstitutedCaseInsensitivelyByKeyName() {
            Policy p = stmt(SELF.replace("aws:username", "AWS:UserName"));
            assertEquals(Decision.Effect.ALLOW, eval(p, "iam:CreateAccessKey", ALICE_ARN, alice()));
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "iam:CreateAccessKey", BOB_ARN, alice()));
        }

        @Test
        void aMissingValueMatchesNoResourceAndANotResourceWithItExcludesNothing() {
            Policy p = stmt(SELF);
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "iam:CreateAccessKey", ALICE_ARN, Map.of()));
            Policy n = stmt("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                    + "\"NotResource\":\"arn:aws:iam::*:user/${aws:username}\"}");
            assertEquals(Decision.Effect.ALLOW, eval(n, "iam:CreateAccessKey", ALICE_ARN, Map.of()));
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(n, "iam:CreateAccessKey", ALICE_ARN, alice()));
        }

        @Test
        void aDefaultIsUsedWhenTheKeyIsMissing() {
            Policy p = stmt("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                    + "\"Resource\":\"arn:aws:s3:::b/${aws:PrincipalTag/team, 'company-wide'}/*\"}");
            assertEquals(Decision.Effect.ALLOW, eval(p, "s3:GetObject", "arn:aws:s3:::b/company-wide/x", Map.of()));
            assertEquals(
                    Decision.Effect.ALLOW,
                    eval(p, "s3:GetObject", "arn:aws:s3:::b/red/x", Map.of("aws:PrincipalTag/team", "red")));
            assertEquals(
                    Decision.Effect.IMPLICIT_DENY,
                    eval(p, "s3:GetObject", "arn:aws:s3:::b/company-wide/x", Map.of("aws:PrincipalTag/team", "red")));
        }

        @Test
        void escapesAreLiteralCharacters() {
            Policy p = stmt(
                    "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/${*}${?}${$}\"}");
            assertEquals(Decision.Effect.ALLOW, eval(p, "s3:GetObject", "arn:aws:s3:::b/*?$", Map.of()));
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "s3:GetObject", "arn:aws:s3:::b/xy$", Map.of()));
        }

        @Test
        void withoutVersion2012VariablesAreLiteralText() {
            Policy p = TestPolicies.policy("{\"Statement\":[" + SELF + "]}");
            assertEquals(Decision.Effect.IMPLICIT_DENY, eval(p, "iam:CreateAccessKey", ALICE_ARN, alice()));
            assertEquals(
                    Decision.Effect.ALLOW,
                    eval(p, "iam:CreateAccessKey", "arn:aws:iam::1:user/${aws:username}", alice()));
        }
    }

    @Nested
    class Conditions {

        static Policy cond(String condition) {
            return stmt("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":" + condition + "}");
        }

        static boolean holds(String condition, Map<String, String> ctx) {
            return eval(cond(condition), "s3:GetObject", "x", ctx) == Decision.Effect.ALLOW;
        }

        @Test
        void boolDoesNotMatchAnAbsentKeyButBoolIfExistsDoes() {
            String bool = "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}";
            String ifExists = "{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}";
            assertFalse(holds(bool, Map.of()));
            assertTrue(holds(ifExists, Map.of()));
            assertTrue(holds(bool, Map.of("aws:MultiFactorAuthPresent", "false")));
            assertFalse(holds(ifExists, Map.of("aws:MultiFactorAuthPresent", "true")));
            assertTrue(holds(
                    "{\"Bool\":{\"aws:MultiFactorAuthPresent\":true}}", Map.of("aws:multifactorauthpresent", "true")));
        }

        @Test
        void nullTestsPresence() {
            assertTrue(holds("{\"Null\":{\"aws:MultiFactorAuthAge\":\"true\"}}", Map.of()));
            assertFalse(
                    holds("{\"Null\":{\"aws:MultiFactorAuthAge\":\"true\"}}", Map.of("aws:MultiFactorAuthAge", "5")));
            assertTrue(
                    holds("{\"Null\":{\"aws:MultiFactorAuthAge\":\"false\"}}", Map.of("aws:MultiFactorAuthAge", "5")));
        }

        @Test
        void negatedOperatorsNeedEveryValueToDifferAndMatchAMissingKey() {
            String c = "{\"StringNotEquals\":{\"aws:username\":[\"alice\",\"bob\"]}}";
            assertFalse(holds(c, Map.of("aws:username", "alice")));
            assertTrue(holds(c, Map.of("aws:username", "carol")));
            assertTrue(holds(c, Map.of()));
            assertFalse(holds("{\"StringEquals\":{\"aws:username\":[\"alice\",\"bob\"]}}", Map.of()));
            assertTrue(holds("{\"StringEqualsIfExists\":{\"aws:username\":\"alice\"}}", Map.of()));
        }

        @Test
        void stringLikeIsCaseSensitiveAndIgnoreCaseFolds() {
            assertTrue(holds("{\"StringLike\":{\"aws:username\":\"al*\"}}", alice()));
            assertFalse(holds("{\"StringLike\":{\"aws:username\":\"AL*\"}}", alice()));
            assertTrue(holds("{\"StringEqualsIgnoreCase\":{\"aws:username\":\"ALICE\"}}", alice()));
            assertFalse(holds("{\"StringEquals\":{\"aws:username\":\"al*\"}}", alice()));
        }

        @Test
        void conditionValuesTakeVariables() {
            assertTrue(holds(
                    "{\"StringEquals\":{\"aws:PrincipalTag/owner\":\"${aws:username}\"}}",
                    Map.of("aws:username", "alice", "aws:PrincipalTag/owner", "alice")));
            assertFalse(holds(
                    "{\"StringEquals\":{\"aws:PrincipalTag/owner\":\"${aws:username}\"}}",
                    Map.of("aws:PrincipalTag/owner", "alice")));
        }

        @Test
        void numericDateAndIpOperators() {
            assertTrue(holds(
                    "{\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}}",
                    Map.of("aws:MultiFactorAuthAge", "60")));
            assertFalse(holds(
                    "{\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}}",
                    Map.of("aws:MultiFactorAuthAge", "7200")));
            assertFalse(holds("{\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}}", Map.of()));
            assertTrue(holds(
                    "{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2020-01-01T00:00:00Z\"}}",
                    Map.of("aws:CurrentTime", "2024-06-01T12:00:00Z")));
            assertTrue(holds(
                    "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}", Map.of("aws:SourceIp", "203.0.113.7")));
            assertFalse(holds(
                    "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}", Map.of("aws:SourceIp", "198.51.100.1")));
            assertTrue(holds(
                    "{\"NotIpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}",
                    Map.of("aws:SourceIp", "198.51.100.1")));
        }

        @Test
        void arnLikeChecksEachFieldSeparately() {
            // condition operators page: a pattern that StringLike matches but ArnLike does not
            Map<String, String> ctx = Map.of("aws:SourceArn", "arn:aws:s3:::bucket:extra");
            assertTrue(holds("{\"StringLike\":{\"aws:SourceArn\":\"arn:aws:s3:*\"}}", ctx));
            assertFalse(holds("{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::b*t\"}}", ctx));
            assertTrue(holds("{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::b*\"}}", ctx));
        }

        @Test
        void setOperators() {
            Request empty = Request.of("s3:GetObject", "x", Map.of());
            Policy all = cond("{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"a\",\"b\"]}}");
            Policy any = cond("{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"a\",\"b\"]}}");
            assertTrue(Evaluator.evaluate(List.of(all), empty).allowed(), "ForAllValues is vacuously true");
            assertFalse(Evaluator.evaluate(List.of(any), empty).allowed(), "ForAnyValue is false on a missing key");
            Request ac = new Request("s3:GetObject", "x", Map.of("aws:TagKeys", List.of("a", "c")));
            assertFalse(Evaluator.evaluate(List.of(all), ac).allowed());
            assertTrue(Evaluator.evaluate(List.of(any), ac).allowed());
        }

        @Test
        void anUnknownOperatorNeverHolds() {
            assertFalse(holds(
                    "{\"ConditionIfBoolExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}",
                    Map.of("aws:MultiFactorAuthPresent", "false")));
        }
    }
}
