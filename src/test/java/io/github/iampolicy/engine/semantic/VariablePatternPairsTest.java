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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.session.AnalysisSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * False PASSes the differential property test found: two resource patterns that both hold
 * {@code ${aws:username}} meet only for some callers, whose names use the patterns' own characters, while the
 * generic representative names use characters no literal uses. Each case pins the evaluator's verdict on
 * the counterexample first, so the checker test cannot pass for the wrong reason.
 */
class VariablePatternPairsTest {

    /** Memos of these checks; a session of the test class, dropped with it. */
    private static final AnalysisSession SESSION = new AnalysisSession();

    private static final SemanticChecker CHECKER = new SemanticChecker(ActionCatalog.defaultCatalog());

    /** Seed 7711592888026: {@code ${u}*} allowed, {@code a${u}?} escaped through a Deny's NotResource. */
    private static Policy prefixCase() {
        return TestPolicies.policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Effect\":\"Allow\",\"NotAction\":[\"s:ab\",\"*:a\"],\"Resource\":\"arn:p:s::1:${aws:username}*\"},"
                        + "{\"Effect\":\"Deny\",\"Action\":[\"*\",\"s:a*\"],\"NotResource\":\"arn:p:s::1:a${aws:username}?\"}]}");
    }

    /** Seed 424242: {@code ?b${u}} allowed, the reference allowing all but {@code ${u}a?}; they meet for ab. */
    private static Policy shiftedCase() {
        return TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Deny\",\"Action\":\"s:*\",\"Resource\":\"arn:p:s::1:a*\"},"
                + "{\"Effect\":\"Allow\",\"Action\":[\"s:b\",\"t:a\"],\"Resource\":\"arn:p:s::1:?b${aws:username}\","
                + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}]}");
    }

    private static Policy shiftedReference() {
        return TestPolicies.policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Effect\":\"Allow\",\"Action\":[\"*\",\"s:*\"],\"NotResource\":\"arn:p:s::1:${aws:username}a?\"}]}");
    }

    @Test
    void theEvaluatorAllowsThePrefixCaseRequest() {
        Request r = Request.of("s:b", "arn:p:s::1:aab", Map.of("aws:username", "a"));
        assertEquals(
                Decision.Effect.ALLOW,
                Evaluator.evaluate(List.of(prefixCase()), r).effect());
    }

    @Test
    void theCheckerFindsThePrefixCaseCounterexample() {
        Policy reference = TestPolicies.statement("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}");
        CheckResult result = CHECKER.exceedsReference(List.of(prefixCase()), List.of(reference));
        assertInstanceOf(CheckResult.Fail.class, result);
    }

    @Test
    void theEvaluatorSeparatesTheShiftedCase() {
        Request r = Request.of(
                "t:a", "arn:p:s::1:abab", Map.of("aws:username", "ab", "aws:MultiFactorAuthPresent", "false"));
        assertEquals(
                Decision.Effect.ALLOW,
                Evaluator.evaluate(List.of(shiftedCase()), r).effect());
        assertTrue(!Evaluator.evaluate(List.of(shiftedReference()), r).allowed());
    }

    @Test
    void theCheckerFindsTheShiftedCaseCounterexample() {
        CheckResult result = CHECKER.exceedsReference(List.of(shiftedCase()), List.of(shiftedReference()));
        CheckResult.Fail fail = assertInstanceOf(CheckResult.Fail.class, result);
        // whatever request it prints, the evaluator must agree with it
        assertTrue(Evaluator.evaluate(List.of(shiftedCase()), fail.request()).allowed());
        assertTrue(
                !Evaluator.evaluate(List.of(shiftedReference()), fail.request()).allowed());
    }

    @Test
    void meetingNamesAreExactlyThoseForWhichBothPatternsShareAResource() {
        List<String> names = Aligned.meeting(SESSION, "arn:p:s::1:?b${aws:username}", "arn:p:s::1:${aws:username}a?");
        assertTrue(names.contains("ab"), names.toString());
        for (String u : names) {
            assertTrue(u.length() >= 2 && u.charAt(u.length() - 2) == 'a', u);
        }
    }

    @Test
    void patternsThatCannotMeetGiveNoNames() {
        // a user name holds no ':' or '/', so a user ARN and an MFA ARN of the same name never meet
        assertEquals(
                List.of(),
                Aligned.meeting(SESSION, "arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:mfa/${aws:username}"));
    }
}
