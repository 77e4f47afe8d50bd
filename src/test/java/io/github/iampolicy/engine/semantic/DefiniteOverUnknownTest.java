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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Policy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one statement leaves open must not mask what another decides (issue 8, cause 4): an unmodelled policy
 * variable, a name used twice, or a cap on the caller names in one statement, next to a statement that plainly
 * allows {@code user/*}, is a definite FAIL on that statement.
 */
class DefiniteOverUnknownTest {

    static final String KEY = "iam:CreateAccessKey";
    static final String ANY_USER = "arn:aws:iam::*:user/*";

    static CheckResult check(Policy p) {
        return SemanticCheckerEdgeCasesTest.CHECKER.otherUserAccess(List.of(p), SemanticCheckerEdgeCasesTest.CRED);
    }

    private static void definiteOnSecond(Policy p) {
        CheckResult.Fail f = SemanticCheckerEdgeCasesTest.fail301(p);
        assertTrue(f.definite(), f.toString());
        assertTrue(f.assumptions().isEmpty(), f.toString());
        assertEquals(1, f.decision().statement().index(), f.toString());
    }

    @Test
    void anUnmodelledPolicyVariableInOneStatement() {
        Policy alone = doc(allow(KEY, "Resource", "arn:aws:iam::*:user/${aws:PrincipalTag/login}", null));
        assertInstanceOf(CheckResult.Unknown.class, check(alone));
        definiteOnSecond(doc(
                allow(KEY, "Resource", "arn:aws:iam::*:user/${aws:PrincipalTag/login}", null),
                allow(KEY, "Resource", ANY_USER, null)));
    }

    @Test
    void anUnmodelledVariableInAConditionOfOneStatement() {
        definiteOnSecond(doc(
                allow(
                        KEY,
                        "Resource",
                        "arn:aws:iam::*:user/*",
                        "{\"StringEquals\":{\"aws:username\":" + "\"${aws:PrincipalTag/login}\"}}"),
                allow(KEY, "Resource", ANY_USER, null)));
    }

    @Test
    void theCallerNameTwiceInOneResource() {
        definiteOnSecond(doc(
                allow(KEY, "Resource", "arn:aws:iam::*:user/${aws:username}${aws:username}", null),
                allow(KEY, "Resource", ANY_USER, null)));
    }

    @Test
    void theRegionCapInOneStatement() {
        // 40 Deny statements of their own condition on the name reach the region cap; the Allow on user/* for
        // every other caller is still a counterexample
        List<String> st = new ArrayList<>();
        st.add(allow(KEY, "Resource", "arn:aws:iam::*:user/x", null));
        st.add(allow(KEY, "Resource", ANY_USER, null));
        for (int i = 0; i < NameRegions.MAX_REGIONS + 2; i++) {
            st.add(deny(
                    KEY, "Resource", "arn:aws:iam::*:user/x", "{\"StringLike\":{\"aws:username\":\"n" + i + "*\"}}"));
        }
        CheckResult r = check(doc(st.toArray(String[]::new)));
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertTrue(f.definite(), f.toString());
        // without the plain Allow only callers "n..." outside the 34 prefixes remain (such as "na"): beyond the
        // cap that is an UNKNOWN or a FAIL, never a PASS
        st.remove(1);
        st.add(deny(KEY, "Resource", "arn:aws:iam::*:user/x", "{\"StringNotLike\":{\"aws:username\":\"n*\"}}"));
        CheckResult capped = check(doc(st.toArray(String[]::new)));
        assertNotEquals(CheckResult.Pass.class, capped.getClass(), capped.toString());
    }
}
