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

import io.github.iampolicy.engine.report.CheckVerdict;
import io.github.iampolicy.engine.report.ReportContext;
import io.github.iampolicy.engine.report.ReportFormats;
import io.github.iampolicy.engine.report.ReportOutput;
import io.github.iampolicy.engine.report.ReportWriter;
import io.github.iampolicy.engine.report.StreamingCheck;
import io.github.iampolicy.engine.report.ToolInfo;
import io.github.iampolicy.engine.scan.ParameterException;
import io.github.iampolicy.engine.suppress.Baseline;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Finds every AWS IAM policy in the project's resources (and any additional directories), checks it against
 * the rules (goal {@code rules} lists them), writes the reports {@code formats} names, and fails the build
 * when a finding reaches {@code failOnSeverity}.
 */
// The mojo only translates parameters for the engine and its results into Maven's log and exceptions.

@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractScanMojo {

    static final String SARIF_NAME = "iam-policy.sarif";
    static final String JSON_NAME = "iam-policy.json";
    static final String AGGREGATE_NAME = "iam-policy-aggregate.sarif";

    /** The lowest severity that fails the build: {@code error}, {@code warning}, {@code note} or {@code none}. */
    @Parameter(property = "iam-policy.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** Where the reports are written. */
    @Parameter(property = "iam-policy.outputDirectory", defaultValue = "${project.build.directory}/iam-policy")
    private File outputDirectory;

    /** Whether finding no policy at all fails the build. */
    @Parameter(property = "iam-policy.failIfNoPolicies", defaultValue = "false")
    private boolean failIfNoPolicies;

    /** Whether a suppression that matches no finding (in the suppressions file or inline) fails the build. */
    @Parameter(property = "iam-policy.failOnUnusedSuppressions", defaultValue = "false")
    private boolean failOnUnusedSuppressions;

    /**
     * A baseline written by {@code iam-policy:baseline}: findings in it are reported as baselined and do not
     * fail the build; only new ones do. Off when not set.
     */
    @Parameter(property = "iam-policy.baselineFile")
    private File baselineFile;

    /**
     * Base URL of the rule pages: the SARIF report's {@code helpUri} of rule {@code IAM201} is this URL followed
     * by {@code IAM201.md}. Point it at a mirror or at the tag of the plugin version you use; an absolute
     * {@code http} or {@code https} URL.
     */
    @Parameter(property = "iam-policy.rulesDocumentationUrl", defaultValue = ToolInfo.DEFAULT_RULES_DOCUMENTATION_URL)
    private String rulesDocumentationUrl;

    /**
     * The reports written to {@code outputDirectory}, comma separated: {@code sarif} ({@code iam-policy.sarif}),
     * {@code json} ({@code iam-policy.json}), {@code junit} ({@code TEST-iam-policy.xml}, for CI test views),
     * {@code github} (workflow annotations, printed to the standard output and kept in
     * {@code iam-policy-github.txt}).
     */
    @Parameter(property = "iam-policy.formats", defaultValue = ReportFormats.DEFAULT)
    private String formats;

    /**
     * The directory report paths are relative to in SARIF, JUnit and GitHub reports, as code scanning
     * resolves them. When not set: the nearest directory above the top of the build holding {@code .git},
     * {@code .hg} or {@code .svn}, else the top of the build.
     */
    @Parameter(property = "iam-policy.repositoryRoot")
    private File repositoryRoot;

    /**
     * One SARIF report for the whole build, each module adding its results (one code scanning upload). When not
     * set, it is {@code target/iam-policy/iam-policy-aggregate.sarif} of the top of the build, written when the
     * build has more than one module and {@code formats} has {@code sarif}.
     */
    @Parameter(property = "iam-policy.aggregateSarifFile")
    private File aggregateSarifFile;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        CheckVerdict verdict;
        try {
            verdict = new CheckVerdict(
                    CheckVerdict.threshold(failOnSeverity), failIfNoPolicies, failOnUnusedSuppressions);
        } catch (ParameterException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Path baseDir = baseDir();
        Baseline baseline = baselineFile == null ? null : readBaseline(baselineFile);
        ToolInfo tool = ToolInfo.plugin(pluginVersion(), rulesDocumentationUrl());
        List<ReportWriter> writers = writers();
        Path root = Reports.repositoryRoot(repositoryRoot, session, baseDir);
        String modulePath = Reports.modulePath(root, baseDir);
        ReportContext context = new ReportContext(
                tool, modulePath, Reports.automationId(modulePath, project()), configuredSeverities());
        Path aggregate = aggregateFile(writers);
        boolean sarif = writers.stream().anyMatch(w -> w.format().equals("sarif"));
        // the aggregate takes this module's SARIF; without the sarif format it is written aside and removed
        Path aside =
                aggregate == null || sarif ? null : outputDirectory.toPath().resolve(SARIF_NAME + ".part");
        MavenConsoleLog log = new MavenConsoleLog(getLog());
        // the scan hands each file to the check as it finishes: findings are shown and reported, not kept
        StreamingCheck.Result checked;
        try (StreamingCheck check = StreamingCheck.open(
                verdict,
                triageSettings(baseline),
                writers,
                context,
                outputDirectory.toPath(),
                aside,
                listener(),
                log)) {
            checked = check.finish(stream(check), stdout());
        } catch (ReportOutput.ReportException e) {
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        } catch (UncheckedIOException e) {
            ReportOutput.ReportException failed = StreamingCheck.reportFailure(e);
            throw new MojoExecutionException(failed == null ? e.getMessage() : failed.getMessage(), e.getCause());
        }
        List<String> notices = new ArrayList<>(checked.notices());
        if (aggregate != null) {
            notices.addAll(Reports.aggregate(aggregate, session, modulePath, checked.sarif()));
            deleteAside(aside);
        }
        notices.forEach(getLog()::warn);

        List<String> reports =
                checked.files().stream().map(f -> relative(baseDir, f)).toList();
        Optional<String> failure = verdict.conclude(checked.tally(), checked.unused(), checked.fixed(), reports, log);
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    private void deleteAside(Path aside) {
        if (aside != null) {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException e) {
                getLog().debug("cannot remove " + aside + ": " + e.getMessage());
            }
        }
    }

    /**
     * Workflow commands must start a line of the step's output; Maven's log would prefix them with a level,
     * so console formats go to the standard output as written.
     */
    @SuppressWarnings("java:S106")
    private static PrintStream stdout() {
        return System.out;
    }

    private List<ReportWriter> writers() throws MojoExecutionException {
        try {
            return ReportFormats.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("invalid formats: " + e.getMessage());
        }
    }

    /** The aggregate to add to, or {@code null}: see {@link #aggregateSarifFile}. */
    private Path aggregateFile(List<ReportWriter> writers) {
        if (aggregateSarifFile != null) {
            return aggregateSarifFile.toPath();
        }
        boolean sarif = writers.stream().anyMatch(w -> w.format().equals("sarif"));
        if (!sarif || session == null || session.getProjects().size() < 2 || session.getTopLevelProject() == null) {
            return null;
        }
        return Path.of(session.getTopLevelProject().getBuild().getDirectory(), "iam-policy", AGGREGATE_NAME);
    }

    private String rulesDocumentationUrl() throws MojoExecutionException {
        return RulesDocumentation.url(rulesDocumentationUrl);
    }
}
