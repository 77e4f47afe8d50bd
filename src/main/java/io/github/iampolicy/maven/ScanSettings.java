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
package io.github.iampolicy.maven;

import java.io.File;
import java.util.List;

/**
 * The values of the scan parameters of a goal, as Maven injected them. Each component is named after its
 * parameter: {@code check} and {@code baseline} declare the parameters in {@link AbstractScanMojo}, {@code report}
 * and {@code aggregate} in {@link AbstractReportMojo} (they extend maven-reporting-impl's report class, and Java
 * has one superclass), and both hand the values to a {@link ProjectScanner} through this record.
 */
record ScanSettings(
        List<String> includes,
        List<String> excludes,
        List<File> additionalDirectories,
        boolean includeTestResources,
        List<String> ruleSeverities,
        List<String> disabledRules,
        List<String> allowedActions,
        boolean requireMfa,
        String maxFileSize,
        String maxPlanFileSize,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxYamlAliases,
        int maxYamlDocuments,
        int maxStatements,
        String referencePolicy,
        List<ForbiddenAccessEntry> forbiddenAccess,
        List<String> forbiddenAccessPresets,
        String semanticUnknownSeverity,
        int threads,
        String suppressionsFile,
        File cdkOutputDirectory,
        String progressInterval) {}
