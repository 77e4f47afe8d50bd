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

import static io.github.iampolicy.engine.semantic.SemanticCheckerEdgeCasesTest.allow;
import static io.github.iampolicy.engine.semantic.SemanticCheckerEdgeCasesTest.deny;
import static io.github.iampolicy.engine.semantic.SemanticCheckerEdgeCasesTest.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions decided without assumption (issue 8, cause 5 and 6): {@code aws:MultiFactorAuthAge} with the
 * Numeric operators, {@code Null} on {@code aws:username}, and identical unmodelled conditions as one unknown.
 */
class DecidedConditionsTest {

    static final String KEYS = "iam:CreateAccessKey";
    static final String ALL = "arn:aws:iam::*:user/*";

    static CheckResult check(Policy p) {
        return SemanticCheckerEdgeCasesTest.CHECKER.otherUserAccess(List.of(p), SemanticCheckerEdgeCasesTest.CRED);
    }

    /** A FAIL that needs no assumption, confirmed by the evaluator without an oracle. */
    static CheckResult.Fail error(Policy p) {
        CheckResult r = check(p);
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertEquals(List.of(), f.assumptions(), f.toString());
        assertTrue(Evaluator.evaluate(List.of(p), f.request()).allowed(), f.toString());
        assertTrue(UserArns.namesOtherUser(f.request().resource(), f.request().username()), f.toString());
        return f;
    }

    static String age(String operator, String seconds) {
        return "{\"" + operator + "\":{\"aws:MultiFactorAuthAge\":\"" + seconds + "\"}}";
    }

    @Test
    void mfaAgeGreaterThanHoldsOnlyWithAnOldEnoughMfaSession() {
        CheckResult.Fail f = error(doc(allow(KEYS, "Resource", ALL, age("NumericGreaterThan", "3600"))));
        assertEquals("true", f.counterexample().context().get("aws:MultiFactorAuthPresent"));
        assertTrue(Integer.parseInt(f.counterexample().context().get("aws:MultiFactorAuthAge")) > 3600, f.toString());
    }

    @Test
    void mfaAgeLessThanIfExistsDenyLeavesOldSessionsOpen() {
        Policy p = doc(
                allow(KEYS, "Resource", ALL, null),
                deny(KEYS, "Resource", ALL, age("NumericLessThanIfExists", "3600")));
        CheckResult.Fail f = error(p);
        assertTrue(Integer.parseInt(f.counterexample().context().get("aws:MultiFactorAuthAge")) >= 3600, f.toString());
    }

    @Test
    void mfaAgeConditionsThatNeverMeetPass() {
        // the Allow needs an age above 3600, the Deny covers every age from 3000 on: no request gets through
        Policy p = doc(
                allow(KEYS, "Resource", ALL, age("NumericGreaterThan", "3600")),
                deny(KEYS, "Resource", ALL, age("NumericGreaterThanEquals", "3000")));
        assertInstanceOf(CheckResult.Pass.class, check(p));
        // the key is absent without MFA: an IfExists Deny covers those callers too
        Policy q = doc(
                allow(KEYS, "Resource", ALL, null),
                deny(KEYS, "Resource", ALL, age("NumericGreaterThanEqualsIfExists", "0")));
        assertInstanceOf(CheckResult.Pass.class, check(q));
    }

    @Test
    void nullOnUsernameIsDecidedForIamUsers() {
        error(doc(allow(KEYS, "Resource", ALL, "{\"Null\":{\"aws:username\":\"false\"}}")));
        assertInstanceOf(
                CheckResult.Pass.class,
                check(doc(allow(KEYS, "Resource", ALL, "{\"Null\":{\"aws:username\":\"true\"}}"))));
        error(doc(
                allow(KEYS, "Resource", ALL, null),
                deny(KEYS, "Resource", ALL, "{\"Null\":{\"aws:username\":\"true\"}}")));
    }

    @Test
    void identicalUnmodelledConditionsOnAllowAndDenyAreOneUnknown() {
        String region = "{\"StringEquals\":{\"aws:RequestedRegion\":[\"us-east-1\",\"eu-west-1\"]}}";
        String sameRegion = "{\"StringEquals\":{\"aws:RequestedRegion\":[\"eu-west-1\",\"us-east-1\"]}}";
        Policy p = doc(allow(KEYS, "Resource", ALL, region), deny(KEYS, "Resource", ALL, sameRegion));
        assertInstanceOf(CheckResult.Pass.class, check(p), "the Deny holds exactly when the Allow does");
        String tls = "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}";
        assertInstanceOf(
                CheckResult.Pass.class,
                check(doc(allow(KEYS, "Resource", ALL, tls), deny(KEYS, "Resource", ALL, tls))));
    }

    @Test
    void differentUnmodelledConditionsStayIndependent() {
        String a = "{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}}";
        String b = "{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}";
        Policy p = doc(allow(KEYS, "Resource", ALL, a), deny(KEYS, "Resource", ALL, b));
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, check(p));
        assertEquals(List.of("StringEquals aws:RequestedRegion"), f.assumptions());
    }

    @Test
    void mixedUnknownsAreEnumeratedValueByValue() {
        // the Allow holds under t, the Deny under t too, but a second Allow holds under u alone: t false, u true
        String t = "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}";
        String u = "{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}}";
        Policy p =
                doc(allow(KEYS, "Resource", ALL, t), deny(KEYS, "Resource", ALL, t), allow(KEYS, "Resource", ALL, u));
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, check(p));
        // it relies on the region test holding and on the transport test failing (for the Allow and the Deny)
        assertEquals(List.of("Bool aws:SecureTransport", "StringEquals aws:RequestedRegion"), f.assumptions());
        assertEquals("Statement[2]", f.decision().statement().label());
    }

    @Test
    void namesConstrainedByTwoOperatorsTogetherAreFound() {
        // a name with z that does not start with z: no single pattern suggests one, their combination does
        Policy p = doc(allow(
                KEYS,
                "Resource",
                ALL,
                "{\"StringLike\":{\"aws:username\":\"*z*\"},\"StringNotLike\":{\"aws:username\":\"z*\"}}"));
        CheckResult.Fail f = error(p);
        String u = f.counterexample().username();
        assertTrue(u.contains("z") && !u.startsWith("z"), u);
    }

    @Test
    void namesConstrainedByTwoStatementsTogetherAreFound() {
        Policy p = doc(
                allow(KEYS, "Resource", ALL, "{\"StringLike\":{\"aws:username\":\"*z*\"}}"),
                deny(KEYS, "Resource", ALL, "{\"StringLike\":{\"aws:username\":[\"z*\",\"*z\"]}}"));
        String u = error(p).counterexample().username();
        assertTrue(u.contains("z") && !u.startsWith("z") && !u.endsWith("z"), u);
    }
}
