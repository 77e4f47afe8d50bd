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

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.session.AnalysisSession;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shortcut of IAM301 for statements that grant each caller its own ARN only ({@link OwnResources}): it
 * answers only where the search would say PASS, and leaves every other shape to the search.
 */
class OwnResourcesTest {

    private static final String OWN_ACCOUNT = "arn:aws:iam::111122223333:user/${aws:username}";
    private static final String OWN_MFA = "arn:aws:iam::111122223333:mfa/${aws:username}";

    private static String allow(String... resources) {
        return "{\"Effect\":\"Allow\",\"Action\":[\"iam:CreateAccessKey\",\"iam:EnableMFADevice\"],\"Resource\":[\""
                + String.join("\",\"", resources) + "\"]}";
    }

    /** Whether the shortcut decides the policy, asked the way the search asks it (every statement relevant). */
    private static boolean decided(Policy p) {
        ActionCatalog catalog = ActionCatalog.defaultCatalog().within(new AnalysisSession());
        SemanticChecker checker = new SemanticChecker(catalog);
        RequestSpace run = new RequestSpace(catalog.session());
        run.add(List.of(checker.analyze(p)), true);
        BitSet all = new BitSet();
        all.set(0, run.stmts.size());
        return OwnResources.onlyOwn(run, all);
    }

    private static CheckResult check(Policy p) {
        return SemanticCheckerEdgeCasesTest.CHECKER.otherUserAccess(List.of(p), SemanticCheckerEdgeCasesTest.CRED);
    }

    @Test
    void theSelfManageShapeIsDecidedAndPasses() {
        for (Policy p : List.of(
                SemanticCheckerEdgeCasesTest.doc(allow(OWN_ACCOUNT)),
                SemanticCheckerEdgeCasesTest.doc(allow(OWN_ACCOUNT, OWN_MFA)),
                SemanticCheckerEdgeCasesTest.doc(allow("arn:aws:iam::*:user/${aws:username}")),
                SemanticCheckerEdgeCasesTest.doc(allow("arn:aws:iam::*:user/division_abc/*/${aws:username}")),
                SemanticCheckerEdgeCasesTest.doc(
                        allow(OWN_ACCOUNT), allow("arn:aws:iam::444455556666:mfa/${aws:username}")))) {
            assertTrue(decided(p), p.toString());
            assertInstanceOf(CheckResult.Pass.class, check(p));
            // and the independent evaluator agrees on a concrete other user's ARN
            Request other = Request.of(
                    "iam:CreateAccessKey", "arn:aws:iam::111122223333:user/bob", Map.of("aws:username", "alice"));
            assertFalse(Evaluator.evaluate(List.of(p), other).allowed(), p.toString());
        }
    }

    @Test
    void otherShapesAreLeftToTheSearch() {
        // another user's ARN: the search finds it
        Policy wide = SemanticCheckerEdgeCasesTest.doc(allow("arn:aws:iam::*:user/*"));
        assertFalse(decided(wide));
        assertInstanceOf(CheckResult.Fail.class, check(wide));
        Policy prefixed = SemanticCheckerEdgeCasesTest.doc(allow("arn:aws:iam::*:user/${aws:username}*"));
        assertFalse(decided(prefixed));
        assertInstanceOf(CheckResult.Fail.class, check(prefixed));
        Policy glued = SemanticCheckerEdgeCasesTest.doc(allow("arn:aws:iam::*:user/x${aws:username}"));
        assertFalse(decided(glued));
        // a literal ARN, a Deny, a condition, NotResource: the search decides them
        assertFalse(decided(SemanticCheckerEdgeCasesTest.doc(allow(OWN_ACCOUNT, "arn:aws:iam::1:user/bob"))));
        assertFalse(decided(SemanticCheckerEdgeCasesTest.doc(
                allow(OWN_ACCOUNT), allow(OWN_ACCOUNT).replace("Allow", "Deny"))));
        assertFalse(decided(SemanticCheckerEdgeCasesTest.doc(allow(OWN_ACCOUNT)
                .replaceFirst("\\}$", ",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}"))));
        assertFalse(decided(SemanticCheckerEdgeCasesTest.doc(allow(OWN_ACCOUNT).replace("Resource", "NotResource"))));
        // without the 2012-10-17 version the variable is literal text
        assertFalse(decided(SemanticCheckerEdgeCasesTest.noVersion(allow(OWN_ACCOUNT))));
    }

    @Test
    void twoEntriesWithTheVariableMustDifferInTheirLiteralBeginnings() {
        // the same beginning up to the wildcard: whether they meet is the search's question
        Policy p = SemanticCheckerEdgeCasesTest.doc(
                allow("arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:mfa/${aws:username}"));
        assertFalse(decided(p));
        assertInstanceOf(CheckResult.Pass.class, check(p));
        assertTrue(OwnResources.conflict("arn:aws:iam::1:user/", "arn:aws:iam::1:mfa/"));
        assertFalse(OwnResources.conflict("arn:aws:iam::", "arn:aws:iam::1:mfa/"));
        assertEquals(
                "arn:aws:iam::",
                OwnResources.literalPrefix(
                        Languages.tokens("ARN:aws:iam::*:user/x", true).tokens()));
    }

    @Test
    void manyQuestionMarksLeaveTheCallerNamesCapToTheSearch() {
        String q = "?".repeat(CallerNames.MAX_USERS);
        Policy p = SemanticCheckerEdgeCasesTest.doc(
                allow(OWN_ACCOUNT), "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"" + q + "\"}");
        assertFalse(decided(p));
    }
}
