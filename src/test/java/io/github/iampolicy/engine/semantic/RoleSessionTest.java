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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A role's inline policy is used by sessions of the role, which have no {@code aws:username} (issue 8,
 * cause 7): any credential change on any IAM user is the finding, and conditions on the name are decided
 * for callers without one.
 */
class RoleSessionTest {

    static Policy role(String statement) {
        return TestPolicies.policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}", PolicyKind.INLINE_ROLE);
    }

    static Policy user(String statement) {
        return TestPolicies.policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}", PolicyKind.INLINE_USER);
    }

    static CheckResult check(Policy p) {
        return SemanticCheckerEdgeCasesTest.CHECKER.otherUserAccess(List.of(p), SemanticCheckerEdgeCasesTest.CRED);
    }

    static final String ALL_USERS_WITHOUT_NAME = "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
            + "\"Resource\":\"arn:aws:iam::*:user/*\",\"Condition\":{\"Null\":{\"aws:username\":\"true\"}}}";
    static final String ALL_USERS_WITH_NAME = "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
            + "\"Resource\":\"arn:aws:iam::*:user/*\",\"Condition\":{\"StringLike\":{\"aws:username\":\"*\"}}}";

    @Test
    void aRoleSessionHasNoUserName() {
        Policy p = role(ALL_USERS_WITHOUT_NAME);
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, check(p));
        assertNull(f.counterexample().username());
        assertNull(f.request().username());
        assertTrue(f.definite(), f.toString());
        assertEquals("arn:aws:iam::123456789012:user/bob", f.counterexample().resource());
        assertTrue(Evaluator.evaluate(List.of(p), f.request()).allowed(), f.toString());
        // the same statement for IAM users never holds
        assertInstanceOf(CheckResult.Pass.class, check(user(ALL_USERS_WITHOUT_NAME)));
    }

    @Test
    void aConditionOnTheUserNameNeverHoldsForASession() {
        assertInstanceOf(CheckResult.Pass.class, check(role(ALL_USERS_WITH_NAME)));
        assertInstanceOf(CheckResult.Fail.class, check(user(ALL_USERS_WITH_NAME)));
    }

    @Test
    void theOwnUserScopeGrantsASessionNothing() {
        Policy own = role("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}");
        assertInstanceOf(CheckResult.Pass.class, check(own));
        Policy dflt = role("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:username, 'ops'}\"}");
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, check(dflt));
        assertEquals("arn:aws:iam::123456789012:user/ops", f.counterexample().resource());
    }
}
