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

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.config.ConfigurationCheck;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.session.AnalysisSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One module's scan as a goal runs it: its files, then the templates of its CDK cloud assembly when there is
 * one, with the configuration warnings a user should see.
 */
public final class ModuleScan {

    private ModuleScan() {}

    /**
     * Scans with {@code options} in a session of its own: its caches and threads end with the scan, so a Maven
     * daemon that runs build after build keeps nothing of earlier ones.
     *
     * @param cdk         the CDK cloud assembly directory, or {@code null}; scanned when it exists
     * @param configured  the directories the user named besides the resource roots, checked for existence
     * @param listeners   a listener for each scan (the module's, then the assembly's): progress starts anew
     * @param warn        where configuration warnings go
     * @throws IllegalStateException when the engine cannot run (e.g. its catalog is missing)
     */
    public static ScanResult run(
            ScanOptions options,
            Path cdk,
            List<Path> configured,
            Supplier<ScanListener> listeners,
            Consumer<String> warn) {
        ConfigurationCheck.missingDirectories(configured, options.baseDir()).forEach(warn);
        ScanResult result;
        try (AnalysisSession session = new AnalysisSession()) {
            PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());
            ScanListener listener = listeners.get();
            result = scanner.scan(session, options, listener);
            if (cdk != null && Files.isDirectory(cdk)) {
                listener.debug("Scanning the CDK templates in " + cdk);
                result = new CdkAssembly()
                        .combine(
                                result,
                                scanner.scan(session, templates(options, cdk), listeners.get()),
                                options.baseDir());
            }
        }
        warnIfIncludesMatchNothing(options, result, warn);
        return result;
    }

    /**
     * {@link #run} for a streamed check: every file goes to {@code listener} as it finishes, the module's files
     * and the CDK assembly's templates in one file order (the templates' findings naming their construct), and
     * the result only counts files.
     */
    public static ScanResult stream(
            ScanOptions options, Path cdk, List<Path> configured, ScanListener listener, Consumer<String> warn) {
        ConfigurationCheck.missingDirectories(configured, options.baseDir()).forEach(warn);
        ScanResult result;
        try (AnalysisSession session = new AnalysisSession()) {
            PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog());
            if (cdk != null && Files.isDirectory(cdk)) {
                listener.debug("Scanning the CDK templates in " + cdk);
                CdkAssembly assembly = new CdkAssembly();
                result = scanner.stream(
                        session,
                        options,
                        templates(options, cdk),
                        (file, findings) -> assembly.annotate(file, findings, options.baseDir()),
                        listener);
            } else {
                result = scanner.stream(session, options, listener);
            }
        }
        warnIfIncludesMatchNothing(options, result, warn);
        return result;
    }

    private static void warnIfIncludesMatchNothing(ScanOptions options, ScanResult result, Consumer<String> warn) {
        ConfigurationCheck.includesMatchNothing(
                        options.includes(),
                        result.filesScanned(),
                        options.roots(),
                        options.baseDir(),
                        options.excludes())
                .forEach(warn);
    }

    private static ScanOptions templates(ScanOptions options, Path cdk) {
        return new ScanOptions(
                List.of(cdk),
                options.baseDir(),
                CdkAssembly.TEMPLATE_INCLUDES,
                options.excludes(),
                options.limits(),
                options.settings(),
                options.threads(),
                options.maxPlanBytes());
    }
}
