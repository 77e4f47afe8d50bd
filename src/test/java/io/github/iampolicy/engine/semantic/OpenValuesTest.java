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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.text.Values;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unknown template values as free variables (issue 8, causes 1 and 4): a counterexample for every value is
 * a definite FAIL, one for some values names them, and a policy variable the checker does not model no longer
 * hides what another statement plainly allows.
 */
class OpenValuesTest {

    static final String KEYS = "iam:UpdateAccessKey";

    static CheckResult check(Policy p) {
        return SemanticCheckerEdgeCasesTest.CHECKER.otherUserAccess(List.of(p), SemanticCheckerEdgeCasesTest.CRED);
    }

    /** The policy with each unknown replaced by its value. */
    static Policy instance(Policy p, Map<String, String> values) {
        Map<String, String> hints = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> hints.put(k.substring(2, k.length() - 1), v));
        return Instances.apply(List.of(p), hints).get(0);
    }

    /** A FAIL that holds whatever the unknowns are; the values it is shown with are confirmed concretely. */
    static CheckResult.Fail forEveryValue(Policy p, String... names) {
        CheckResult r = check(p);
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertTrue(f.definite(), f.toString());
        assertEquals(List.of(names), f.unknowns().names(), f.toString());
        assertTrue(f.unknowns().forAll(), f.toString());
        Policy concrete = instance(p, f.unknowns().values());
        assertTrue(Evaluator.evaluate(List.of(concrete), f.request()).allowed(), f.toString());
        assertTrue(UserArns.namesOtherUser(f.request().resource(), f.request().username()), f.toString());
        return f;
    }

    /** A FAIL that needs the unknowns to take the values it names, confirmed on the policy so instantiated. */
    static CheckResult.Fail forSomeValue(Policy p) {
        CheckResult r = check(p);
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertFalse(f.definite(), f.toString());
        assertFalse(f.unknowns().forAll(), f.toString());
        assertFalse(f.unknowns().values().isEmpty(), f.toString());
        Policy concrete = instance(p, f.unknowns().values());
        assertTrue(Evaluator.evaluate(List.of(concrete), f.request()).allowed(), f.toString());
        return f;
    }

    @Test
    void anUnknownAccountStillNamesEveryUserOfThatAccount() {
        CheckResult.Fail f =
                forEveryValue(doc(allow(KEYS, "Resource", "arn:aws:iam::${Acct}:user/*", null)), "${Acct}");
        assertEquals(KEYS, f.counterexample().action());
        forEveryValue(
                doc(allow(
                        KEYS, "Resource", "arn:aws:iam::${data.aws_caller_identity.current.account_id}:user/*", null)),
                "${data.aws_caller_identity.current.account_id}");
        forEveryValue(
                doc(allow(KEYS, "Resource", "arn:${Partition}:iam::${Acct}:user/*", null)), "${Partition}", "${Acct}");
    }

    @Test
    void anUnknownActionOpensAccessForSomeValues() {
        CheckResult.Fail f =
                forSomeValue(doc(allow("iam:${var.key_action}", "Resource", "arn:aws:iam::*:user/*", null)));
        String value = f.unknowns().values().get("${var.key_action}");
        assertEquals(f.counterexample().action(), "iam:" + value, f.toString());
    }

    @Test
    void anUnknownEffectIsAnAllowForSomeValue() {
        CheckResult.Fail f = forSomeValue(
                doc(allow(KEYS, "Resource", "arn:aws:iam::*:user/*", null).replace("\"Allow\"", "\"${Effect}\"")));
        assertEquals(Map.of("${Effect}", "Allow"), f.unknowns().values());
    }

    @Test
    void aDenyOnAnUnknownAccountLeavesOtherAccountsOpen() {
        Policy p = doc(
                allow(KEYS, "Resource", "arn:aws:iam::*:user/*", null),
                deny(KEYS, "Resource", "arn:aws:iam::${Acct}:user/*", null));
        CheckResult.Fail f = forEveryValue(p, "${Acct}");
        String acct = f.unknowns().values().get("${Acct}");
        assertFalse(f.request().resource().contains(":" + acct + ":"), f.toString());
    }

    @Test
    void aDenyOfEverythingButTheOwnUserHoldsForEveryAccount() {
        Policy p = doc(
                allow(KEYS, "Resource", "arn:aws:iam::${Acct}:user/*", null),
                deny(KEYS, "NotResource", "arn:aws:iam::${Acct}:user/${aws:username}", null));
        assertInstanceOf(CheckResult.Pass.class, check(p));
    }

    @Test
    void anUnknownNotActionOfAnAllowCannotExcludeEveryCredentialAction() {
        Policy p =
                doc("{\"Effect\":\"Allow\",\"NotAction\":\"${var.excluded}\",\"Resource\":\"arn:aws:iam::*:user/*\"}");
        forEveryValue(p, "${var.excluded}");
    }

    @Test
    void anUnknownInAConditionValueIsAnUnmodelledCondition() {
        Policy p = doc(allow(
                KEYS, "Resource", "arn:aws:iam::*:user/*", "{\"StringEquals\":{\"aws:username\":\"${AdminName}\"}}"));
        CheckResult r = check(p);
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertFalse(f.definite(), f.toString());
    }

    @Test
    void aDenyWithTheSameUnknownAsTheAllowEndsUnknownNeverPass() {
        // safe for every value, but the bounds cannot tell, and no value tried opens it: a miss is no proof
        Policy p = doc(
                allow(KEYS, "Resource", "arn:aws:iam::${Acct}:user/*", null),
                deny(KEYS, "Resource", "arn:aws:iam::${Acct}:user/*", null));
        CheckResult r = check(p);
        assertTrue(assertInstanceOf(CheckResult.Unknown.class, r).reason().contains("${Acct}"), r.toString());
    }

    @Test
    void anotherVariableNoLongerHidesAPlainWildcard() {
        Policy p = doc(
                allow(KEYS, "Resource", "arn:aws:iam::*:user/${aws:PrincipalTag/login}", null),
                allow("iam:CreateAccessKey", "Resource", "arn:aws:iam::*:user/*", null));
        CheckResult r = check(p);
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertTrue(f.definite(), f.toString());
        assertEquals("Statement[1]", f.decision().statement().label());
        assertEquals(List.of(), f.unknowns().names());
        // alone, the variable statement stays undecided and is named
        CheckResult alone = check(doc(allow(KEYS, "Resource", "arn:aws:iam::*:user/${aws:PrincipalTag/login}", null)));
        assertTrue(
                assertInstanceOf(CheckResult.Unknown.class, alone).reason().contains("${aws:PrincipalTag/login}"),
                alone.toString());
    }

    @Test
    void boundsReplaceOpenEntriesByPolarity() {
        String token = Values.unknown("Acct");
        assertEquals("arn:aws:iam::*:user/*", Bounds.entry("arn:aws:iam::" + token + ":user/*", true, true));
        assertEquals(Bounds.NOTHING, Bounds.entry("arn:aws:iam::" + token + ":user/*", true, false));
        assertEquals("a/${aws:username}/*", Bounds.entry("a/${aws:username}/${aws:username}", true, true));
        assertEquals("a/*", Bounds.entry("a/${aws:PrincipalTag/x}", true, true));
        assertEquals("a/${aws:PrincipalTag/x}", Bounds.entry("a/${aws:PrincipalTag/x}", false, false));
    }
}
