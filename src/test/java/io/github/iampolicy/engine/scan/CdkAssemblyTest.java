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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CDK app's cloud assembly, as {@code cdk synth} writes it, scanned beside the project's own files. */
class CdkAssemblyTest {

    private static final String STACK = "cdk.out/SelfServiceStack.template.json";
    private static final String STAGE = "cdk.out/assembly-Prod/ProdBuildStack.template.json";
    private static final String NESTED = "cdk.out/assembly-Prod/assembly-Prod-Eu/ProdEuStack.template.json";

    private final PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());

    private ScanResult scan(List<Path> roots, Path base, List<String> includes) {
        return scanner.scan(
                new ScanOptions(roots, base, includes, List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 1),
                message -> {});
    }

    private static Path app() throws Exception {
        return Path.of(CdkAssemblyTest.class.getResource("/cdk/cdk.out").toURI())
                .getParent();
    }

    @Test
    void templatesAreScannedAndFindingsNameTheirConstruct() throws Exception {
        Path app = app();
        ScanResult project = scan(List.of(), app, List.of());
        ScanResult assembly = scan(List.of(app.resolve("cdk.out")), app, CdkAssembly.TEMPLATE_INCLUDES);
        ScanResult combined = new CdkAssembly().combine(project, assembly, app);

        // the manifest, the construct tree and the asset directory's policy.json are not read
        assertEquals(3, combined.filesScanned());
        assertEquals(
                Set.of(STACK, STAGE, NESTED),
                combined.findings().stream().map(Finding::file).collect(Collectors.toSet()));
        for (Finding f : combined.findings()) {
            String construct = Map.of(
                            STACK, "SelfServiceStack/Developer/DefaultPolicy/Resource",
                            STAGE, "Prod/BuildStack/BuildRole/Resource",
                            NESTED, "Prod/Eu/Stack/ReaderPolicy/Resource")
                    .get(f.file());
            assertTrue(f.message().endsWith(" (CDK construct " + construct + ")"), f.message());
        }
        // a user policy with CreateAccessKey on every user: IAM201, reported against the template
        Finding keys = combined.findings().stream()
                .filter(f -> f.rule().id().equals("IAM201"))
                .findFirst()
                .orElseThrow();
        assertEquals(STACK, keys.file());
        assertEquals("Resources.DeveloperDefaultPolicyC0D3E1F4.Properties.PolicyDocument", keys.policyPath());
        assertTrue(combined.findings().stream()
                .anyMatch(f -> f.file().equals(STAGE) && f.rule().id().equals("IAM101")));
        // the message changes, the identity does not
        Finding plain = assembly.findings().stream()
                .filter(f -> f.rule().id().equals("IAM201"))
                .findFirst()
                .orElseThrow();
        assertEquals(plain.fingerprint(), keys.fingerprint());
        assertFalse(plain.message().contains("CDK construct"));
    }

    @Test
    void theProjectsOwnFindingsAreLeftAsTheyAre(@TempDir Path dir) throws Exception {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(
                resources.resolve("keys.json"),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":\"iam:CreateAccessKey\",\"Resource\":\"arn:aws:iam::*:user/*\"}]}");
        Files.createDirectories(dir.resolve("cdk.out"));
        Files.writeString(dir.resolve("cdk.out/Broken.template.json"), "{\"Resources\": {");
        ScanResult project = scan(List.of(resources), dir, List.of());
        ScanResult assembly = scan(List.of(dir.resolve("cdk.out")), dir, CdkAssembly.TEMPLATE_INCLUDES);
        ScanResult combined = new CdkAssembly().combine(project, assembly, dir);

        assertEquals(2, combined.filesScanned());
        assertEquals(project.policies(), combined.policies());
        for (Finding f : combined.findings()) {
            assertFalse(f.message().contains("CDK construct"), f.message());
        }
        assertTrue(combined.findings().stream().anyMatch(f -> f.file().equals("src/main/resources/keys.json")));
        assertEquals(Map.of(), new CdkAssembly().constructPaths(dir.resolve("cdk.out/Broken.template.json")));
    }

    @Test
    void aPolicyPathNamesItsResource() {
        assertEquals("Role", CdkAssembly.logicalId("Resources.Role.Properties.Policies[0].PolicyDocument"));
        assertEquals("Policy", CdkAssembly.logicalId("Resources.Policy"));
        assertNull(CdkAssembly.logicalId(""));
        assertNull(CdkAssembly.logicalId(null));
        assertNull(CdkAssembly.logicalId("resource.aws_iam_policy.p.policy"));
    }
}
