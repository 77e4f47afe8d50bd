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
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.session.AnalysisSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two resource patterns with {@code ${aws:username}} (issue 8): where the bounded search finds no name for
 * which they meet, the verdict is PASS only when a proof says the names it did not try cannot matter.
 */
class WordEquationsTest {

    private static final AnalysisSession SESSION = new AnalysisSession();
    private static final SemanticChecker CHECKER = new SemanticChecker(ActionCatalog.defaultCatalog());

    private static Policy allow(String... resources) {
        StringBuilder b = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        for (int i = 0; i < resources.length; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"")
                    .append(resources[i])
                    .append("\"}");
        }
        return TestPolicies.policy(b.append("]}").toString());
    }

    @Test
    void anUnsettledPairEndsUnknownNotPass() {
        // x/u-a and x/b-u are one resource for no name (-a and b- are not conjugate), but no cheap proof shows
        // it: the verdict was PASS on the bounded search alone
        Policy candidate = allow("arn:aws:s3:::x/${aws:username}-a");
        Policy reference = allow("arn:aws:s3:::x/b-${aws:username}", "arn:aws:s3:::x/*-a");
        CheckResult r = CHECKER.exceedsReference(List.of(candidate), List.of(reference));
        CheckResult.Unknown u = assertInstanceOf(CheckResult.Unknown.class, r);
        assertTrue(u.reason().contains("x/${aws:username}-a"), u.reason());
        assertTrue(u.reason().contains("x/b-${aws:username}"), u.reason());
    }

    @Test
    void aCounterexampleStandsBesideAnUnsettledPair() {
        Policy candidate = allow("arn:aws:s3:::x/${aws:username}-a", "arn:aws:s3:::y/*");
        Policy reference = allow("arn:aws:s3:::x/b-${aws:username}", "arn:aws:s3:::x/*-a");
        assertInstanceOf(CheckResult.Fail.class, CHECKER.exceedsReference(List.of(candidate), List.of(reference)));
    }

    @Test
    void provenPairsStayPass() {
        // a common literal after the variable cancels; containment with the variable as a fresh letter
        Policy candidate = allow("arn:aws:s3:::a/${aws:username}", "arn:aws:s3:::b/${aws:username}/x");
        Policy reference = allow("arn:aws:s3:::*/${aws:username}", "arn:aws:s3:::*/${aws:username}/*");
        CheckResult r = CHECKER.exceedsReference(List.of(candidate), List.of(reference));
        assertInstanceOf(CheckResult.Pass.class, r, r.toString());
    }

    @Test
    void theUserAndMfaArnsOfTheAwsSelfManagePolicyStayPass() throws Exception {
        Path file = Path.of(
                getClass().getResource("/iam-policy/aws-self-manage.json").toURI());
        List<Policy> reference = new PolicyExtractor()
                .extract(new SourceFile(file, "aws-self-manage.json"))
                .policies();
        // two patterns with the variable (a user ARN and an MFA ARN of the caller): they never meet
        Policy pair = TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Action\":\"iam:GetUser\",\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"},"
                + "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateVirtualMFADevice\","
                + "\"Resource\":\"arn:aws:iam::*:mfa/${aws:username}\"}]}");
        CheckResult r = CHECKER.exceedsReference(List.of(pair), reference);
        assertInstanceOf(CheckResult.Pass.class, r, r.toString());
    }

    @Test
    void theProofs() {
        assertTrue(WordEquations.uniform(SESSION, "arn:p:s::1:a${aws:username}", "arn:p:s::1:*${aws:username}"));
        assertTrue(WordEquations.uniform(SESSION, "arn:p:s::1:${aws:username}/x", "arn:p:s::1:*/${aws:username}/x"));
        assertTrue(WordEquations.uniform(SESSION, "arn:p:s::1:b/${aws:username}/x", "arn:p:s::1:*/${aws:username}/*"));
        assertFalse(WordEquations.uniform(SESSION, "arn:p:s::1:${aws:username}-a", "arn:p:s::1:b-${aws:username}"));
        assertFalse(WordEquations.uniform(SESSION, "arn:p:s::1:?b${aws:username}", "arn:p:s::1:${aws:username}a?"));
    }

    /** Whatever a proof says: the pair meets for every tried name or for none. */
    @Test
    void aProofMeansTheNamesCannotTellThePairApart() {
        Random random = new Random(20261206L);
        String[] pieces = {"a", "b", "-", "*", "?", "ab", "/"};
        List<String> names = new ArrayList<>(List.of("a", "b", "ab", "ba", "aa", "a-b", "b-a", "zz", "abab"));
        int proven = 0;
        for (int i = 0; i < 300; i++) {
            String q = "arn:p:s::1:" + piece(random, pieces) + "${aws:username}" + piece(random, pieces);
            String r = "arn:p:s::1:" + piece(random, pieces) + "${aws:username}" + piece(random, pieces);
            if (q.equals(r) || !WordEquations.uniform(SESSION, q, r)) {
                continue;
            }
            proven++;
            Set<Boolean> meets = new HashSet<>();
            for (String u : names) {
                meets.add(!Languages.resourceOnce(q, true, u)
                        .intersection(Languages.resourceOnce(r, true, u))
                        .isEmpty());
            }
            assertEquals(1, meets.size(), q + " / " + r);
        }
        assertTrue(proven > 20, "proofs exercised: " + proven);
    }

    private static String piece(Random random, String[] pieces) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
