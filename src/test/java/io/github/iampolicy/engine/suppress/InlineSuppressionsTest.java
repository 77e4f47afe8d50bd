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
package io.github.iampolicy.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.ExtractedFile;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inline conventions read from real templates, and applied to a real scan's findings. */
class InlineSuppressionsTest {

    static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              DeployRole:
                Type: AWS::IAM::Role
                Metadata:
                  iam-policy:
                    suppress:
                      - id: IAM104
                        reason: Passes the app roles to Lambda only (SEC-42)
                Properties:
                  AssumeRolePolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal: {Service: lambda.amazonaws.com}
                        Action: sts:AssumeRole
                  Policies:
                    - PolicyName: deploy
                      PolicyDocument:
                        Version: "2012-10-17"
                        Statement:
                          - Sid: PassToLambda
                            Effect: Allow
                            Action: iam:PassRole
                            Resource: arn:aws:iam::123456789012:role/app-*
              NagKeys:
                Type: AWS::IAM::ManagedPolicy
                Metadata:
                  cfn_nag:
                    rules_to_suppress:
                      - id: W28
                        reason: not ours
                      - id: IAM201
                        reason: Break-glass group, reviewed monthly
                Properties:
                  PolicyDocument: &doc
                    Version: "2012-10-17"
                    Statement:
                      - Sid: ManageKeys
                        Effect: Allow
                        Action: iam:CreateAccessKey
                        Resource: arn:aws:iam::123456789012:user/*
              LintKeys:
                Type: AWS::IAM::ManagedPolicy
                Metadata:
                  cfn-lint:
                    config:
                      ignore_checks: [E3012, IAM201]
                      ignore_reasons:
                        IAM201: Service account keys, rotated by the vault
                Properties:
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Sid: ManageKeys
                        Effect: Allow
                        Action: iam:CreateAccessKey
                        Resource: arn:aws:iam::123456789012:user/*
              BareLint:
                Type: AWS::IAM::ManagedPolicy
                Metadata:
                  cfn-lint:
                    config:
                      ignore_checks: [IAM201]
                Properties:
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Sid: ManageKeys
                        Effect: Allow
                        Action: iam:CreateAccessKey
                        Resource: arn:aws:iam::123456789012:user/*
            """.replace(": &doc", ":");

    static final String TERRAFORM = """
            {"resource": {"aws_iam_policy": {
              "deploy": {
                "//": "iam-policy:suppress IAM104, IAM201 reason: Deploy pipeline, reviewed in SEC-7",
                "name": "deploy",
                "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Pass\\",\\"Effect\\":\\"Allow\\",\\"Action\\":\\"iam:PassRole\\",\\"Resource\\":\\"arn:aws:iam::123456789012:role/app-*\\"}]}"
              },
              "keys": {
                "//": ["an ordinary comment", "iam-policy:suppress IAM201"],
                "policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"Keys\\",\\"Effect\\":\\"Allow\\",\\"Action\\":\\"iam:CreateAccessKey\\",\\"Resource\\":\\"arn:aws:iam::123456789012:user/*\\"}]}"
              }
            }}}
            """;

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    static String json(String yaml) throws IOException {
        return new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    }

    static String template(String extension) throws IOException {
        return extension.equals("json") ? json(TEMPLATE) : TEMPLATE;
    }

    @ParameterizedTest
    @ValueSource(strings = {"yaml", "json"})
    void readsTheThreeCloudFormationConventions(String extension, @TempDir Path dir) throws IOException {
        Path file = write(dir, "stack." + extension, template(extension));
        ExtractedFile extracted = new PolicyExtractor().extract(new SourceFile(file, "infra/stack." + extension));
        Map<String, List<InlineSuppression>> byScope =
                extracted.suppressions().stream().collect(Collectors.groupingBy(InlineSuppression::scope));
        assertEquals(
                4, extracted.suppressions().size(), extracted.suppressions().toString());

        InlineSuppression ours = byScope.get("Resources.DeployRole").get(0);
        assertEquals("IAM104", ours.ruleId());
        assertEquals("Passes the app roles to Lambda only (SEC-42)", ours.reason());
        assertEquals("Resources.DeployRole.Metadata.iam-policy", ours.origin());
        assertEquals("infra/stack." + extension, ours.file());

        List<InlineSuppression> nag = byScope.get("Resources.NagKeys");
        assertEquals(1, nag.size(), "cfn_nag's own W28 is left to cfn_nag");
        assertEquals("Break-glass group, reviewed monthly", nag.get(0).reason());

        InlineSuppression lint = byScope.get("Resources.LintKeys").get(0);
        assertEquals("IAM201", lint.ruleId());
        assertEquals("Service account keys, rotated by the vault", lint.reason());
        assertEquals("Resources.LintKeys.Metadata.cfn-lint", lint.origin());

        InlineSuppression bare = byScope.get("Resources.BareLint").get(0);
        assertNull(bare.reason());
        assertEquals(false, bare.hasReason());
        if (extension.equals("yaml")) {
            List<String> lines = List.of(TEMPLATE.split("\n"));
            int line = lines.indexOf(lines.stream()
                            .filter(l -> l.strip().equals("ignore_checks: [IAM201]"))
                            .findFirst()
                            .orElseThrow())
                    + 1;
            assertEquals(line, bare.location().line(), "located at the id, for the message");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yaml", "json"})
    void suppressesTheResourcesFindingsOnlyWithAReason(String extension, @TempDir Path dir) throws IOException {
        write(dir, "infra/stack." + extension, template(extension));
        Triage.Outcome o = triage(dir);
        Map<String, List<Finding>> byResource = o.findings().stream()
                .filter(f -> f.rule().id().equals("IAM104") || f.rule().id().equals("IAM201"))
                .collect(Collectors.groupingBy(f -> f.policyPath().split("\\.")[1]));
        Finding deploy = byResource.get("DeployRole").stream()
                .filter(f -> f.rule().id().equals("IAM104"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("IAM104 on DeployRole: " + o.findings()));
        assertEquals(Suppression.Kind.IN_SOURCE, deploy.suppression().kind());
        assertEquals(
                "Passes the app roles to Lambda only (SEC-42)",
                deploy.suppression().justification());
        assertTrue(byResource.get("NagKeys").stream().allMatch(f -> f.suppression() != null), byResource.toString());
        assertTrue(byResource.get("LintKeys").stream().allMatch(f -> f.suppression() != null), byResource.toString());
        assertTrue(byResource.get("BareLint").stream().allMatch(Finding::counts), "no reason, no suppression");
        assertEquals(1, o.notices().size(), o.notices().toString());
        assertTrue(
                o.notices().get(0).contains("IAM201 at infra/stack." + extension),
                o.notices().get(0));
        assertTrue(o.notices().get(0).contains("has no reason"), o.notices().get(0));
    }

    @Test
    void terraformJsonCommentsOnTheResource(@TempDir Path dir) throws IOException {
        write(dir, "terraform/main.tf.json", TERRAFORM);
        ExtractedFile extracted = new PolicyExtractor()
                .extract(new SourceFile(dir.resolve("terraform/main.tf.json"), "terraform/main.tf.json"));
        assertEquals(
                3, extracted.suppressions().size(), extracted.suppressions().toString());
        InlineSuppression first = extracted.suppressions().get(0);
        assertEquals("resource.aws_iam_policy.deploy", first.scope());
        assertEquals("IAM104", first.ruleId());
        assertEquals("Deploy pipeline, reviewed in SEC-7", first.reason());
        assertEquals("IAM201", extracted.suppressions().get(1).ruleId());
        assertNull(extracted.suppressions().get(2).reason());

        Triage.Outcome o = triage(dir);
        Finding pass = o.findings().stream()
                .filter(f -> f.rule().id().equals("IAM104"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(o.findings().toString()));
        assertEquals("Deploy pipeline, reviewed in SEC-7", pass.suppression().justification());
        assertTrue(
                o.findings().stream()
                        .filter(f -> f.policyPath().startsWith("resource.aws_iam_policy.keys"))
                        .allMatch(Finding::counts),
                "a suppression without a reason does not apply");
        assertTrue(
                o.notices().stream().anyMatch(n -> n.contains("has no reason")),
                o.notices().toString());
        assertTrue(
                o.unused().stream().anyMatch(u -> u.contains("IAM201") && u.contains("deploy")),
                "IAM201 does not fire on the deploy policy: " + o.unused());
    }

    static Triage.Outcome triage(Path dir) {
        ScanResult scan = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog())
                .scan(
                        new ScanOptions(
                                List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 1),
                        ScanListener.NONE);
        return new Triage(List.of(), null, LocalDate.of(2026, 12, 5)).apply(scan.findings(), scan.inlineSuppressions());
    }
}
