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
package io.github.iampolicy.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.rules.semantic.SemanticRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fn::If and AWS::NoValue branch by branch (issue 8, cause 2): the semantic rules check each combination of
 * the template conditions as deployed, and the finding names the combination.
 */
class BranchingTest {

    static final String HEAD = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Stage: {Type: String, Default: dev}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Keys:
                Type: AWS::IAM::ManagedPolicy
                Properties:
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
            """;

    @TempDir
    Path dir;

    Policy extract(String statements) throws IOException {
        Path f = dir.resolve("stack.yaml");
        Files.writeString(f, HEAD + statements.stripIndent().indent(10), StandardCharsets.UTF_8);
        ExtractedFile e = Fixtures.extract(f);
        assertEquals(List.of(), e.problems());
        return e.policies().get(0);
    }

    static List<Finding> iam301(Policy p) {
        List<Finding> out = new ArrayList<>();
        SemanticRules.ALL
                .get(0)
                .check(new PolicyContext(p, ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, out::add));
        return out;
    }

    @Test
    void anOptionalDenyIsNotAlwaysPresent() throws IOException {
        Policy p = extract("""
                      - Sid: AllKeys
                        Effect: Allow
                        Action: iam:CreateAccessKey
                        Resource: arn:aws:iam::*:user/*
                      - !If
                        - IsProd
                        - Sid: OnlyOwn
                          Effect: Deny
                          Action: iam:CreateAccessKey
                          NotResource: !Sub "arn:aws:iam::*:user/${!aws:username}"
                        - !Ref AWS::NoValue
                """);
        assertEquals(List.of("IsProd"), p.branches().conditions());
        assertEquals(2, p.branches().variants().size());
        assertEquals(Map.of("IsProd", true), p.branches().variants().get(0).values());
        List<Finding> fs = iam301(p);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(
                fs.get(0).message().contains(", with `IsProd` false"), fs.get(0).message());
    }

    @Test
    void anEffectChosenByAConditionIsReadPerBranch() throws IOException {
        Policy p = extract("""
                      - Sid: Keys
                        Effect: !If [IsProd, Deny, Allow]
                        Action: iam:CreateAccessKey
                        Resource: arn:aws:iam::*:user/*
                """);
        List<Finding> fs = iam301(p);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("Keys", fs.get(0).statement());
        assertTrue(
                fs.get(0).message().contains(", with `IsProd` false"), fs.get(0).message());
    }

    @Test
    void aCounterexampleInEveryBranchIsAnError() throws IOException {
        Policy p = extract("""
                      - Sid: Keys
                        Effect: Allow
                        Action: iam:CreateAccessKey
                        Resource: !If [IsProd, "arn:aws:iam::*:user/*", "arn:aws:iam::*:user/a*"]
                """);
        List<Finding> fs = iam301(p);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertTrue(
                fs.get(0).message().contains(", with every value of the template conditions IsProd"),
                fs.get(0).message());
    }

    @Test
    void aSafeDocumentInEveryBranchPasses() throws IOException {
        Policy p = extract("""
                      - Sid: Keys
                        Effect: Allow
                        Action: !If [IsProd, iam:CreateAccessKey, iam:DeleteAccessKey]
                        Resource: !Sub "arn:aws:iam::*:user/${!aws:username}"
                """);
        assertEquals(List.of(), iam301(p));
    }
}
