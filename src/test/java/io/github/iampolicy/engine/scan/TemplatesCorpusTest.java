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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
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

    private List<Finding> scan(String name) throws IOException {
        Files.copy(TestData.resolve("discovery/templates/" + name), dir.resolve(name));
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        return new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog())
                .scan(options, ScanListener.NONE)
                .findings();
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
}
