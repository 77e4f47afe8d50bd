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
 * Witnesses a person would believe (issue 8, cause 8): a real partition, a 12-digit account, an IAM path
 * without empty segments, whenever the counterexample language has one.
 */
class BelievableWitnessTest {

    static final String KEYS = "iam:CreateAccessKey";
    static final String BELIEVABLE = "arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:user/([A-Za-z0-9_-]+/)*[A-Za-z0-9_+=,.@-]+";

    static String witness(Policy p) {
        CheckResult r =
                SemanticCheckerEdgeCasesTest.CHECKER.otherUserAccess(List.of(p), SemanticCheckerEdgeCasesTest.CRED);
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertTrue(Evaluator.evaluate(List.of(p), f.request()).allowed(), f.toString());
        String res = f.counterexample().resource();
        assertTrue(res.matches(BELIEVABLE), res);
        return res;
    }

    @Test
    void anotherAccountIsTwelveDigitsNotEmpty() {
        String r = witness(doc(
                allow(KEYS, "Resource", "arn:aws:iam::*:user/*", null),
                deny(KEYS, "Resource", "arn:aws:iam::123456789012:user/*", null)));
        assertTrue(r.startsWith("arn:aws:iam::"), r);
    }

    @Test
    void anotherPartitionIsARealOne() {
        String r = witness(doc(
                allow(KEYS, "Resource", "arn:*:iam::*:user/*", null),
                deny(KEYS, "Resource", "arn:aws:iam::*:user/*", null)));
        assertEquals("arn:aws-cn:iam::123456789012:user/bob", r);
    }

    @Test
    void aPathHasNoEmptySegment() {
        String r = witness(doc(allow(KEYS, "Resource", "arn:aws:iam::*:user/*/*", null)));
        assertTrue(!r.contains("//"), r);
    }
}
