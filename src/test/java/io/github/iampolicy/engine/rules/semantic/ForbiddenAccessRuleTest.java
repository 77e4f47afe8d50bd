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
package io.github.iampolicy.engine.rules.semantic;

import static io.github.iampolicy.engine.rules.semantic.SemanticRulesTest.asRequest;
import static io.github.iampolicy.engine.rules.semantic.SemanticRulesTest.doc;
import static io.github.iampolicy.engine.rules.semantic.SemanticRulesTest.run;
import static io.github.iampolicy.engine.rules.semantic.SemanticRulesTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.semantic.Evaluator;
import io.github.iampolicy.engine.semantic.ForbiddenAccess;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.text.Glob;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IAM303 forbidden-access: findings, counterexamples, Deny/NotAction/conditions/unknowns, presets. */
class ForbiddenAccessRuleTest {

    static final ForbiddenAccess.Entry DECRYPT = new ForbiddenAccess.Entry(List.of("kms:Decrypt"), List.of());
    static final ForbiddenAccess.Entry SECRET_OBJECTS =
            new ForbiddenAccess.Entry(List.of("s3:GetObject"), List.of("arn:aws:s3:::secret-bucket/*"));

    static List<Finding> check(Policy p, ForbiddenAccess.Entry... entries) {
        RuleSettings s = RuleSettings.DEFAULT.withSemantic(SemanticOptions.DEFAULT.withForbidden(List.of(entries)));
        return run(new ForbiddenAccessRule(), p, s);
    }

    static String allow(String action, String resource) {
        return "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
    }

    /** A finding whose counterexample the concrete evaluator confirms and that lies in the entry. */
    static Finding confirmed(Policy p, ForbiddenAccess.Entry e) {
        Finding f = single(check(p, e));
        Counterexample c = f.counterexample();
        assertNotNull(c, f.toString());
        assertTrue(Evaluator.evaluate(List.of(p), asRequest(c)).allowed(), c.toString());
        assertTrue(e.actions().stream().anyMatch(a -> Glob.matches(a, c.action(), true)), c.toString());
        assertTrue(
                e.resources().isEmpty() || e.resources().stream().anyMatch(r -> Glob.matches(r, c.resource(), false)),
                c.toString());
        assertTrue(
                f.message()
                        .contains("forbidden access (" + e.label() + "): user " + c.username() + " runs " + c.action()
                                + " on " + c.resource()),
                f.message());
        return f;
    }

    @Test
    void offWithoutEntries() {
        assertTrue(run(new ForbiddenAccessRule(), doc(allow("*", "*")), RuleSettings.DEFAULT)
                .isEmpty());
    }

    @Test
    void aPlainAllowOfTheForbiddenActionIsAnError() {
        Finding f = confirmed(doc(allow("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/k1")), DECRYPT);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("kms:Decrypt", f.subject());
        assertEquals("A", f.statement());
    }

    @Test
    void otherActionsPass() {
        assertTrue(check(doc(allow("kms:Encrypt", "*"), allow("s3:GetObject", "*")), DECRYPT)
                .isEmpty());
    }

    @Test
    void aDenyThatRemovesTheAccessPasses() {
        String deny = "{\"Effect\":\"Deny\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}";
        assertTrue(check(doc(allow("kms:*", "*"), deny), DECRYPT).isEmpty());
        String partial = "{\"Effect\":\"Deny\",\"Action\":\"kms:Decrypt\",\"Resource\":\"arn:aws:kms:*:*:key/k1\"}";
        Finding f = confirmed(doc(allow("kms:*", "*"), partial), DECRYPT);
        assertFalse(Glob.matches("arn:aws:kms:*:*:key/k1", f.counterexample().resource(), false), f.toString());
    }

    @Test
    void notActionAllowsTheForbiddenAction() {
        String notIam = "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}";
        confirmed(doc(notIam), DECRYPT);
        String notKms = "{\"Effect\":\"Allow\",\"NotAction\":\"kms:*\",\"Resource\":\"*\"}";
        assertTrue(check(doc(notKms), DECRYPT).isEmpty());
    }

    @Test
    void resourcePatternsOfTheEntryAreHonoured() {
        assertTrue(check(doc(allow("s3:GetObject", "arn:aws:s3:::public-bucket/*")), SECRET_OBJECTS)
                .isEmpty());
        Finding f = confirmed(doc(allow("s3:Get*", "arn:aws:s3:::*")), SECRET_OBJECTS);
        assertTrue(f.counterexample().resource().startsWith("arn:aws:s3:::secret-bucket/"), f.toString());
        String notRes = "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"NotResource\":\"arn:aws:s3:::secret-bucket/*\"}";
        assertTrue(check(doc(notRes), SECRET_OBJECTS).isEmpty());
    }

