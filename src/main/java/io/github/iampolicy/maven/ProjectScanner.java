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

import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ModuleScan;
import io.github.iampolicy.engine.scan.ParameterException;
import io.github.iampolicy.engine.scan.ProgressReporter;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanParameters;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.suppress.Baseline;
import io.github.iampolicy.engine.suppress.Triage;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The scan every goal that reads the project runs, with that goal's {@link ScanSettings}: the files it reads, the
 * engine's options, the suppressions and the baseline. The check goals and the site report goals share it, so a
 * page shows what {@code check} finds.
 */
final class ProjectScanner {

    private final MavenProject project;
    private final ScanSettings settings;
    private final Log log;

    /** {@code project} is the project the goal runs for; directories of the parameters are relative to it. */
    ProjectScanner(MavenProject project, ScanSettings settings, Log log) {
        this.project = project;
        this.settings = settings;
        this.log = log;
    }

    /**
     * Scans {@code module}, a project of the build: its resource roots, file paths relative to its base
     * directory. The aggregate report scans every module this way.
     */
    ScanResult scan(MavenProject module) throws MojoExecutionException {
        ScanOptions options = options(module);
        Duration interval = interval();
        try {
            return ModuleScan.run(
                    options,
                    cdkOutputDirectory(module),
                    configured(),
                    () -> new LogScanListener(log, interval),
                    log::warn);
        } catch (IllegalStateException e) {
            throw new MojoExecutionException("IAM policy check failed: " + e.getMessage(), e);
        }
    }

    /**
     * Scans the goal's project as {@link #scan} does, handing each file to {@code listener} as it finishes (the
     * CDK assembly's templates in the same file order); the result counts files and holds no finding.
     */
    ScanResult stream(ScanListener listener) throws MojoExecutionException {
        ScanOptions options = options(project);
        try {
            return ModuleScan.stream(options, cdkOutputDirectory(project), configured(), listener, log::warn);
        } catch (IllegalStateException e) {
            throw new MojoExecutionException("IAM policy check failed: " + e.getMessage(), e);
        }
    }

    /** The log's progress lines and debug output for a scan, at {@code progressInterval}. */
    LogScanListener listener() throws MojoExecutionException {
        return new LogScanListener(log, interval());
    }

    private Duration interval() throws MojoExecutionException {
        try {
            return ProgressReporter.parseInterval(settings.progressInterval());
        } catch (ParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private List<Path> configured() {
        return nonNull(settings.additionalDirectories()).stream()
                .map(File::toPath)
                .toList();
    }

    private ScanOptions options(MavenProject module) throws MojoExecutionException {
        ScanParameters parameters = parameters();
        try {
            ParseLimits limits = parameters.parseLimits();
            return new ScanOptions(
                    roots(module),
                    baseDir(module),
                    nonNull(settings.includes()),
                    nonNull(settings.excludes()),
                    limits,
                    parameters.settings(reference(limits), log::warn),
                    parameters.checkedThreads(),
                    parameters.planBytes());
        } catch (ParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** The suppressions (file and inline) and the baseline, for a triage that runs file by file. */
    Triage triageSettings(Baseline baseline) throws MojoExecutionException {
        return new Triage(
                TuningFiles.suppressions(settings.suppressionsFile(), baseDir(project)), baseline, LocalDate.now());
    }

    /**
     * Applies the suppressions (file and inline) and, when given, the baseline to the scan's findings, and logs
     * what the user should fix in them. Suppressions files are relative to the goal's project.
     */
    Triage.Outcome triage(ScanResult scan, Baseline baseline) throws MojoExecutionException {
        Triage.Outcome outcome = triageSettings(baseline).apply(scan.findings(), scan.inlineSuppressions());
        outcome.notices().forEach(log::warn);
        return outcome;
    }

    /** A baseline file, which must exist. */
    Baseline readBaseline(File file) throws MojoExecutionException {
        return TuningFiles.baseline(file, relative(baseDir(project), file.toPath()));
    }

    /** The severities {@code ruleSeverities} gives, by rule id; reports follow them too. */
    Map<String, Severity> configuredSeverities() throws MojoExecutionException {
        try {
            return parameters().severities();
        } catch (ParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    static Path baseDir(MavenProject module) {
        return ModuleDirectories.baseDir(module);
    }

    static String relative(Path base, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace(File.separatorChar, '/');
    }

    private ScanParameters parameters() {
        List<ScanParameters.Forbidden> entries = new ArrayList<>();
        List<ForbiddenAccessEntry> forbidden = settings.forbiddenAccess();
        for (ForbiddenAccessEntry e : forbidden == null ? List.<ForbiddenAccessEntry>of() : forbidden) {
            entries.add(new ScanParameters.Forbidden(e.getActions(), e.getResources()));
        }
        return new ScanParameters(
                new ScanParameters.Limits(
                        settings.maxFileSize(),
                        settings.maxPlanFileSize(),
                        settings.maxNestingDepth(),
                        settings.maxStringLength(),
                        settings.maxNumberLength(),
                        settings.maxYamlDocuments(),
                        settings.maxYamlAliases(),
                        settings.maxStatements()),
                settings.threads(),
                settings.ruleSeverities(),
                settings.disabledRules(),
                settings.allowedActions(),
                settings.requireMfa(),
                settings.semanticUnknownSeverity(),
                settings.forbiddenAccessPresets(),
                entries);
    }

    /** The reference policy of IAM302, read once per execution within the project's limits; {@code null} if unset. */
    private SemanticOptions.Reference reference(ParseLimits limits) throws MojoExecutionException {
        String referencePolicy = settings.referencePolicy();
        if (referencePolicy == null || referencePolicy.isBlank()) {
            return null;
        }
        return PolicyFiles.reference(
                referencePolicy, project.getBasedir().toPath().toAbsolutePath(), limits);
    }

    private Path cdkOutputDirectory(MavenProject module) {
        File dir = settings.cdkOutputDirectory();
        return dir == null ? null : modules().inModule(module, dir);
    }

    private List<Path> roots(MavenProject module) {
        return modules().roots(module, settings.includeTestResources(), nonNull(settings.additionalDirectories()));
    }

    private ModuleDirectories modules() {
        return new ModuleDirectories(project);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null
                ? List.of()
                : list.stream()
                        .filter(x -> x != null && !x.toString().isBlank())
                        .toList();
    }
}
