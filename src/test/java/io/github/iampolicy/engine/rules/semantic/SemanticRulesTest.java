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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.semantic.Evaluator;
import io.github.iampolicy.engine.semantic.Request;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.tree.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** IAM301 and IAM302 as rules: findings through {@link PolicyContext}, messages, severities, counterexamples. */
class SemanticRulesTest {

    static final String NL = "\n";

    static List<Finding> run(Rule rule, Policy p, RuleSettings settings) {
        List<Finding> out = new ArrayList<>();
        rule.check(new PolicyContext(p, ActionCatalog.defaultCatalog(), settings, out::add));
        out.forEach(f -> assertEquals(rule.info().id(), f.rule().id()));
        return out;
    }

    static Finding single(List<Finding> fs) {
        assertEquals(1, fs.size(), () -> fs.toString());
        return fs.get(0);
    }

    /** A policy laid out one statement per line, so each statement has its own location (line 2, 3, ...). */
    static Policy doc(String... statements) {
        return TestPolicies.policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + NL + String.join("," + NL, statements) + NL + "]}");
    }

    static Request asRequest(Counterexample c) {
        Map<String, String> ctx = new LinkedHashMap<>(c.context());
        ctx.put("aws:username", c.username());
        return Request.of(c.action(), c.resource(), ctx);
    }

    static final String SAFE = "{\"Sid\":\"Own\",\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
            + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}";

    // ------------------------------------------------------------------ IAM301

    @Test
    void iam301ReportsAnErrorAtTheAllowingStatementWithAConfirmedCounterexample() {
        String wide = "{\"Sid\":\"Wide\",\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/*\"}";
        Policy p = doc(SAFE, wide);
        Finding f = single(run(new OtherUserAccessRule(), p, RuleSettings.DEFAULT));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Wide", f.statement());
        assertEquals(3, f.location().line(), "the second statement's line");
        Counterexample c = f.counterexample();
        assertNotNull(c);
        assertEquals("iam:CreateAccessKey", f.subject());
        assertEquals(c.action(), f.subject());
        assertTrue(Evaluator.evaluate(List.of(p), asRequest(c)).allowed(), c.toString());
        assertFalse(c.resource().endsWith("/" + c.username()), "another user's ARN: " + c);
        String m = f.message();
        assertTrue(m.startsWith("User " + c.username() + " can change another user's credentials: "), m);
        assertTrue(m.contains("statement \"Wide\" allows " + c.action() + " on " + c.resource() + " ("), m);
        assertTrue(m.endsWith(". Scope credential actions to arn:aws:iam::*:user/${aws:username}."), m);
        assertFalse(m.contains("provided the condition"), m);
        assertTrue(m.contains(contextText(c)), m);
    }

    /** What the message must say about the MFA context of the counterexample. */
    static String contextText(Counterexample c) {
        String mfa = c.context().get("aws:MultiFactorAuthPresent");
        if (mfa == null) {
            return "(MFA absent (long-term access key))";
        }
        return mfa.equals("true")
                ? "(MFA present (aws:MultiFactorAuthPresent=true))"
                : "(MFA not used (aws:MultiFactorAuthPresent=" + mfa + "))";
    }

    @Test
    void iam301SaysNothingForSelfScopedCredentials() {
        assertTrue(
                run(new OtherUserAccessRule(), doc(SAFE), RuleSettings.DEFAULT).isEmpty());
    }

    @Test
    void iam301MessageNamesTheMfaContextTheCounterexampleNeeds() {
        for (String value : List.of("true", "false")) {
            String s = "{\"Sid\":\"M\",\"Effect\":\"Allow\",\"Action\":\"iam:DeleteAccessKey\",\"Resource\":\"*\","
                    + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"" + value + "\"}}}";
            Finding f = single(run(new OtherUserAccessRule(), doc(s), RuleSettings.DEFAULT));
            assertEquals(value, f.counterexample().context().get("aws:MultiFactorAuthPresent"));
            assertTrue(f.message().contains(contextText(f.counterexample())), f.message());
        }
        String absent = "{\"Sid\":\"M\",\"Effect\":\"Allow\",\"Action\":\"iam:DeleteAccessKey\",\"Resource\":\"*\","
                + "\"Condition\":{\"Null\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}";
        Finding f = single(run(new OtherUserAccessRule(), doc(absent), RuleSettings.DEFAULT));
        assertNull(f.counterexample().context().get("aws:MultiFactorAuthPresent"));
        assertTrue(f.message().contains("(MFA absent (long-term access key))"), f.message());
    }

    @Test
    void anUnmodelledConditionTurnsTheErrorIntoAWarningNamingIt() {
        String s = "{\"Sid\":\"Region\",\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}}";
        Finding f = single(run(new OtherUserAccessRule(), doc(s), RuleSettings.DEFAULT));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(
                f.message()
                        .contains(", provided the condition StringEquals aws:RequestedRegion (not modelled by "
                                + "the checker) lets it through."),
                f.message());
        String two = "{\"Sid\":\"Two\",\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"},"
                + "\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}";
        Finding f2 = single(run(new OtherUserAccessRule(), doc(two), RuleSettings.DEFAULT));
        assertEquals(Severity.WARNING, f2.severity());
        assertTrue(
                f2.message()
                        .contains(", provided the conditions StringEquals aws:RequestedRegion, IpAddress "
                                + "aws:SourceIp (not modelled by the checker) let it through."),
                f2.message());
    }

    @Test
    void aSeverityOverrideWinsOverTheRulesChoice() {
        String wide = "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"*\"}";
        RuleSettings s = RuleSettings.of(List.of(), false, Map.of("IAM301", Severity.NOTE), Set.of());
        assertEquals(
                Severity.NOTE,
                single(run(new OtherUserAccessRule(), doc(wide), s)).severity());
    }

    @Test
    void anUnknownOutcomeIsReportedAtTheConfiguredSeverityAtTheDocument() {
        String other = "{\"Sid\":\"Tag\",\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:PrincipalTag/team}\"}";
        Policy p = doc(other);
        Finding f = single(run(new OtherUserAccessRule(), p, RuleSettings.DEFAULT));
        assertEquals(Severity.WARNING, f.severity(), "the default unknown severity");
        assertEquals("unknown", f.subject());
        assertNull(f.statement());
        assertNull(f.counterexample());
        assertEquals(p.document().location(), f.location());
        assertTrue(
                f.message()
                        .startsWith("The semantic check could not decide whether a user can change another "
                                + "user's credentials: "),
                f.message());
        assertTrue(f.message().contains("${aws:PrincipalTag/team}"), f.message());
        assertTrue(f.message().endsWith("."), f.message());
        for (Severity sev : Severity.values()) {
            RuleSettings s = RuleSettings.DEFAULT.withSemantic(new SemanticOptions(sev, null));
            assertEquals(sev, single(run(new OtherUserAccessRule(), p, s)).severity());
        }
    }

    @Test
    void iam301ChecksOnlyCredentialWritesOnUsers() {
        // ChangePassword acts on the caller only; CreateVirtualMFADevice on an mfa resource; GetUser is a read
        for (String a : List.of("iam:ChangePassword", "iam:CreateVirtualMFADevice", "iam:GetUser")) {
            String s = "{\"Effect\":\"Allow\",\"Action\":\"" + a + "\",\"Resource\":\"*\"}";
            assertTrue(
                    run(new OtherUserAccessRule(), doc(s), RuleSettings.DEFAULT).isEmpty(), a);
        }
        // an action added to S that writes to users is checked too
        String tag = "{\"Effect\":\"Allow\",\"Action\":\"iam:TagUser\",\"Resource\":\"*\"}";
        assertTrue(
                run(new OtherUserAccessRule(), doc(tag), RuleSettings.DEFAULT).isEmpty());
        RuleSettings withTag = RuleSettings.of(List.of("TagUser"), false, Map.of(), Set.of());
        Finding f = single(run(new OtherUserAccessRule(), doc(tag), withTag));
        assertEquals("iam:TagUser", f.counterexample().action());
        // an unknown action in S is ignored rather than searched for
        RuleSettings bogus = RuleSettings.of(List.of("iam:NoSuchAction"), false, Map.of(), Set.of());
        String star = "{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"*\"}";
        Finding g = single(run(new OtherUserAccessRule(), doc(star), bogus));
        assertFalse(g.counterexample().action().equalsIgnoreCase("iam:NoSuchAction"));
    }

    // ------------------------------------------------------------------ IAM302

    static RuleSettings withReference(String name, Policy... refs) {
        return RuleSettings.DEFAULT.withSemantic(
                SemanticOptions.DEFAULT.withReference(new SemanticOptions.Reference(name, List.of(refs))));
    }

    @Test
    void iam302IsOffWithoutAReference() {
        String wide = "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}";
        assertTrue(
                run(new ExceedsReferenceRule(), doc(wide), RuleSettings.DEFAULT).isEmpty());
    }

    @Test
    void iam302ReportsARequestTheReferenceDoesNotAllow() {
        Policy ref = doc(SAFE);
        String extra = "{\"Sid\":\"Extra\",\"Effect\":\"Allow\",\"Action\":\"iam:DeleteAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}";
        Policy p = doc(SAFE, extra);
        Finding f = single(run(new ExceedsReferenceRule(), p, withReference("ref.json", ref)));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Extra", f.statement());
        assertEquals(3, f.location().line());
        Counterexample c = f.counterexample();
        assertEquals("iam:DeleteAccessKey", c.action());
        assertEquals(c.action(), f.subject());
        Request r = asRequest(c);
        assertTrue(Evaluator.evaluate(List.of(p), r).allowed());
        assertFalse(Evaluator.evaluate(List.of(ref), r).allowed());
        assertEquals(
                "The policy allows a request the reference ref.json does not: user " + c.username() + " runs "
                        + c.action() + " on " + c.resource() + " " + contextText(c)
                        + ", allowed by statement \"Extra\".",
                f.message());
        // within the reference: nothing
        assertTrue(run(new ExceedsReferenceRule(), doc(SAFE), withReference("ref.json", ref))
                .isEmpty());
        assertTrue(run(new ExceedsReferenceRule(), doc(SAFE), withReference("ref.json", p))
                .isEmpty());
    }

    @Test
    void iam302WarnsWhenTheCounterexampleNeedsAnUnmodelledCondition() {
        String s = "{\"Sid\":\"R\",\"Effect\":\"Allow\",\"Action\":\"iam:DeleteAccessKey\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}}";
        Finding f = single(run(new ExceedsReferenceRule(), doc(s), withReference("r", doc(SAFE))));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(
                f.message()
                        .endsWith(", allowed by statement \"R\", provided the condition StringEquals "
                                + "aws:RequestedRegion (not modelled by the checker) lets it through."),
                f.message());
    }

    @Test
    void iam302UnknownNamesTheReference() {
        String other = "{\"Sid\":\"Tag\",\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::*:user/${aws:PrincipalTag/team}\"}";
        Policy p = doc(other);
        RuleSettings s = RuleSettings.DEFAULT.withSemantic(
                new SemanticOptions(Severity.NOTE, new SemanticOptions.Reference("my-ref", List.of(doc(SAFE)))));
        Finding f = single(run(new ExceedsReferenceRule(), p, s));
        assertEquals(Severity.NOTE, f.severity());
        assertEquals("unknown", f.subject());
        assertNull(f.counterexample());
        assertEquals(p.document().location(), f.location());
        assertTrue(
                f.message()
                        .startsWith("The semantic check could not decide whether the policy stays within the "
                                + "reference my-ref: "),
                f.message());
    }

    @Test
    void ruleInfoAndRegistry() {
        assertEquals(
                List.of("IAM301", "IAM302", "IAM303"),
                SemanticRules.ALL.stream().map(r -> r.info().id()).toList());
        assertSame(OtherUserAccessRule.INFO, new OtherUserAccessRule().info());
        assertSame(ExceedsReferenceRule.INFO, new ExceedsReferenceRule().info());
        // IAM303 reads resource policies too, once per principal
        assertEquals(
                List.of(true, true, false),
                SemanticRules.ALL.stream().map(r -> r.identityOnly()).toList());
    }

    @Test
    void withReferenceKeepsTheUnknownSeverity() {
        SemanticOptions o = new SemanticOptions(Severity.NOTE, null);
        SemanticOptions.Reference ref = new SemanticOptions.Reference("x", List.of());
        SemanticOptions w = o.withReference(ref);
        assertEquals(Severity.NOTE, w.unknownSeverity());
        assertSame(ref, w.reference());
        assertEquals(new Location(1, 1), doc(SAFE).document().location());
    }

    // ------------------------------------------------------------------ unknown template values (issue 8)

    @Test
    void iam301ErrorWhateverTheUnknownAccountIs() {
        Policy p = doc("{\"Sid\":\"Keys\",\"Effect\":\"Allow\",\"Action\":\"iam:UpdateAccessKey\","
                + "\"Resource\":\"arn:aws:iam::${Acct}:user/*\"}");
        Finding f = single(run(new OtherUserAccessRule(), p, RuleSettings.DEFAULT));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains(", whatever `${Acct}` is (shown with `"), f.message());
    }

    @Test
    void iam301WarningNamesTheValueThatOpensAccess() {
        Policy p = doc("{\"Sid\":\"Keys\",\"Effect\":\"Allow\",\"Action\":\"iam:${var.key_action}\","
                + "\"Resource\":\"arn:aws:iam::*:user/*\"}");
        Finding f = single(run(new OtherUserAccessRule(), p, RuleSettings.DEFAULT));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains(", if `${var.key_action}` is `"), f.message());
        assertTrue(f.message().contains("(unknown template values)"), f.message());
    }

    @Test
    void iam301DecidesAPlainWildcardNextToAnUnmodelledVariable() {
        Policy p = doc(
                "{\"Sid\":\"Tagged\",\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                        + "\"Resource\":\"arn:aws:iam::*:user/${aws:PrincipalTag/login}\"}",
                "{\"Sid\":\"Wide\",\"Effect\":\"Allow\",\"Action\":\"iam:UpdateAccessKey\","
                        + "\"Resource\":\"arn:aws:iam::*:user/*\"}");
        Finding f = single(run(new OtherUserAccessRule(), p, RuleSettings.DEFAULT));
        assertEquals(Severity.ERROR, f.severity(), f.message());
        assertEquals("Wide", f.statement());
    }

    @Test
    void iam301OnARolePolicySpeaksOfRoleSessions() {
        Policy p = TestPolicies.policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Keys\",\"Effect\":\"Allow\","
                        + "\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"arn:aws:iam::*:user/*\"}]}",
                io.github.iampolicy.engine.model.PolicyKind.INLINE_ROLE);
        Finding f = single(run(new OtherUserAccessRule(), p, RuleSettings.DEFAULT));
        assertEquals(Severity.ERROR, f.severity());
        assertNull(f.counterexample().username());
        assertTrue(f.message().startsWith("A session of the role can change an IAM user's credentials: "), f.message());
        assertTrue(f.message().contains("A role has no user name to scope them to"), f.message());
    }
}
