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
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole engine over {@code corpus/precision}: files reduced from real public templates on which the plugin
 * once reported a wrong error (sources in the folder's README). Each test names the wrong finding that must
 * stay away and the true one next to it that must stay.
 */
class PrecisionCorpusTest {

    private static List<Finding> findings;
    private static List<ScanResult.PolicySummary> policies;

    @BeforeAll
    static void scan() {
        Path dir = TestData.resolve("corpus/precision");
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        ScanResult result =
                new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
        findings = result.findings();
        policies = result.policies();
    }

    private static List<Finding> of(String file) {
        return findings.stream().filter(f -> f.file().equals(file)).toList();
    }

    private static Set<String> ids(List<Finding> list, Severity severity) {
        Set<String> out = new TreeSet<>();
        list.stream()
                .filter(f -> f.severity() == severity)
                .forEach(f -> out.add(f.rule().id()));
        return out;
    }

    @Test
    void awsServicePrincipalsOnlyIsNotPublicButEveryoneElseIs() {
        List<Finding> f = of("data-perimeter-endpoint-policy.json");
        List<Finding> public401 =
                f.stream().filter(x -> x.rule().id().equals("IAM401")).toList();
        assertEquals(1, public401.size(), f.toString());
        assertEquals(Severity.ERROR, public401.get(0).severity());
        assertTrue(
                public401.get(0).message().contains("NotReducedAwayEveryoneElse"),
                public401.get(0).message());
    }

    @Test
    void aPrivateApiFencedByItsEndpointIsNotPublicAndItsShortResourceIsValid() {
        List<Finding> f = of("private-api-deny-outside-endpoint.yaml");
        assertEquals(Set.of("IAM401"), ids(f, Severity.ERROR), f.toString());
        List<Finding> public401 =
                f.stream().filter(x -> x.rule().id().equals("IAM401")).toList();
        assertEquals(1, public401.size(), f.toString());
        assertTrue(
                public401.get(0).policyPath().startsWith("Resources.OpenApi"),
                public401.get(0).policyPath());
    }

    /** The policies of {@code file} with their kinds: the wrong finding is gone, not the policy. */
    private static List<String> kinds(String file) {
        return policies.stream()
                .filter(p -> p.file().equals(file))
                .map(ScanResult.PolicySummary::kind)
                .toList();
    }

    @Test
    void principalTypesKnownOnlyAtDeployTimeAreNoStructureErrors() {
        assertEquals(List.of("trust"), kinds("tf-principal-type-variable/main.tf"));
        assertEquals(List.of("trust"), kinds("tf-templatefile-principal-type/main.tf"));
        assertEquals(Set.of(), ids(of("tf-principal-type-variable/main.tf"), Severity.ERROR));
        assertEquals(Set.of(), ids(of("tf-templatefile-principal-type/main.tf"), Severity.ERROR));
    }

    @Test
    void aStatementListBuiltByConcatIsNoStructureError() {
        List<Finding> f = of("tf-kms-statement-concat/kms.tf");
        assertEquals(List.of("resource"), kinds("tf-kms-statement-concat/kms.tf"));
        assertEquals(Set.of(), ids(f, Severity.ERROR), f.toString());
    }

    @Test
    void aTemplateWithDirectivesIsANoteThatNothingWasCheckedNotAParseError() {
        List<Finding> f = of("tf-template-directives/iam.tf");
        assertEquals(1, f.size(), f.toString());
        assertEquals("IAM001", f.get(0).rule().id());
        assertEquals(Severity.NOTE, f.get(0).severity());
        assertTrue(f.get(0).message().contains("policies/states.tpl"), f.get(0).message());
        assertTrue(f.get(0).message().contains("was not checked"), f.get(0).message());
    }

    @Test
    void aSecretsManagerResourceTagIsAKnownKeyAndATypoIsNot() {
        List<Finding> f = of("secretsmanager-abac-resource-tag.yaml").stream()
                .filter(x -> x.rule().id().equals("IAM013"))
                .toList();
        assertEquals(1, f.size(), f.toString());
        assertTrue(
                f.get(0).message().contains("secretsmanager:ResourceTags/App"),
                f.get(0).message());
    }
}
