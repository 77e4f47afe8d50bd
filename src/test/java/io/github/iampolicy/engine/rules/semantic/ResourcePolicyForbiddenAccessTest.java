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

import static io.github.iampolicy.engine.rules.semantic.SemanticRulesTest.run;
import static io.github.iampolicy.engine.rules.semantic.SemanticRulesTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.semantic.Evaluator;
import io.github.iampolicy.engine.semantic.ForbiddenAccess;
import io.github.iampolicy.engine.semantic.Request;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.text.Glob;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IAM303 on resource policies: each principal the policy names must not get a forbidden request. */
class ResourcePolicyForbiddenAccessTest {

    static final String NL = "\n";
    static final String ROLE = "arn:aws:iam::111122223333:role/reader";
    static final String OTHER = "arn:aws:iam::444455556666:role/auditor";
    static final ForbiddenAccess.Entry SECRET_OBJECTS =
            new ForbiddenAccess.Entry(List.of("s3:GetObject"), List.of("arn:aws:s3:::secret-bucket/*"));

    static Policy resource(PolicyKind kind, String... statements) {
        return TestPolicies.policy(
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + NL + String.join("," + NL, statements) + NL + "]}",
                kind);
    }

    static Policy bucket(String... statements) {
        return resource(PolicyKind.RESOURCE, statements);
    }

    static List<Finding> preset(Policy p) {
        return check(p, ForbiddenAccess.presets(List.of("sensitive-data")).toArray(ForbiddenAccess.Entry[]::new));
    }

    static List<Finding> check(Policy p, ForbiddenAccess.Entry... entries) {
        RuleSettings s = RuleSettings.DEFAULT.withSemantic(SemanticOptions.DEFAULT.withForbidden(List.of(entries)));
        return run(new ForbiddenAccessRule(), p, s);
    }

    static String stmt(String sid, String effect, String principal, String action, String resource, String extra) {
        return "{" + (sid == null ? "" : "\"Sid\":\"" + sid + "\",") + "\"Effect\":\"" + effect + "\",\"Principal\":"
                + principal + ",\"Action\":\"" + action + "\""
                + (resource == null ? "" : ",\"Resource\":\"" + resource + "\"") + extra + "}";
    }

    static String aws(String arn) {
        return "{\"AWS\":\"" + arn + "\"}";
    }

