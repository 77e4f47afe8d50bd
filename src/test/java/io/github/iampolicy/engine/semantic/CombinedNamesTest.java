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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Caller names that several patterns constrain together (issue 8, cause 3): a condition on {@code aws:username}
 * and a resource pattern, or two of each. A name the representatives miss must never end in PASS.
 */
class CombinedNamesTest {

    static final String KEY = "iam:CreateAccessKey";

    static CheckResult check(Policy p) {
        return SemanticCheckerEdgeCasesTest.CHECKER.otherUserAccess(List.of(p), SemanticCheckerEdgeCasesTest.CRED);
    }

    @Test
    void aConditionAndAResourcePatternConstrainTheNameTogether() {
        // only callers whose name holds a b and starts with a: "ab" changes the keys of user ab1
        Policy p = doc(
                allow(KEY, "Resource", "arn:aws:iam::*:user/${aws:username}1", LIKE_B),
                deny(KEY, "NotResource", "arn:aws:iam::*:user/a*1", null));
        CheckResult.Fail f = SemanticCheckerEdgeCasesTest.fail301(p);
        String u = f.counterexample().username();
        assertTrue(u.startsWith("a") && u.contains("b"), f.counterexample().toString());
    }

    @Test
    void twoOperatorsAndAResourcePattern() {
        Policy p = doc(
                allow(
                        KEY,
                        "Resource",
                        "arn:aws:iam::*:user/${aws:username}1",
                        "{\"StringLike\":{\"aws:username\":\"*b*\"},\"StringNotLike\":{\"aws:username\":\"*c\"}}"),
                deny(KEY, "NotResource", "arn:aws:iam::*:user/ac*1", null));
        String u = SemanticCheckerEdgeCasesTest.fail301(p).counterexample().username();
        assertTrue(u.startsWith("ac") && u.contains("b") && !u.endsWith("c"), u);
        // the same with a name no caller can have: a PASS, and a true one
        SemanticCheckerEdgeCasesTest.pass301(doc(
                allow(
                        KEY,
                        "Resource",
                        "arn:aws:iam::*:user/${aws:username}1",
                        "{\"StringLike\":{\"aws:username\":\"*b*\"},\"StringNotLike\":{\"aws:username\":\"*c*\"}}"),
                deny(KEY, "NotResource", "arn:aws:iam::*:user/ac*1", null)));
    }

    @Test
    void twoResourcePatternsOfTwoStatements() {
        // x${aws:username} must start with xa and end with b: the caller "ab" changes user xab's keys
        Policy p = doc(
                allow(KEY, "Resource", "arn:aws:iam::*:user/x${aws:username}", null),
                deny(KEY, "NotResource", "arn:aws:iam::*:user/xa*", null),
                deny(KEY, "NotResource", "arn:aws:iam::*:user/*b", null));
        String u = SemanticCheckerEdgeCasesTest.fail301(p).counterexample().username();
        assertTrue(u.startsWith("a") && u.endsWith("b"), u);
    }

    static final String LIKE_B = "{\"StringLike\":{\"aws:username\":\"*b*\"}}";
}
