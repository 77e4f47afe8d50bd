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

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies that always apply to the same principal are checked together (issue 8, cause 7): a Deny in one
 * cancels an Allow in the other, and a finding that remains is located on the Allow.
 */
class SamePrincipalTest {

    @TempDir
    Path dir;

    static final String ALLOW =
            "{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\"," + "\"Resource\":\"arn:aws:iam::*:user/*\"}";
    static final String DENY_OTHERS = "{\"Effect\":\"Deny\",\"Action\":\"iam:CreateAccessKey\","
            + "\"NotResource\":\"arn:aws:iam::*:user/${aws:username}\"}";

    /** The IAM301 findings of one file, as {@code line} numbers. */
    private List<Integer> iam301(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        List<Finding> all = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog())
                .scan(options, ScanListener.NONE)
                .findings();
        return all.stream()
                .filter(f -> f.rule().id().equals("IAM301"))
                .map(f -> f.location().line())
                .toList();
    }

    private static String doc(String statement) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";
    }

    @Test
    void twoInlinePoliciesOfOneCloudFormationUser() throws IOException {
        String cfn = """
                Resources:
                  Dev:
                    Type: AWS::IAM::User
                    Properties:
                      Policies:
                        - PolicyName: keys
                          PolicyDocument: %s
                        - PolicyName: guard
                          PolicyDocument: %s
                """;
        assertEquals(List.of(), iam301("a.yaml", cfn.formatted(doc(ALLOW), doc(DENY_OTHERS))));
        // without the guard the Allow is reported, on its own line
        assertEquals(
                List.of(7),
                iam301(
                        "a.yaml",
                        cfn.formatted(
                                doc(ALLOW),
                                doc(ALLOW.replace("Allow", "Deny").replace("iam:CreateAccessKey", "s3:GetObject")))));
    }

    @Test
    void anIamPolicyResourceNamingTheUserByRef() throws IOException {
        String cfn = """
                Resources:
                  Dev:
                    Type: AWS::IAM::User
                    Properties:
                      Policies:
                        - PolicyName: keys
                          PolicyDocument: %s
                  Guard:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: guard
                      Users: [!Ref Dev]
                      PolicyDocument: %s
                """;
        assertEquals(List.of(), iam301("b.yaml", cfn.formatted(doc(ALLOW), doc(DENY_OTHERS))));
        // the other way round: the Allow in the AWS::IAM::Policy, the Deny inline
        assertEquals(List.of(), iam301("b.yaml", cfn.formatted(doc(DENY_OTHERS), doc(ALLOW))));
        // a guard on another user protects nobody here
        assertEquals(
                List.of(7),
                iam301("b.yaml", cfn.formatted(doc(ALLOW), doc(DENY_OTHERS)).replace("[!Ref Dev]", "[!Ref Ops]")));
    }

    @Test
    void aGuardOnOnlySomeOfThePrincipalsDoesNotCancel() throws IOException {
        String cfn = """
                Resources:
                  Keys:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: keys
                      Users: [!Ref Dev, !Ref Ops]
                      PolicyDocument: %s
                  Guard:
                    Type: AWS::IAM::Policy
                    Properties:
                      PolicyName: guard
                      Users: [!Ref Dev]
                      PolicyDocument: %s
                """;
        assertEquals(List.of(7), iam301("c.yaml", cfn.formatted(doc(ALLOW), doc(DENY_OTHERS))));
        assertEquals(
                List.of(),
                iam301(
                        "c.yaml",
                        cfn.formatted(doc(ALLOW), doc(DENY_OTHERS))
                                .replace("Users: [!Ref Dev]\n", "Users: [!Ref Ops, !Ref Dev]\n")));
    }

    @Test
    void aManagedPolicyMayBeAttachedElsewhereSoItsAllowStands() throws IOException {
        String cfn = """
                Resources:
                  Dev:
                    Type: AWS::IAM::User
                    Properties:
                      ManagedPolicyArns: [!Ref Keys]
                      Policies:
                        - PolicyName: guard
                          PolicyDocument: %s
                  Keys:
                    Type: AWS::IAM::ManagedPolicy
                    Properties:
                      PolicyDocument: %s
                """;
        assertEquals(List.of(12), iam301("d.yaml", cfn.formatted(doc(DENY_OTHERS), doc(ALLOW))));
        // but its Deny binds the inline policy of a user it is attached to
        assertEquals(List.of(), iam301("d.yaml", cfn.formatted(doc(ALLOW), doc(DENY_OTHERS))));
    }

    @Test
    void twoTerraformUserPoliciesForTheSameUser() throws IOException {
        String tf = """
                resource "aws_iam_user" "dev" {
                  name = "dev"
                }

                resource "aws_iam_user_policy" "keys" {
                  user   = aws_iam_user.dev.name
                  policy = jsonencode({
                    Version   = "2012-10-17"
                    Statement = [{ Effect = "Allow", Action = "iam:CreateAccessKey", Resource = "arn:aws:iam::*:user/*" }]
                  })
                }

                resource "aws_iam_user_policy" "guard" {
                  user   = "%s"
                  policy = jsonencode({
                    Version   = "2012-10-17"
                    Statement = [{
                      Effect      = "Deny"
                      Action      = "iam:CreateAccessKey"
                      NotResource = "arn:aws:iam::*:user/$${aws:username}"
                    }]
                  })
                }
                """;
        // the literal name meets the user resource of that name
        assertEquals(List.of(), iam301("main.tf", tf.formatted("dev")));
        assertEquals(List.of(), iam301("main.tf", tf.formatted("${aws_iam_user.dev.name}")));
        assertEquals(List.of(9), iam301("main.tf", tf.formatted("ops")));
        assertEquals(List.of(9), iam301("main.tf", tf.formatted("${var.user}")));
    }

    @Test
    void aTerraformManagedPolicyAttachedToTheUserGuardsItsInlinePolicy() throws IOException {
        String tf = """
                resource "aws_iam_user_policy" "keys" {
                  user   = aws_iam_user.dev.name
                  policy = data.aws_iam_policy_document.keys.json
                }

                data "aws_iam_policy_document" "keys" {
                  statement {
                    actions   = ["iam:CreateAccessKey"]
                    resources = ["arn:aws:iam::*:user/*"]
                  }
                }

                resource "aws_iam_policy" "guard" {
                  policy = jsonencode({
                    Version   = "2012-10-17"
                    Statement = [{
                      Effect      = "Deny"
                      Action      = "iam:CreateAccessKey"
                      NotResource = "arn:aws:iam::*:user/$${aws:username}"
                    }]
                  })
                }

                resource "aws_iam_user_policy_attachment" "guard" {
                  user       = aws_iam_user.%s.name
                  policy_arn = aws_iam_policy.guard.arn
                }
                """;
        assertEquals(List.of(), iam301("main.tf", tf.formatted("dev")));
        assertEquals(List.of(7), iam301("main.tf", tf.formatted("ops")));
    }

    private static String details(String inline, String managed, int attachmentCount) {
        return """
                {
                  "UserDetailList": [{
                    "UserName": "dev",
                    "Arn": "arn:aws:iam::123456789012:user/dev",
                    "UserPolicyList": [{"PolicyName": "inline", "PolicyDocument": %s}],
                    "AttachedManagedPolicies": [{"PolicyName": "m", "PolicyArn": "arn:aws:iam::123456789012:policy/m"}]
                  }],
                  "GroupDetailList": [],
                  "RoleDetailList": [],
                  "Policies": [{
                    "PolicyName": "m",
                    "Arn": "arn:aws:iam::123456789012:policy/m",
                    "AttachmentCount": %d,
                    "DefaultVersionId": "v1",
                    "PolicyVersionList": [{"VersionId": "v1", "IsDefaultVersion": true, "Document": %s}]
                  }]
                }
                """.formatted(inline, attachmentCount, managed);
    }

    @Test
    void oneAuthorizationDetailsEntry() throws IOException {
        // the managed policy's Deny guards the user's inline policy
        assertEquals(List.of(), iam301("auth.json", details(doc(ALLOW), doc(DENY_OTHERS), 1)));
        // the user's inline Deny guards the managed policy, which the whole account attaches to this user only
        assertEquals(List.of(), iam301("auth.json", details(doc(DENY_OTHERS), doc(ALLOW), 1)));
        // attached to a second principal the file does not show: its Allow stands
        assertEquals(List.of(15), iam301("auth.json", details(doc(DENY_OTHERS), doc(ALLOW), 2)));
    }
}
