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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.text.Glob;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker on Deny, NotResource, MFA and username conditions, unmodelled conditions and resource keys. */
class SemanticCheckerEdgeCasesTest {

    static final SemanticChecker CHECKER = new SemanticChecker(ActionCatalog.defaultCatalog());
    static final List<String> CRED = SemanticCheckerTest.CRED;
    static final String OWN = "arn:aws:iam::*:user/${aws:username}";

    static Policy doc(String... statements) {
        return TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}");
    }

    static Policy noVersion(String... statements) {
        return TestPolicies.policy("{\"Statement\":[" + String.join(",", statements) + "]}");
    }

    static String allow(String action, String resourceKey, String resource, String condition) {
        return "{\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"" + resourceKey + "\":\"" + resource + "\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    static String deny(String action, String resourceKey, String resource, String condition) {
        return allow(action, resourceKey, resource, condition).replace("\"Allow\"", "\"Deny\"");
    }

    /** An IAM301 FAIL confirmed by the evaluator: allowed, and on another user's ARN. */
    static CheckResult.Fail fail301(Policy p) {
        CheckResult r = CHECKER.otherUserAccess(List.of(p), CRED);
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        if (f.assumptions().isEmpty()) {
            assertTrue(Evaluator.evaluate(List.of(p), f.request()).allowed(), f.toString());
        } else {
            assertTrue(
                    Evaluator.evaluate(List.of(p), f.request(), (st, i, c) -> true)
                            .allowed(),
                    f.toString());
        }
        assertTrue(
                UserArns.namesOtherUser(
                        f.counterexample().resource(), f.counterexample().username()),
                f.toString());
        assertEquals(f.counterexample().username(), f.request().username());
        return f;
    }

    static void pass301(Policy p) {
        CheckResult r = CHECKER.otherUserAccess(List.of(p), CRED);
        assertInstanceOf(CheckResult.Pass.class, r, r.toString());
    }

    @Test
    void aUsernameConditionNeedsACallerOfThatName() {
        String like = "{\"StringLike\":{\"aws:username\":\"adm?n-*\"}}";
        CheckResult.Fail f = fail301(doc(allow("iam:CreateAccessKey", "Resource", "*", like)));
        assertTrue(Glob.matches("adm?n-*", f.counterexample().username(), false), f.toString());
        assertTrue(f.assumptions().isEmpty());
        String eq = "{\"StringEquals\":{\"aws:username\":[\"carol\",\"dave\"]}}";
        CheckResult.Fail g = fail301(doc(allow("iam:CreateAccessKey", "Resource", "*", eq)));
        assertTrue(List.of("carol", "dave").contains(g.counterexample().username()), g.toString());
        // a value that is no user name (it has a slash) cannot be a caller
        pass301(doc(allow("iam:CreateAccessKey", "Resource", "*", "{\"StringEquals\":{\"aws:username\":\"a/b\"}}")));
        String notLike = "{\"StringNotLike\":{\"aws:username\":\"*\"}}";
        pass301(doc(allow("iam:CreateAccessKey", "Resource", "*", notLike)));
    }

    @Test
    void aDenyOfEveryOtherUserClosesAWideAllow() {
        pass301(doc(allow("iam:CreateAccessKey", "Resource", "*", null), deny("iam:*", "NotResource", OWN, null)));
        // the Deny must cover the action
        fail301(doc(
                allow("iam:CreateAccessKey", "Resource", "*", null),
                deny("iam:DeleteAccessKey", "NotResource", OWN, null)));
        // a Deny that leaves one other user open
        CheckResult.Fail f = fail301(doc(
                allow("iam:CreateAccessKey", "Resource", "*", null),
                deny("iam:*", "NotResource", "arn:aws:iam::*:user/carol*", null)));
        assertTrue(f.counterexample().resource().contains(":user/carol"), f.toString());
    }

    @Test
    void mfaContexts() {
        String denyWithoutMfa = "{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}";
        CheckResult.Fail f = fail301(
                doc(allow("iam:CreateAccessKey", "Resource", "*", null), deny("*", "Resource", "*", denyWithoutMfa)));
        assertEquals("true", f.counterexample().context().get("aws:MultiFactorAuthPresent"));
        String denyWithMfa = "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}";
        CheckResult.Fail g = fail301(
                doc(allow("iam:CreateAccessKey", "Resource", "*", null), deny("*", "Resource", "*", denyWithMfa)));
        assertFalse("true".equals(g.counterexample().context().get("aws:MultiFactorAuthPresent")), g.toString());
        String denyNoAge = "{\"Null\":{\"aws:MultiFactorAuthAge\":\"true\"}}";
        CheckResult.Fail h = fail301(
                doc(allow("iam:CreateAccessKey", "Resource", "*", null), deny("*", "Resource", "*", denyNoAge)));
        assertEquals("true", h.counterexample().context().get("aws:MultiFactorAuthPresent"));
        pass301(doc(
                allow("iam:CreateAccessKey", "Resource", "*", null),
                deny("*", "Resource", "*", denyNoAge),
                deny("*", "Resource", "*", "{\"Null\":{\"aws:MultiFactorAuthAge\":\"false\"}}")));
    }

    @Test
    void notResourceOnAnAllowGrantsEveryoneNotListed() {
        CheckResult.Fail f = fail301(doc(allow("iam:CreateAccessKey", "NotResource", "arn:aws:iam::*:user/bob", null)));
        assertFalse(f.counterexample().resource().endsWith(":user/bob"), f.toString());
        pass301(doc(allow("iam:CreateAccessKey", "NotResource", "arn:*:iam::*:user/*", null)));
        // a literal partition leaves the other partitions' users
        CheckResult.Fail g = fail301(doc(allow("iam:CreateAccessKey", "NotResource", "arn:aws:iam::*:user/*", null)));
        assertFalse(g.counterexample().resource().startsWith("arn:aws:"), g.toString());
    }

    @Test
    void resourceAndNotResourceWithTheSameEntriesAreDifferentLanguages() {
        // either order: an Allow on NotResource own, a Deny on Resource own - other users stay open
        fail301(doc(
                allow("iam:CreateAccessKey", "NotResource", OWN, null),
                deny("iam:CreateAccessKey", "Resource", OWN, null)));
        fail301(doc(
                deny("iam:CreateAccessKey", "Resource", OWN, null),
                allow("iam:CreateAccessKey", "NotResource", OWN, null)));
        // the reverse pair closes everything
        pass301(doc(
                allow("iam:CreateAccessKey", "Resource", OWN, null),
                deny("iam:CreateAccessKey", "NotResource", OWN, null)));
    }

    @Test
    void variablesAreLiteralWithoutVersion2012() {
        Policy candidate = doc(allow("iam:CreateAccessKey", "Resource", OWN, null));
        Policy reference = noVersion(allow("iam:CreateAccessKey", "Resource", OWN, null));
        CheckResult r = CHECKER.exceedsReference(List.of(candidate), List.of(reference));
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertTrue(Evaluator.evaluate(List.of(candidate), f.request()).allowed());
        assertFalse(Evaluator.evaluate(List.of(reference), f.request()).allowed());
        // the other way round: only the literal ARN ending in ${aws:username} is extra
        CheckResult.Fail back = assertInstanceOf(
                CheckResult.Fail.class, CHECKER.exceedsReference(List.of(reference), List.of(candidate)));
        assertTrue(back.counterexample().resource().endsWith(":user/${aws:username}"), back.toString());
        assertTrue(Evaluator.evaluate(List.of(reference), back.request()).allowed());
        assertFalse(Evaluator.evaluate(List.of(candidate), back.request()).allowed());
        // a literal ${aws:username} user name is no user: nothing for IAM301 either way
        pass301(noVersion(allow("iam:CreateAccessKey", "Resource", OWN, null)));
    }

    @Test
    void unmodelledConditionsOnlyOfApplicableStatementsAreAssumptions() {
        String region = "{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}";
        String ip = "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}";
        CheckResult.Fail f = fail301(
                doc(allow("iam:CreateAccessKey", "Resource", "*", region), allow("s3:GetObject", "Resource", "*", ip)));
        assertEquals(List.of("StringEquals aws:RequestedRegion"), f.assumptions());
        CheckResult.Fail set = fail301(doc(allow(
                "iam:CreateAccessKey", "Resource", "*", "{\"ForAnyValue:StringLike\":{\"aws:username\":\"x*\"}}")));
        assertEquals(List.of("ForAnyValue:StringLike aws:username"), set.assumptions());
        CheckResult.Fail var = fail301(doc(allow(
                "iam:CreateAccessKey",
                "Resource",
                "*",
                "{\"StringEquals\":{\"aws:username\":\"${aws:PrincipalTag/name}\"}}")));
        assertEquals(List.of("StringEquals aws:username"), var.assumptions());
        CheckResult.Fail age = fail301(doc(allow(
                "iam:CreateAccessKey",
                "Resource",
                "*",
                "{\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}}")));
        // issue 8: the MFA age is modelled (absent without MFA, a number of seconds with it), so the
        // counterexample needs no assumption any more: an MFA session younger than an hour
        assertEquals(List.of(), age.assumptions());
        assertEquals("60", age.counterexample().context().get("aws:MultiFactorAuthAge"));
        CheckResult.Fail ign = fail301(doc(allow(
                "iam:CreateAccessKey", "Resource", "*", "{\"StringEqualsIgnoreCase\":{\"aws:username\":\"x\"}}")));
        assertEquals(List.of("StringEqualsIgnoreCase aws:username"), ign.assumptions());
        // modelled conditions are no assumptions
        CheckResult.Fail mfa = fail301(doc(allow(
                "iam:CreateAccessKey",
                "Resource",
                "*",
                "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"},\"Null\":{\"aws:MultiFactorAuthAge\":\"false\"},"
                        + "\"StringNotEquals\":{\"aws:username\":\"x\"}}")));
        assertTrue(mfa.assumptions().isEmpty(), mfa.toString());
    }

    @Test
    void aReferenceAllowWithAnUnmodelledConditionIsAssumedToFail() {
        Policy candidate = doc(allow("s3:GetObject", "Resource", "*", null));
        Policy reference = doc(
                allow("s3:GetObject", "Resource", "*", "{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}"));
        CheckResult r = CHECKER.exceedsReference(List.of(candidate), List.of(reference));
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertEquals(List.of("StringEquals aws:RequestedRegion"), f.assumptions());
        assertInstanceOf(CheckResult.Pass.class, CHECKER.exceedsReference(List.of(reference), List.of(candidate)));
    }

    @Test
    void exceedsReferenceWitnessesFollowTheCatalog() {
        Policy none = doc(allow("iam:GetUser", "Resource", OWN, null));
        CheckResult.Fail list = assertInstanceOf(
                CheckResult.Fail.class,
                CHECKER.exceedsReference(
                        List.of(doc(allow("s3:ListAllMyBuckets", "Resource", "*", null))), List.of(none)));
        assertEquals("*", list.counterexample().resource(), "an action without resource types acts on *");
        assertEquals("s3:ListAllMyBuckets", list.counterexample().action());
        CheckResult.Fail obj = assertInstanceOf(
                CheckResult.Fail.class,
                CHECKER.exceedsReference(List.of(doc(allow("s3:GetObject", "Resource", "*", null))), List.of(none)));
        String res = obj.counterexample().resource();
        assertTrue(
                res.startsWith("arn:aws:s3:")
                        && res.contains(obj.counterexample().username()),
                res);
        assertFalse(res.contains("${"), res);
        CheckResult.Fail key = assertInstanceOf(
                CheckResult.Fail.class,
                CHECKER.exceedsReference(
                        List.of(doc(allow("iam:CreateAccessKey", "Resource", "arn:aws:iam::*:user/*", null))),
                        List.of(none)));
        assertTrue(
                key.counterexample().resource().startsWith("arn:aws:iam::" + SemanticChecker.ACCOUNT + ":user/"),
                key.toString());
    }

    @Test
    void twoUsesOfTheVariableInOneResourceAreUnknown() {
        CheckResult r = CHECKER.otherUserAccess(
                List.of(doc(allow(
                        "iam:CreateAccessKey",
                        "Resource",
                        "arn:aws:iam::*:user/${aws:username}/${aws:username}",
                        null))),
                CRED);
        CheckResult.Unknown u = assertInstanceOf(CheckResult.Unknown.class, r);
        assertTrue(u.reason().contains("used twice"), u.reason());
        // on a statement the question does not reach, it does not matter
        pass301(doc(allow("s3:GetObject", "Resource", "arn:aws:s3:::${aws:username}/${aws:username}", null)));
        pass301(doc(allow("s3:GetObject", "Resource", "arn:aws:s3:::${aws:PrincipalTag/x}", null)));
    }

    @Test
    void statementsThatAreNeitherAllowNorDenyAreIgnored() {
        pass301(doc("{\"Effect\":\"Permit\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"*\"}"));
        pass301(doc("{\"Effect\":\"Allow\",\"Resource\":\"*\"}"));
    }
}
