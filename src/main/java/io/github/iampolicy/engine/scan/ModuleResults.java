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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scans of the modules of one build as one scan, for a report on the whole build: every file path is
 * prefixed with its module's path, so that two modules holding the same relative file stay apart.
 */
public final class ModuleResults {

    private ModuleResults() {}

    /** One module's scan; {@code path} is the module's directory relative to the build's top, {@code ""} for the top. */
    public record Module(String path, ScanResult result) {}

    public static ScanResult merge(List<Module> modules) {
        int files = 0;
        String catalog = null;
        List<ScanResult.PolicySummary> policies = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (Module m : modules) {
            ScanResult r = m.result();
            files += r.filesScanned();
            catalog = catalog == null ? r.catalogDate() : catalog;
            for (ScanResult.PolicySummary p : r.policies()) {
                policies.add(new ScanResult.PolicySummary(prefixed(m.path(), p.file()), p.policyPath(), p.kind()));
            }
            for (Finding f : r.findings()) {
                findings.add(new Finding(
                        f.rule(),
                        f.severity(),
                        prefixed(m.path(), f.file()),
                        f.location(),
                        f.policyPath(),
                        f.statement(),
                        f.message(),
                        f.subject(),
                        f.counterexample(),
                        f.actions(),
                        f.resources(),
                        f.suppression(),
                        f.baselineState()));
            }
            r.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        }
        findings.sort(Finding.ORDER);
        policies.sort(Comparator.comparing(ScanResult.PolicySummary::file));
        return new ScanResult(catalog == null ? "" : catalog, files, policies, findings, List.copyOf(rules.values()));
    }

    private static String prefixed(String module, String file) {
        if (module.isEmpty() || file.startsWith("/") || file.matches("^[A-Za-z]:[/\\\\].*")) {
            return file;
        }
        return module + (module.endsWith("/") ? "" : "/") + file;
    }
}
