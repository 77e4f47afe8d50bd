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
package io.github.iampolicy.engine.rules.privilege;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.suppress.Triage;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IAM111 end to end: the attachment is found in each template form and graded by the principal's kind. */
class ElevatedManagedPolicyRuleTest {

    @TempDir
    Path dir;

    private List<Finding> scan(String name, String text, RuleSettings settings) throws IOException {
        Path root = Files.createTempDirectory(dir, "scan");
        Files.writeString(root.resolve(name), text);
        ScanOptions options = new ScanOptions(List.of(root), root, List.of(), List.of(), ParseLimits.DEFAULT, settings);
        return new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog())
                .scan(options, ScanListener.NONE).findings().stream()
                        .filter(f -> f.rule().id().equals("IAM111"))
                        .toList();
    }

    private List<Finding> scan(String name, String text) throws IOException {
        return scan(name, text, RuleSettings.DEFAULT);
    }

    /** "path severity line:column subject" of each finding, in report order. */
    private static List<String> summary(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.policyPath() + " " + f.severity() + " "
                        + f.location().line() + ":" + f.location().column() + " " + f.subject())
                .toList();
    }

    private static final String CFN = """
            Conditions:
              Prod: !Equals [!Ref Env, prod]
            Parameters:
              Env: {Type: String}
            Resources:
              Ops:
                Type: AWS::IAM::User
                Properties:
                  ManagedPolicyArns:
                    - arn:aws:iam::aws:policy/ReadOnlyAccess
                    - arn:aws:iam::aws:policy/AdministratorAccess
              Admins:
                Type: AWS::IAM::Group
                Properties:
                  ManagedPolicyArns:
                    - !Join ["", ["arn:", !Ref "AWS::Partition", ":iam::aws:policy/IAMFullAccess"]]
              Deployer:
                Type: AWS::IAM::Role
                Properties:
                  AssumeRolePolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Principal: {Service: codebuild.amazonaws.com}
                        Action: sts:AssumeRole
                  ManagedPolicyArns:
                    - !Sub arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess
                    - !If [Prod, arn:aws:iam::aws:policy/ReadOnlyAccess, arn:aws:iam::aws:policy/AdministratorAccess]
                    - arn:aws:iam::123456789012:policy/AdministratorAccess
                    - arn:aws:iam::aws:policy/job-function/AdministratorAccess
                    - arn:aws:iam::aws:policy/AdministratorAccess-Amplify
            """;

    @Test
    void cloudFormationLiteralSubJoinAndIfFormsAreFound() throws IOException {
        assertEquals(
                List.of(
                        "Resources.Ops.Properties.ManagedPolicyArns[1] ERROR 11:11 AdministratorAccess",
                        "Resources.Admins.Properties.ManagedPolicyArns[0] ERROR 16:11 IAMFullAccess",
                        "Resources.Deployer.Properties.ManagedPolicyArns[0] WARNING 27:11 PowerUserAccess",
                        "Resources.Deployer.Properties.ManagedPolicyArns[1] WARNING 28:11 AdministratorAccess"),
                summary(scan("template.yaml", CFN)));
    }

    @Test
    void theMessageNamesThePolicyThePrincipalAndWhatItGrants() throws IOException {
        Finding user = scan("template.yaml", CFN).get(0);
        assertTrue(
                user.message().startsWith("The AWS managed policy AdministratorAccess is attached to a user"),
                user.message());
        assertTrue(user.message().contains("every action on every resource"), user.message());
    }

    @Test
    void aSeverityOverrideAppliesToUsersAndRolesAlikeAndDisablingSilencesTheRule() throws IOException {
        RuleSettings note = RuleSettings.of(List.of(), false, Map.of("IAM111", Severity.NOTE), Set.of());
        assertTrue(scan("template.yaml", CFN, note).stream().allMatch(f -> f.severity() == Severity.NOTE));
        assertEquals(4, scan("template.yaml", CFN, note).size());
        RuleSettings off = RuleSettings.of(List.of(), false, Map.of(), Set.of("IAM111"));
        assertEquals(List.of(), scan("template.yaml", CFN, off));
    }

    @Test
    void terraformHclAttachmentsAndManagedPolicyArns() throws IOException {
        String tf = """
                data "aws_partition" "current" {}
                data "aws_iam_policy" "admin" {
                  arn = "arn:aws:iam::aws:policy/AdministratorAccess"
                }
                resource "aws_iam_user_policy_attachment" "dev" {
                  user       = aws_iam_user.dev.name
                  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"
                }
                resource "aws_iam_role_policy_attachment" "ci" {
                  role       = aws_iam_role.ci.name
                  policy_arn = data.aws_iam_policy.admin.arn
                }
                resource "aws_iam_policy_attachment" "shared" {
                  name       = "shared"
                  users      = [aws_iam_user.dev.name]
                  roles      = [aws_iam_role.ci.name]
                  policy_arn = "arn:aws:iam::aws:policy/IAMFullAccess"
                }
                resource "aws_iam_role" "app" {
                  name                = "app"
                  assume_role_policy  = data.aws_iam_policy_document.trust.json
                  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/PowerUserAccess"]
                }
                resource "aws_iam_group_policy_attachment" "fine" {
                  group      = aws_iam_group.g.name
                  policy_arn = var.policy_arn
                }
                resource "aws_iam_role_policy_attachment" "readonly" {
                  role       = aws_iam_role.ci.name
                  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
                }
                """;
        assertEquals(
                List.of(
                        "resource.aws_iam_user_policy_attachment.dev.policy_arn ERROR 7:16 AdministratorAccess",
                        "resource.aws_iam_role_policy_attachment.ci.policy_arn WARNING 11:16 AdministratorAccess",
                        "resource.aws_iam_policy_attachment.shared.policy_arn ERROR 17:16 IAMFullAccess",
                        "resource.aws_iam_role.app.managed_policy_arns[1] WARNING 22:68 PowerUserAccess"),
                summary(scan("main.tf", tf)));
    }

    @Test
    void terraformJsonConfiguration() throws IOException {
        String json = """
                {
                  "resource": {
                    "aws_iam_group_policy_attachment": {
                      "admins": {
                        "group": "${aws_iam_group.admins.name}",
                        "policy_arn": "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"
                      }
                    },
                    "aws_iam_role": {
                      "app": {
                        "assume_role_policy": "{}",
                        "managed_policy_arns": ["arn:aws:iam::aws:policy/IAMFullAccess"]
                      }
                    },
                    "aws_iam_role_policy_attachment": {
                      "ro": {"role": "x", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}
                    }
                  }
                }
                """;
        assertEquals(
                List.of(
                        "resource.aws_iam_group_policy_attachment.admins.policy_arn ERROR 6:23 AdministratorAccess",
                        "resource.aws_iam_role.app.managed_policy_arns[0] WARNING 12:33 IAMFullAccess"),
                summary(scan("main.tf.json", json)));
    }

    @Test
    void terraformPlanValuesAreTheDeployedArns() throws IOException {
        String plan = """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_iam_user_policy_attachment.ops", "mode": "managed",
                   "type": "aws_iam_user_policy_attachment", "name": "ops",
                   "values": {"user": "ops", "policy_arn": "arn:aws-us-gov:iam::aws:policy/IAMFullAccess"}},
                  {"address": "aws_iam_policy_attachment.ci", "mode": "managed", "type": "aws_iam_policy_attachment",
                   "name": "ci", "values": {"users": null, "groups": [], "roles": ["ci"],
                   "policy_arn": "arn:aws:iam::aws:policy/PowerUserAccess"}},
                  {"address": "aws_iam_role.app", "mode": "managed", "type": "aws_iam_role", "name": "app",
                   "values": {"name": "app", "managed_policy_arns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]}},
                  {"address": "data.aws_iam_policy.admin", "mode": "data", "type": "aws_iam_role_policy_attachment",
                   "name": "x", "values": {"policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"}}
                ]}}}
                """;
        assertEquals(
                List.of(
                        "aws_iam_user_policy_attachment.ops.policy_arn ERROR 4:44 IAMFullAccess",
                        "aws_iam_policy_attachment.ci.policy_arn WARNING 7:18 PowerUserAccess"),
                summary(scan("plan.json", plan)));
    }

    /** The IAM111 findings of one file after its inline suppressions are applied: "path suppressed?". */
    private List<String> triaged(String name, String text) throws IOException {
        Path root = Files.createTempDirectory(dir, "triage");
        Files.writeString(root.resolve(name), text);
        ScanOptions options =
                new ScanOptions(List.of(root), root, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        ScanResult scan =
                new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
        return new Triage(List.of(), null, LocalDate.of(2026, 12, 6))
                .apply(scan.findings(), scan.inlineSuppressions()).findings().stream()
                        .filter(f -> f.rule().id().equals("IAM111"))
                        .map(f -> f.policyPath() + " " + (f.suppression() != null))
                        .toList();
    }

    @Test
    void inlineSuppressionsOfTheResourceCoverTheAttachment() throws IOException {
        String cfn = """
                Resources:
                  BreakGlass:
                    Type: AWS::IAM::Role
                    Metadata:
                      iam-policy:
                        suppress:
                          - id: IAM111
                            reason: break-glass role, assumed with MFA only
                    Properties:
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                  Dev:
                    Type: AWS::IAM::User
                    Properties:
                      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                """;
        assertEquals(
                List.of(
                        "Resources.BreakGlass.Properties.ManagedPolicyArns[0] true",
                        "Resources.Dev.Properties.ManagedPolicyArns[0] false"),
                triaged("template.yaml", cfn));
        String json = """
                {"resource": {"aws_iam_role_policy_attachment": {
                  "deploy": {"//": "iam-policy:suppress IAM111 reason: deployment role of the pipeline",
                             "role": "deploy", "policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"},
                  "other": {"role": "other", "policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"}}}}
                """;
        assertEquals(
                List.of(
                        "resource.aws_iam_role_policy_attachment.deploy.policy_arn true",
                        "resource.aws_iam_role_policy_attachment.other.policy_arn false"),
                triaged("main.tf.json", json));
    }

    @Test
    void aPolicyDocumentGrantingTheSameIsNotThisRulesFinding() throws IOException {
        String policy = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource":
                "arn:aws:iam::aws:policy/AdministratorAccess"}]}
                """;
        assertEquals(List.of(), scan("policy.json", policy));
    }
}
