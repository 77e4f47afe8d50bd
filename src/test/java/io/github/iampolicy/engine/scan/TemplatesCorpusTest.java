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
package io.github.iampolicy.engine.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CloudFormation constructs found on real repositories (issue 10), each a file under
 * src/test/resources/discovery/templates, scanned end to end with every rule.
 */
class TemplatesCorpusTest {

    @TempDir
    Path dir;

    /** Scans the one file, alone in a directory of its own. */
    private ScanResult result(String name) throws IOException {
        Path root = Files.createTempDirectory(dir, "scan");
        Files.copy(TestData.resolve("discovery/templates/" + name), root.resolve(name));
        ScanOptions options =
                new ScanOptions(List.of(root), root, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        return new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
    }

    private List<Finding> scan(String name) throws IOException {
        return result(name).findings();
    }

    private static Finding only(List<Finding> findings, String rule, String statement) {
        List<Finding> f = findings.stream()
                .filter(x -> x.rule().id().equals(rule) && x.message().startsWith("Statement \"" + statement + "\""))
                .toList();
        assertEquals(1, f.size(), rule + " on " + statement + ": " + findings);
        return f.get(0);
    }

    @Test
    void passRoleAndAttachAreGradedByTheRolesAndPoliciesTheyReach() throws IOException {
        List<Finding> findings = scan("passrole-graded.yaml");
        Finding named = only(findings, "IAM104", "PassAppRole");
        assertEquals(Severity.WARNING, named.severity());
        assertTrue(
                named.message().contains("pass only the roles ${AppRole.Arn} to lambda.amazonaws.com"),
                named.message());
        Finding attach = only(findings, "IAM104", "AttachDenyAll");
        assertEquals(Severity.WARNING, attach.severity(), attach.message());
        assertTrue(attach.message().contains("attach only the policies "), attach.message());
        assertTrue(attach.message().contains(":policy/DenyAll to a role"), attach.message());
        Finding any = only(findings, "IAM104", "PassAnyRole");
        assertEquals(Severity.ERROR, any.severity());
        assertTrue(
                any.message().contains("pass any role, an administrator's too, to lambda.amazonaws.com"),
                any.message());
    }

    @Test
    void aMacroIsAnUnknownValueNamedAfterTheMacro() throws IOException {
        List<Finding> findings = scan("transform-macros.yaml");
        assertTrue(findings.stream().noneMatch(f -> f.rule().id().equals("IAM003")), findings.toString());
        Finding semantic = findings.stream()
                .filter(f -> f.rule().id().equals("IAM301"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(semantic.message().contains("`${macro.ActionsMacro}` is `iam:"), semantic.message());
        assertTrue(semantic.message().contains("`${macro.ResourcesMacro}`"), semantic.message());
        findings.forEach(TemplatesCorpusTest::assertReadable);
    }

    /** No message shows the resolver's internals: the unknown-token characters, a "Transform" or a position. */
    static void assertReadable(Finding f) {
        String m = f.message();
        assertFalse(m.indexOf(Values.START) >= 0 || m.indexOf(Values.END) >= 0, m);
        assertFalse(m.contains("${Transform") || m.matches("(?s).*\\.at\\.\\d+\\.\\d+.*"), m);
    }

    @Test
    void aPolicyWhoseAttachmentIsUnknownIsOfKindUnknown() throws IOException {
        List<ScanResult.PolicySummary> policies = result("bare-policy.json").policies();
        assertEquals(
                List.of("unknown"),
                policies.stream().map(ScanResult.PolicySummary::kind).toList());
        List<String> kinds = result("passrole-graded.yaml").policies().stream()
                .map(ScanResult.PolicySummary::kind)
                .distinct()
                .sorted()
                .toList();
        assertEquals(List.of("managed", "trust"), kinds);
    }

    @Test
    void resourcePoliciesOfOtherPropertiesAreFound() throws IOException {
        ScanResult r = result("resource-policies.yaml");
        List<String> policies = r.policies().stream()
                .map(p -> p.policyPath() + "=" + p.kind())
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "Resources.Images.Properties.RepositoryPolicyText=resource",
                        "Resources.S3Endpoint.Properties.PolicyDocument=endpoint",
                        "Resources.SecretPolicy.Properties.ResourcePolicy=resource"),
                policies);
        List<String> publicOnes = r.findings().stream()
                .filter(f -> f.rule().id().equals("IAM401"))
                .map(f -> f.message().substring(0, f.message().indexOf(' ', "Statement \"".length())))
                .sorted()
                .toList();
        assertEquals(List.of("Statement \"PushFromAnyone\"", "Statement \"ReadFromAnyone\""), publicOnes);
    }

    @Test
    void aCloudFrontBucketPolicyWithNumericSidsIsClean() throws IOException {
        ScanResult r = result("cloudfront-oai.yaml");
        assertEquals(1, r.policies().size(), r.policies().toString());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void theDeployingAccountIsNotEveryone() throws IOException {
        ScanResult r = result("own-account-trust.yaml");
        assertEquals(2, r.policies().size(), r.policies().toString());
        assertEquals(List.of(), r.findings());
    }

    /** Rule, severity, policy and line of each finding: what two twin templates must share. */
    private static List<String> shape(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.rule().id() + ":" + f.severity().id() + ":" + f.policyPath() + ":"
                        + f.location().line())
                .sorted()
                .toList();
    }

    @Test
    void theDeployingAccountInsideSubIsOneAccountAsIfWrittenLiterally() throws IOException {
        List<Finding> sub = scan("own-account-arns.yaml");
        List<Finding> literal = scan("own-account-arns-literal.yaml");
        assertEquals(shape(literal), shape(sub));
        // user/* still covers every user of the account: the one positive case of the pair
        Finding wide = only(sub, "IAM207", "EveryonesSshKeys");
        assertEquals(Severity.WARNING, wide.severity());
        assertTrue(wide.message().contains("arn:${AWS.Partition}:iam::${AWS.AccountId}:user/*"), wide.message());
        // the own keys and logs, and the bucket policy naming the deploying account, give nothing else (but the
        // semantic comparison with the reference and the missing MFA Deny, as in the literal twin)
        assertEquals(
                List.of(wide),
                sub.stream()
                        .filter(f -> !f.rule().id().equals("IAM302")
                                && !f.rule().id().equals("IAM205"))
                        .toList());
        assertTrue(sub.stream().noneMatch(f -> f.policyPath().startsWith("Resources.Logs")), sub.toString());
        sub.forEach(TemplatesCorpusTest::assertReadable);
    }

    @Test
    void aPolicyFragmentsIntrinsicsAreTemplateValues() throws IOException {
        ScanResult r = result("policy-fragment.json");
        assertEquals(1, r.policies().size(), r.policies().toString());
        List<String> findings = r.findings().stream()
                .map(f -> f.rule().id() + ":" + f.severity().id())
                .toList();
        // only the missing Version, at warning: ${AWS::Region} in Fn::Sub is no policy variable
        assertEquals(List.of("IAM002:warning"), findings, r.findings().toString());
        r.findings().forEach(TemplatesCorpusTest::assertReadable);
    }

    @Test
    void aDefaultTheConditionRulesOutIsNotReadInItsBranch() throws IOException {
        List<Finding> findings = scan("condition-defaults.yaml");
        // without the conditions: an empty Resource "" (the key's default) in three statements, and "*" (the
        // table's default) where AnyTable is false; with them, only the full access FullAccess really grants
        Finding full = only(findings, "IAM101", "BucketAccess");
        assertTrue(full.message().contains("(s3:*)"), full.message());
        assertEquals(List.of(full), findings);
        findings.forEach(TemplatesCorpusTest::assertReadable);
    }
}
