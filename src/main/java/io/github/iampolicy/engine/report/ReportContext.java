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
package io.github.iampolicy.engine.report;

import io.github.iampolicy.engine.model.Severity;
import java.util.Map;
import java.util.Objects;

/**
 * Where a report stands in the build: the tool, the module's place in the repository, and what the
 * configuration changed about the rules.
 *
 * @param tool                 the tool as reports name it
 * @param modulePath           the module's base directory relative to the repository root, {@code /} separated,
 *                             empty when the module is the root; stored with a trailing {@code /} when not empty.
 *                             Code scanning resolves paths from the repository root, so reports meant for it
 *                             prefix every file with this.
 * @param automationId         SARIF {@code runAutomationDetails.id} (GitHub's category), or {@code null}
 * @param configuredSeverities rule id to the severity the configuration gave it ({@code ruleSeverities}); SARIF's
 *                             rule level and {@code security-severity} follow it
 */
public record ReportContext(
        ToolInfo tool, String modulePath, String automationId, Map<String, Severity> configuredSeverities) {

    public ReportContext {
        Objects.requireNonNull(tool, "tool");
        String p = modulePath == null ? "" : modulePath.replace('\\', '/');
        while (p.startsWith("/") || p.startsWith("./")) {
            p = p.substring(p.startsWith("/") ? 1 : 2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        modulePath = p.isEmpty() || p.equals(".") ? "" : p + "/";
        configuredSeverities = configuredSeverities == null ? Map.of() : Map.copyOf(configuredSeverities);
    }

    /** A report for a project that is its own repository root, with no configured severities. */
    public static ReportContext of(ToolInfo tool) {
        return new ReportContext(tool, "", null, Map.of());
    }

    /** A path relative to the module as a path relative to the repository root; empty and null stay so. */
    public String repositoryPath(String file) {
        return file == null || file.isEmpty() ? file : modulePath + file;
    }
}
