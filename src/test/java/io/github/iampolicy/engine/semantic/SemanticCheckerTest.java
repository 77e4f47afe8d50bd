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

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.rules.RuleSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The worked examples of src/site/markdown/semantic-analysis.md (section 9), the AWS reference policies and their
 * pairwise containment.
 */
class SemanticCheckerTest {

    static final SemanticChecker CHECKER = new SemanticChecker(ActionCatalog.defaultCatalog());
    static final List<String> CRED = credentialActions();

    static List<String> credentialActions() {
        List<String> out = new ArrayList<>();
        for (String a : RuleSettings.DEFAULT.selfManageActions()) {
            var info = ActionCatalog.defaultCatalog().action(a);
            if (info != null
                    && info.accessLevel().isWrite()
                    && info.hasResourceType("user")
                    && !a.equals("iam:changepassword")
                    && !a.equals("iam:createvirtualmfadevice")) {
                out.add(a);
            }
        }
        out.sort(null);
        return out;
    }

    static Policy reference(String name) {
        try {
            Path p = TestData.resolve("reference/" + name);
            return TestPolicies.policy(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Policy R_SM = reference("aws-my-sec-creds-self-manage.json");

    static CheckResult.Fail fail(CheckResult r) {
        return assertInstanceOf(CheckResult.Fail.class, r, r.toString());
    }

    /** Every FAIL must hold for the evaluator: the candidate allows it, the reference does not. */
    static void confirmed(CheckResult.Fail f, Policy candidate, Policy ref) {
        assertTrue(Evaluator.evaluate(List.of(candidate), f.request()).allowed(), f.toString());
        if (ref != null && f.assumptions().isEmpty()) {
            assertTrue(!Evaluator.evaluate(List.of(ref), f.request()).allowed(), f.toString());
        }
    }

    @Test
    void example1UserStarLetsAliceCreateBobsKeys() {
        Policy c1 = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/*\"}");
        CheckResult.Fail f = fail(CHECKER.exceedsReference(List.of(c1), List.of(R_SM)));
        assertEquals("iam:CreateAccessKey", f.counterexample().action());
        assertEquals("alice", f.counterexample().username());
        assertEquals("arn:aws:iam::123456789012:user/bob", f.counterexample().resource());
        assertEquals("true", f.counterexample().context().get("aws:MultiFactorAuthPresent"));
        confirmed(f, c1, R_SM);
        CheckResult.Fail sm = fail(CHECKER.otherUserAccess(List.of(c1), CRED));
        assertEquals("arn:aws:iam::123456789012:user/bob", sm.counterexample().resource());
        assertTrue(sm.assumptions().isEmpty());
    }

    @Test
    void example2UsernamePrefixReachesUsersWhoseNameStartsWithTheCallers() {
        Policy c2 = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}*\","
                + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}");
        CheckResult.Fail f = fail(CHECKER.exceedsReference(List.of(c2), List.of(R_SM)));
        assertEquals("arn:aws:iam::123456789012:user/alice0", f.counterexample().resource());
        confirmed(f, c2, R_SM);
        CheckResult.Fail sm = fail(CHECKER.otherUserAccess(List.of(c2), CRED));
        assertTrue(sm.counterexample().resource().startsWith("arn:aws:iam::123456789012:user/alice"));
        assertTrue(sm.counterexample().resource().length() > "arn:aws:iam::123456789012:user/alice".length());
    }

    @Test
    void example3AccessKeyWildcardAddsGetAccessKeyLastUsedButStaysSelfManaged() {
        Policy c3 = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"iam:*AccessKey*\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\","
                + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}");
        CheckResult.Fail f = fail(CHECKER.exceedsReference(List.of(c3), List.of(R_SM)));
        assertTrue(
                f.counterexample().action().equals("iam:GetAccessKeyLastUsed")
                        || f.counterexample().action().toLowerCase().contains("accesskey"),
                f.toString());
        assertEquals("arn:aws:iam::123456789012:user/alice", f.counterexample().resource());
        confirmed(f, c3, R_SM);
        assertInstanceOf(CheckResult.Pass.class, CHECKER.otherUserAccess(List.of(c3), CRED));
    }

    @Test
    void example4NotActionGrantsEveryOtherServiceAndEscalationOnTheOwnUser() {
        Policy c4 = TestPolicies.statement("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}");
        CheckResult.Fail f = fail(CHECKER.exceedsReference(List.of(c4), List.of(R_SM)));
        assertTrue(!f.counterexample().action().toLowerCase().startsWith("iam:"), f.toString());
        confirmed(f, c4, R_SM);
        Policy c4b = TestPolicies.statement(
                "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:CreateVirtualMFADevice\","
                        + "\"iam:EnableMFADevice\",\"iam:GetUser\",\"iam:ListMFADevices\",\"iam:ListVirtualMFADevices\","
                        + "\"iam:ResyncMFADevice\",\"sts:GetSessionToken\"],\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}");
        CheckResult.Fail g = fail(CHECKER.exceedsReference(List.of(c4b), List.of(R_SM)));
        confirmed(g, c4b, R_SM);
        assertInstanceOf(CheckResult.Pass.class, CHECKER.otherUserAccess(List.of(c4b), CRED));
    }

    @Test
    void example5WithoutTheMfaDenyChangePasswordWorksWithLongTermKeys() throws IOException {
        String text = Files.readString(TestData.resolve("reference/aws-my-sec-creds-self-manage.json"));
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        var statements = (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("Statement");
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (statements.get(i).get("Effect").asText().equals("Deny")) {
                statements.remove(i);
            }
        }
        Policy c5 = TestPolicies.policy(doc.toString());
        CheckResult.Fail f = fail(CHECKER.exceedsReference(List.of(c5), List.of(R_SM)));
        assertTrue(
                f.counterexample().context().isEmpty()
                        || "false".equals(f.counterexample().context().get("aws:MultiFactorAuthPresent")),
                "MFA not present: " + f);
        confirmed(f, c5, R_SM);
        assertInstanceOf(CheckResult.Pass.class, CHECKER.otherUserAccess(List.of(c5), CRED));
    }

    @Test
    void example6OnlyTheCallerNamedXHasNewAccess() {
        Policy r6 = TestPolicies.policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/x\"},"
                        + "{\"Effect\":\"Deny\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/${aws:username}\"}]}");
        Policy c6 = TestPolicies.statement(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/x\"}");
        CheckResult.Fail f = fail(CHECKER.exceedsReference(List.of(c6), List.of(r6)));
        assertEquals("x", f.counterexample().username());
        assertEquals("arn:aws:s3:::b/x", f.counterexample().resource());
        confirmed(f, c6, r6);
    }

    @Test
    void example7ShortNamesNeedTheirOwnRepresentative() {
        Policy r7 = TestPolicies.statement(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"," + "\"Resource\":\"arn:aws:s3:::home/??????*\"}");
        Policy c7 = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::home/${aws:username}\"}");
        CheckResult.Fail f = fail(CHECKER.exceedsReference(List.of(c7), List.of(r7)));
        assertTrue(f.counterexample().username().length() < 6, f.toString());
        confirmed(f, c7, r7);
        Policy r7b = TestPolicies.statement(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"," + "\"Resource\":\"arn:aws:s3:::home/?*\"}");
        assertInstanceOf(CheckResult.Pass.class, CHECKER.exceedsReference(List.of(c7), List.of(r7b)));
    }

    @Test
    void anUnmodelledConditionOnTheOnlyAllowMakesAWarningCounterexampleNamingIt() {
        Policy p = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}}}");
        CheckResult.Fail f = fail(CHECKER.otherUserAccess(List.of(p), CRED));
        assertEquals(List.of("StringEquals aws:RequestedRegion"), f.assumptions());
    }

    @Test
    void anotherPolicyVariableOnARelevantStatementIsUnknown() {
        Policy p = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:PrincipalTag/name}\"}");
        CheckResult r = CHECKER.otherUserAccess(List.of(p), CRED);
        CheckResult.Unknown u = assertInstanceOf(CheckResult.Unknown.class, r);
        assertTrue(u.reason().contains("${aws:PrincipalTag/name}"), u.reason());
    }

    @TestFactory
    Stream<DynamicTest> everyReferencePolicyPassesIam301() throws IOException {
        try (Stream<Path> files = Files.list(TestData.resolve("reference"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        Policy policy = reference(p.getFileName().toString());
                        CheckResult r = CHECKER.otherUserAccess(List.of(policy), CRED);
                        assertInstanceOf(CheckResult.Pass.class, r, r.toString());
                        assertInstanceOf(
                                CheckResult.Pass.class,
                                CHECKER.exceedsReference(List.of(policy), List.of(policy)),
                                "contains itself");
                    }));
        }
    }

    static final String P1 = "aws-my-sec-creds-self-manage.json";
    static final String P2 = "aws-my-sec-creds-self-manage-mfa-only.json";
    static final String P3 = "aws-my-sec-creds-self-manage-no-mfa.json";
    static final String P4 = "aws-my-sec-creds-self-manage-pass-accesskeys-ssh.json";
    static final String P5 = "aws-my-sec-creds-self-manage-password-only.json";

    /**
     * The AWS examples compared with each other (src/site/markdown/semantic-analysis.md section 9), checked by hand
     * against the policy texts.
     */
    @TestFactory
    Stream<DynamicTest> awsExamplesAgainstEachOther() {
        record Case(String candidate, String reference, boolean pass) {}
        List<Case> cases = List.of(
                new Case(P5, P4, true),
                new Case(P4, P3, true),
                new Case(P5, P3, true),
                new Case(P5, P1, false),
                new Case(P3, P1, false),
                new Case(P1, P3, false),
                new Case(P2, P1, true),
                new Case(P1, P2, false),
                new Case(P3, P5, false),
                new Case(P4, P5, false));
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.candidate() + " within " + c.reference(), () -> {
                    Policy cand = reference(c.candidate());
                    Policy ref = reference(c.reference());
                    CheckResult r = CHECKER.exceedsReference(List.of(cand), List.of(ref));
                    if (c.pass()) {
                        assertInstanceOf(CheckResult.Pass.class, r, r.toString());
                    } else {
                        confirmed(fail(r), cand, ref);
                    }
                }));
    }

    @Test
    void passwordOnlyAgainstMfaFailsOnChangePasswordWithoutMfa() {
        CheckResult.Fail f = fail(CHECKER.exceedsReference(List.of(reference(P5)), List.of(reference(P1))));
        assertTrue(
                f.counterexample().context().get("aws:MultiFactorAuthPresent") == null
                        || f.counterexample()
                                .context()
                                .get("aws:MultiFactorAuthPresent")
                                .equals("false"),
                f.toString());
        assertTrue(Map.of().isEmpty());
    }
}