    /**
     * The finding's request lies in the entry and is allowed by the policy once its principal element is taken
     * as satisfied for the named principal (the Principal is stripped by hand here, not by the code under test).
     */
    static Finding confirmed(Finding f, String principalJson, String action, String resource, ForbiddenAccess.Entry e) {
        Counterexample c = f.counterexample();
        assertTrue(e.actions().stream().anyMatch(a -> Glob.matches(a, c.action(), true)), c.toString());
        assertTrue(
                e.resources().isEmpty() || e.resources().stream().anyMatch(r -> Glob.matches(r, c.resource(), false)),
                c.toString());
        Policy stripped = TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}]}");
        assertTrue(
                Evaluator.evaluate(List.of(stripped), Request.of(c.action(), c.resource(), c.context()))
                        .allowed(),
                c.toString() + " for " + principalJson);
        assertNull(c.username(), c.toString());
        return f;
    }

    @Test
    void aPublicBucketPolicyIsAFindingUnderThePreset() {
        Policy p = bucket(stmt("PublicRead", "Allow", "\"*\"", "s3:GetObject", "arn:aws:s3:::site/*", ""));
        Finding f = single(preset(p));
        ForbiddenAccess.Entry getObject = new ForbiddenAccess.Entry(List.of("s3:GetObject"), List.of("*"));
        confirmed(f, "*", "s3:GetObject", "arn:aws:s3:::site/*", getObject);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("*", f.counterexample().principal());
        assertEquals("PublicRead", f.statement());
        assertEquals(2, f.location().line());
        assertTrue(
                f.message()
                        .startsWith("The policy allows forbidden access (s3:GetObject on *) to principal *: it runs "
                                + "s3:GetObject on arn:aws:s3:::site/"),
                f.message());
        assertTrue(f.message().endsWith("allowed by statement \"PublicRead\"."), f.message());
    }

    @Test
    void aNamedPrincipalIsNamedInTheCounterexampleAndItsResourceDecides() {
        Policy secret = bucket(stmt(null, "Allow", aws(ROLE), "s3:Get*", "arn:aws:s3:::secret-bucket/*", ""));
        Finding f = single(check(secret, SECRET_OBJECTS));
        confirmed(f, aws(ROLE), "s3:Get*", "arn:aws:s3:::secret-bucket/*", SECRET_OBJECTS);
        assertEquals(ROLE, f.counterexample().principal());
        assertTrue(f.message().contains("to principal " + ROLE + ": it runs s3:GetObject"), f.message());
        assertEquals("Statement[0]", f.statement());

        Policy other = bucket(stmt(null, "Allow", aws(ROLE), "s3:GetObject", "arn:aws:s3:::public-bucket/*", ""));
        assertTrue(check(other, SECRET_OBJECTS).isEmpty());
    }

    @Test
    void aServiceBoundToItsSourceDoesNotCount() {
        String oac = stmt(
                "CloudFront",
                "Allow",
                "{\"Service\":\"cloudfront.amazonaws.com\"}",
                "s3:GetObject",
                "arn:aws:s3:::site/*",
                ",\"Condition\":{\"StringEquals\":{\"AWS:SourceArn\":"
                        + "\"arn:aws:cloudfront::111122223333:distribution/E1\"}}");
        assertTrue(preset(bucket(oac)).isEmpty());
        String everyoneFromSource = stmt(
                null,
                "Allow",
                "\"*\"",
                "s3:GetObject",
                "arn:aws:s3:::site/*",
                ",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"111122223333\"}}");
        assertTrue(preset(bucket(everyoneFromSource)).isEmpty());
        // without the source binding the service holds the access
        String unbound = stmt("Cdn", "Allow", "{\"Service\":\"cloudfront.amazonaws.com\"}", "s3:GetObject", "*", "");
        Finding f = single(preset(bucket(unbound)));
        assertEquals("cloudfront.amazonaws.com", f.counterexample().principal());
        // a wildcard-only source value binds nothing
        String wildcard = stmt(
                "Any",
                "Allow",
                "{\"Service\":\"cloudfront.amazonaws.com\"}",
                "s3:GetObject",
                "*",
                ",\"Condition\":{\"StringLike\":{\"aws:SourceArn\":\"*\"}}");
        assertEquals(1, preset(bucket(wildcard)).size());
    }

    @Test
    void denyStatementsCountForThePrincipalsTheyCover() {
        String allowBoth = stmt("Read", "Allow", "{\"AWS\":[\"" + ROLE + "\",\"" + OTHER + "\"]}", "s3:*", "*", "");
        String denyAll = stmt(null, "Deny", "\"*\"", "s3:GetObject", "arn:aws:s3:::secret-bucket/*", "");
        assertTrue(check(bucket(allowBoth, denyAll), SECRET_OBJECTS).isEmpty());

        String denyRole = stmt(null, "Deny", aws(ROLE), "s3:GetObject", "*", "");
        Finding f = single(check(bucket(allowBoth, denyRole), SECRET_OBJECTS));
        assertEquals(OTHER, f.counterexample().principal());

        // NotPrincipal in a Deny is not read: it can only leave more access reported, never hide some
        String denyNot = "{\"Effect\":\"Deny\",\"NotPrincipal\":" + aws(OTHER)
                + ",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        Finding both = single(check(bucket(allowBoth, denyNot), SECRET_OBJECTS));
        assertTrue(both.message().contains("to principals " + ROLE + ", " + OTHER + ":"), both.message());
    }

    @Test
    void notActionAndNotResourceAreReadAsForIdentityPolicies() {
        String notIam = "{\"Sid\":\"N\",\"Effect\":\"Allow\",\"Principal\":" + aws(ROLE)
                + ",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}";
        Finding f = single(check(bucket(notIam), SECRET_OBJECTS));
        assertEquals("s3:GetObject", f.counterexample().action());
        String notSecret = "{\"Effect\":\"Allow\",\"Principal\":" + aws(ROLE)
                + ",\"Action\":\"s3:GetObject\",\"NotResource\":\"arn:aws:s3:::secret-bucket/*\"}";
        assertTrue(check(bucket(notSecret), SECRET_OBJECTS).isEmpty());
    }

    @Test
    void anUnmodelledConditionMakesAWarningThatNamesIt() {
        String org = stmt(
                "Org",
                "Allow",
                "\"*\"",
                "s3:GetObject",
                "*",
                ",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}");
        Finding f = single(check(bucket(org), SECRET_OBJECTS));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("aws:PrincipalOrgID"), f.message());
    }

    @Test
    void accountsAndKeyPoliciesCount() {
        String keyPolicy = stmt("EnableRoot", "Allow", aws("arn:aws:iam::111122223333:root"), "kms:*", "*", "");
        Finding f = single(check(
                resource(PolicyKind.RESOURCE, keyPolicy),
                new ForbiddenAccess.Entry(List.of("kms:Decrypt"), List.of())));
        assertEquals("arn:aws:iam::111122223333:root", f.counterexample().principal());
        assertEquals("kms:Decrypt", f.counterexample().action());
    }

    @Test
    void aStatementWithoutResourceAppliesToItsOwnResource() {
        String repo = stmt("Pull", "Allow", aws(OTHER), "ecr:BatchGetImage", null, "");
        ForbiddenAccess.Entry pull = new ForbiddenAccess.Entry(List.of("ecr:BatchGetImage"), List.of());
        Finding f = single(check(bucket(repo), pull));
        assertEquals("ecr:BatchGetImage", f.counterexample().action());
    }

    @Test
    void allowWithNotPrincipalGrantsEveryoneElse() {
        String notPrincipal = "{\"Sid\":\"AllBut\",\"Effect\":\"Allow\",\"NotPrincipal\":" + aws(ROLE)
                + ",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}";
        Finding f = single(check(bucket(notPrincipal), SECRET_OBJECTS));
        assertEquals("everyone but " + ROLE, f.counterexample().principal());
    }

    @Test
    void trustAndEndpointPoliciesAreNotResourcePolicies() {
        String trust = stmt(null, "Allow", aws(OTHER), "sts:AssumeRole", null, "");
        assertTrue(preset(resource(PolicyKind.TRUST, trust)).isEmpty());
        assertTrue(preset(resource(PolicyKind.IDENTITY, trust)).isEmpty());
        String endpoint = stmt(null, "Allow", "\"*\"", "s3:GetObject", "*", "");
        assertTrue(preset(resource(PolicyKind.ENDPOINT, endpoint)).isEmpty());
        assertFalse(preset(resource(PolicyKind.RESOURCE, endpoint)).isEmpty());
    }

    @Test
    void principalsThatSeeTheSamePolicyShareOneFinding() {
        String two = stmt("Two", "Allow", "{\"AWS\":[\"" + ROLE + "\",\"" + OTHER + "\"]}", "s3:GetObject", "*", "");
        Finding f = single(check(bucket(two), SECRET_OBJECTS));
        assertEquals(ROLE, f.counterexample().principal());
        assertTrue(
                f.message().contains("to principals " + ROLE + ", " + OTHER + ": " + ROLE + " runs s3:GetObject"),
                f.message());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("\"arn:aws:iam::111122223333:role/r")
                    .append(i)
                    .append('"');
        }
        String all = stmt("Many", "Allow", "{\"AWS\":[" + many + "]}", "s3:GetObject", "*", "");
        Finding m = single(check(bucket(all), SECRET_OBJECTS));
        assertTrue(m.message().contains("role/r2 and 197 more: "), m.message());
        // a Deny for one of them splits the group
        String deny = stmt(null, "Deny", aws(ROLE), "s3:*", "*", "");
        Finding d = single(check(bucket(two, deny), SECRET_OBJECTS));
        assertEquals(OTHER, d.counterexample().principal());
        assertTrue(d.message().contains("to principal " + OTHER + ": it runs"), d.message());
    }
}
