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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.suppress.InlineSuppression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The cloud assembly that {@code cdk synth} writes ({@code cdk.out}): its {@code *.template.json} are
 * CloudFormation templates, and each resource's {@code aws:cdk:path} metadata names the construct in the CDK app
 * that made it, which is where a user fixes the policy. The other files of the assembly (manifests, the
 * construct tree, asset directories with application code) are not policies and are not read.
 */
public final class CdkAssembly {

    /**
     * The templates of the app's stacks, of its stages ({@code assembly-<stage>/}) and of stages nested in a
     * stage. Named levels rather than {@code **}: asset directories can hold whole dependency trees.
     */
    public static final List<String> TEMPLATE_INCLUDES =
            List.of("*.template.json", "assembly-*/*.template.json", "assembly-*/assembly-*/*.template.json");

    private static final String CDK_PATH = "aws:cdk:path";

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * The project's scan and the assembly's scan as one, the assembly's findings naming their construct.
     * {@code baseDir} is the directory the findings' file paths are relative to.
     */
    public ScanResult combine(ScanResult project, ScanResult assembly, Path baseDir) {
        Map<String, Map<String, String>> constructs = new HashMap<>();
        List<Finding> findings = new ArrayList<>(project.findings());
        for (Finding f : assembly.findings()) {
            findings.add(named(f, constructs.computeIfAbsent(f.file(), file -> constructPaths(baseDir.resolve(file)))));
        }
        findings.sort(Finding.ORDER);
        List<ScanResult.PolicySummary> policies = new ArrayList<>(project.policies());
        policies.addAll(assembly.policies());
        List<InlineSuppression> inline = new ArrayList<>(project.inlineSuppressions());
        inline.addAll(assembly.inlineSuppressions());
        return new ScanResult(
                project.catalogDate(),
                project.filesScanned() + assembly.filesScanned(),
                policies,
                findings,
                project.rules(),
                inline);
    }

    /**
     * The findings of one template of the assembly, each naming its construct as {@link #combine} names it,
     * in {@link Finding#ORDER}: for a scan that hands files on one at a time.
     */
    public List<Finding> annotate(String file, List<Finding> findings, Path baseDir) {
        if (findings.isEmpty()) {
            return findings;
        }
        Map<String, String> constructs = constructPaths(baseDir.resolve(file));
        List<Finding> named = new ArrayList<>(findings.size());
        findings.forEach(f -> named.add(named(f, constructs)));
        named.sort(Finding.ORDER);
        return named;
    }

    private static Finding named(Finding f, Map<String, String> constructs) {
        String construct = constructs.get(logicalId(f.policyPath()));
        return construct == null ? f : withMessage(f, f.message() + " (CDK construct " + construct + ")");
    }

    /** The logical id of the resource a policy path lies in: {@code Resources.<id>.Properties...}. */
    static String logicalId(String policyPath) {
        if (policyPath == null || !policyPath.startsWith("Resources.")) {
            return null;
        }
        String rest = policyPath.substring("Resources.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Logical id to construct path; empty when the template cannot be read (its findings say why). */
    Map<String, String> constructPaths(Path template) {
        Map<String, String> paths = new HashMap<>();
        JsonNode resources;
        try {
            resources = mapper.readTree(template.toFile()).path("Resources");
        } catch (IOException | RuntimeException e) {
            return paths;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            JsonNode path = resource.getValue().path("Metadata").path(CDK_PATH);
            if (path.isTextual()) {
                paths.put(resource.getKey(), path.asText());
            }
        }
        return paths;
    }

    private static Finding withMessage(Finding f, String message) {
        return new Finding(
                f.rule(),
                f.severity(),
                f.file(),
                f.location(),
                f.policyPath(),
                f.statement(),
                message,
                f.subject(),
                f.counterexample(),
                f.actions(),
                f.resources(),
                f.suppression(),
                f.baselineState());
    }
}
