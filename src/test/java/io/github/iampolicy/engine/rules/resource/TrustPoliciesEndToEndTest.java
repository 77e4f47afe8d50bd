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
package io.github.iampolicy.engine.rules.resource;

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
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IAM4xx rules through discovery: Terraform HCL trust documents reach them as trust policies, located. */
class TrustPoliciesEndToEndTest {

    @TempDir
    Path dir;

    private List<Finding> scan(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        return new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog())
                .scan(options, ScanListener.NONE)
                .findings();
    }

    @Test
    void aTerraformPolicyDocumentUsedAsAssumeRolePolicyIsATrustPolicy() throws IOException {
        String tf = """
                resource "aws_iam_role" "deploy" {
                  name               = "deploy"
                  assume_role_policy = data.aws_iam_policy_document.github.json
                }

                data "aws_iam_policy_document" "github" {
                  statement {
                    sid     = "GitHub"
                    actions = ["sts:AssumeRoleWithWebIdentity"]
                    principals {
                      type        = "Federated"
                      identifiers = [aws_iam_openid_connect_provider.github.arn]
                    }
                    condition {
                      test     = "StringLike"
                      variable = "token.actions.githubusercontent.com:sub"
                      values   = ["repo:*"]
                    }
                  }
                }
                """;
        List<Finding> f = scan("main.tf", tf).stream()
                .filter(x -> x.rule().id().startsWith("IAM4"))
                .toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals("IAM404", f.get(0).rule().id());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(new Location(12, 22), f.get(0).location());
        assertTrue(f.get(0).message().contains("repo:*"), f.get(0).message());
    }

    @Test
    void anIdentityPolicyNeverReachesTheFamilyAndATrustPolicyNeverReachesIam1xx() throws IOException {
        String tf = """
                resource "aws_iam_role" "app" {
                  name = "app"
                  assume_role_policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { AWS = "*" }
                      Action    = "sts:AssumeRole"
                    }]
                  })
                }

                resource "aws_iam_role_policy" "app" {
                  role = aws_iam_role.app.id
                  policy = jsonencode({
                    Version   = "2012-10-17"
                    Statement = [{ Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = "*" }]
                  })
                }
                """;
        List<String> ids = scan("main.tf", tf).stream()
                .map(x -> x.rule().id() + "@" + x.location().line())
                .sorted()
                .toList();
        assertEquals(List.of("IAM109@17", "IAM401@7"), ids);
    }
}