    @Test
    void anActionPatternInTheEntryMatchesEveryAction() {
        ForbiddenAccess.Entry params = new ForbiddenAccess.Entry(List.of("ssm:GetParameter*"), List.of("*"));
        Finding f = confirmed(doc(allow("ssm:GetParametersByPath", "*")), params);
        assertEquals("ssm:GetParametersByPath", f.counterexample().action(), f.toString());
    }

    @Test
    void anMfaConditionStillAllowsSoItIsAnError() {
        String mfa = "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\","
                + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}";
        Finding f = confirmed(doc(mfa), DECRYPT);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("true", f.counterexample().context().get("aws:MultiFactorAuthPresent"), f.toString());
    }

    @Test
    void anUnmodelledConditionMakesAWarningThatNamesIt() {
        String region = "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}}";
        Finding f = single(check(doc(region), DECRYPT));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("aws:RequestedRegion"), f.message());
    }

    @Test
    void anUnknownTemplateValueIsNeverASilentPass() {
        Finding f = single(check(doc(allow("s3:GetObject", "arn:aws:s3:::${Bucket}/*")), SECRET_OBJECTS));
        assertTrue(f.message().contains("${Bucket}"), f.message());
        assertEquals(Severity.WARNING, f.severity(), f.toString());
    }

    @Test
    void oneFindingPerViolatedEntry() {
        List<Finding> fs = check(doc(allow("*", "*")), DECRYPT, SECRET_OBJECTS);
        assertEquals(2, fs.size(), fs.toString());
        assertTrue(fs.get(0).message().contains("(kms:Decrypt on *)"), fs.get(0).message());
        assertTrue(
                fs.get(1).message().contains("(s3:GetObject on arn:aws:s3:::secret-bucket/*)"),
                fs.get(1).message());
    }

    @Test
    void theSensitiveDataPreset() {
        List<ForbiddenAccess.Entry> p = ForbiddenAccess.presets(List.of(" Sensitive-Data "));
        assertEquals(6, p.size());
        assertEquals(
                List.of(
                        "iam:PassRole",
                        "sts:AssumeRole",
                        "secretsmanager:GetSecretValue",
                        "ssm:GetParameter*",
                        "kms:Decrypt",
                        "s3:GetObject"),
                p.stream().map(e -> e.actions().get(0)).toList());
        RuleSettings s = RuleSettings.DEFAULT.withSemantic(SemanticOptions.DEFAULT.withForbidden(p));
        List<Finding> fs = run(new ForbiddenAccessRule(), doc(allow("secretsmanager:*", "*")), s);
        Finding f = single(fs);
        assertEquals("secretsmanager:GetSecretValue", f.counterexample().action());
        assertTrue(run(new ForbiddenAccessRule(), doc(allow("s3:ListBucket", "*")), s)
                .isEmpty());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ForbiddenAccess.presets(List.of("nope")));
        assertTrue(e.getMessage().contains("sensitive-data"), e.getMessage());
    }

    @Test
    void entriesNeedAnAction() {
        assertThrows(IllegalArgumentException.class, () -> new ForbiddenAccess.Entry(List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ForbiddenAccess.Entry(List.of(" "), List.of()));
    }

    @Test
    void anUndecidedPolicyIsReportedAtTheUnknownSeverity() {
        Finding f =
                single(check(doc(allow("s3:GetObject", "arn:aws:s3:::${aws:PrincipalTag/bucket}/*")), SECRET_OBJECTS));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("unknown", f.subject());
        assertTrue(
                f.message()
                        .startsWith("The semantic check could not decide whether the policy allows the forbidden "
                                + "access s3:GetObject on arn:aws:s3:::secret-bucket/*: "),
                f.message());
    }

    @Test
    void anEntryForbiddingEverythingFindsAnyAllow() {
        ForbiddenAccess.Entry all = new ForbiddenAccess.Entry(List.of("*"), List.of());
        Finding f = confirmed(doc(allow("sqs:SendMessage", "arn:aws:sqs:*:*:q")), all);
        assertEquals("sqs:SendMessage", f.counterexample().action());
        String deny = "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}";
        assertTrue(check(doc(allow("sqs:SendMessage", "*"), deny), all).isEmpty());
    }

    @Test
    void aResourceOfATypeTheActionDoesNotTakeGrantsNothingForbidden() {
        // kms:Decrypt takes keys only: an alias ARN in Resource never authorizes it
        assertTrue(check(doc(allow("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:alias/aws/s3")), DECRYPT)
                .isEmpty());
        Finding f = confirmed(doc(allow("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:*")), DECRYPT);
        assertTrue(f.counterexample().resource().contains(":key/"), f.toString());
        // an action that also runs on "*" keeps every resource forbidden
        ForbiddenAccess.Entry list = new ForbiddenAccess.Entry(List.of("s3:ListAllMyBuckets"), List.of());
        confirmed(doc(allow("s3:ListAllMyBuckets", "arn:aws:s3:::x")), list);
    }
}
