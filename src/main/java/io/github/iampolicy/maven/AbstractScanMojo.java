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
import io.github.iampolicy.engine.report.ToolInfo;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.suppress.Baseline;
import io.github.iampolicy.engine.suppress.Triage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the check-style goals ({@code check}, {@code baseline}) share: the parameters that decide what is scanned
 * and how, handed to a {@link ProjectScanner}. Subclasses decide what to do with the result. The site report goals
 * declare the same parameters in {@link AbstractReportMojo}; {@code ScanParameterDeclarationsTest} keeps the two
 * declarations alike.
 */
abstract class AbstractScanMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skips the check. */
    @Parameter(property = "iam-policy.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Ant-style patterns of files to read; default {@code **}{@code /*.json}, YAML, {@code .template},
     * {@code .tf.json}, {@code .tf}.
     */
    @Parameter(property = "iam-policy.includes")
    private List<String> includes;

    /** Ant-style patterns of files to leave out, applied after the includes. */
    @Parameter(property = "iam-policy.excludes")
    private List<String> excludes;

    /** More directories to scan besides the resource roots, e.g. {@code infra} or {@code cloudformation}. */
    @Parameter(property = "iam-policy.additionalDirectories")
    private List<File> additionalDirectories;

    /** Whether the test resource roots are scanned too. */
    @Parameter(property = "iam-policy.includeTestResources", defaultValue = "true")
    private boolean includeTestResources;

    /** Per-rule severities as {@code ID=severity}, e.g. {@code IAM207=error}. */
    @Parameter(property = "iam-policy.ruleSeverities")
    private List<String> ruleSeverities;

    /** Rule ids that do not run, e.g. {@code IAM206}. */
    @Parameter(property = "iam-policy.disabledRules")
    private List<String> disabledRules;

    /** Actions added to the self-manage allowlist, e.g. {@code iam:GetAccountName}. */
    @Parameter(property = "iam-policy.allowedActions")
    private List<String> allowedActions;

    /** Whether a policy that allows credential changes must enforce MFA (IAM205 becomes an error). */
    @Parameter(property = "iam-policy.requireMfa", defaultValue = "false")
    private boolean requireMfa;

    /**
     * Largest file read, in bytes or with a unit: {@code 10MB}, {@code 512KB}, {@code 1048576} (binary units).
     * A larger file is IAM001: an error when it looks like a policy, else a note.
     */
    @Parameter(property = "iam-policy.maxFileSize", defaultValue = "10MB")
    private String maxFileSize;

    /**
     * Largest Terraform plan ({@code terraform show -json}) read when it is over {@code maxFileSize}; such a plan
     * is read streaming, one resource at a time. A larger plan is an IAM001 error.
     */
    @Parameter(property = "iam-policy.maxPlanFileSize", defaultValue = "200MB")
    private String maxPlanFileSize;

    /** Deepest nesting of JSON/YAML objects and arrays (at most 1000). */
    @Parameter(property = "iam-policy.maxNestingDepth", defaultValue = "200")
    private int maxNestingDepth;

    /** Longest string value or key, in characters. */
    @Parameter(property = "iam-policy.maxStringLength", defaultValue = "1000000")
    private int maxStringLength;

    /** Longest number literal, in characters. */
    @Parameter(property = "iam-policy.maxNumberLength", defaultValue = "100")
    private int maxNumberLength;

    /** Most YAML aliases in one file (aliases are never expanded; 0 allows none). */
    @Parameter(property = "iam-policy.maxYamlAliases", defaultValue = "100")
    private int maxYamlAliases;

    /** Most YAML documents ({@code ---}) in one file. */
    @Parameter(property = "iam-policy.maxYamlDocuments", defaultValue = "100")
    private int maxYamlDocuments;

    /** Most statements in one policy; a larger policy is IAM001 and none of its statements is checked. */
    @Parameter(property = "iam-policy.maxStatements", defaultValue = "1000")
    private int maxStatements;

    /**
     * The reference policy of IAM302 exceeds-reference: a file relative to the project base directory, or
     * {@code classpath:iam-policy/aws-self-manage.json} (AWS's self-manage example, shipped with the plugin).
     * IAM302 is off when this is not set.
     */
    @Parameter(property = "iam-policy.referencePolicy")
    private String referencePolicy;

    /**
     * Entries of IAM303 forbidden-access: each has {@code <actions>} (patterns) and optional
     * {@code <resources>} (patterns; none means any resource). A policy that allows a request of an entry is
     * an error. IAM303 is off when neither this nor {@link #forbiddenAccessPresets} is set.
     */
    @Parameter
    private List<ForbiddenAccessEntry> forbiddenAccess;

    /** Named sets of IAM303 forbidden-access entries, e.g. {@code sensitive-data}; added to {@code forbiddenAccess}. */
    @Parameter(property = "iam-policy.forbiddenAccessPresets")
    private List<String> forbiddenAccessPresets;

    /**
     * Severity of an UNKNOWN outcome of the semantic rules IAM301/IAM302/IAM303 (a construct outside the decided
     * fragment, or a cap reached): {@code error}, {@code warning} or {@code note}.
     */
    @Parameter(property = "iam-policy.semanticUnknownSeverity", defaultValue = "warning")
    private String semanticUnknownSeverity;

    /**
     * Files checked at once within this module; {@code 0} means one per available processor. Findings and
     * reports are the same for every value.
     */
    @Parameter(property = "iam-policy.threads", defaultValue = "0")
    private int threads;

    /**
     * Suppressions with reasons, a JSON file: a path relative to the project base directory, a resource of
     * the plugin's class path ({@code classpath:iam/suppressions.json}, e.g. from a jar added as a plugin
     * dependency), or a URL. See README, Suppressing findings.
     */
    @Parameter(property = "iam-policy.suppressionsFile")
    private String suppressionsFile;

    /**
     * The cloud assembly of a CDK app, where {@code cdk synth} writes it: when the directory exists, its
     * {@code *.template.json} (and those of {@code assembly-*}{@code /} stages) are scanned as CloudFormation,
     * and each finding names the construct ({@code aws:cdk:path}) its policy comes from.
     */
    @Parameter(property = "iam-policy.cdkOutputDirectory", defaultValue = "${project.basedir}/cdk.out")
    private File cdkOutputDirectory;

    /**
     * Time between the progress lines of a long scan ({@code IAM policy check: 1200 of 9001 files, ...}):
     * a whole number with {@code ms}, {@code s} or {@code m}; without a unit, milliseconds.
     */
    @Parameter(property = "iam-policy.progressInterval", defaultValue = "5s")
    private String progressInterval;

    /** Whether {@code skip} is set; says so in the log. */
    protected final boolean skipped() {
        if (skip) {
            getLog().info("IAM policy check skipped");
        }
        return skip;
    }

    protected final ScanResult scan() throws MojoExecutionException {
        return scanner().scan(project);
    }

    /**
     * Applies the suppressions (file and inline) and, when given, the baseline to the scan's findings, and
     * logs what the user should fix in them.
     */
    protected final Triage.Outcome triage(ScanResult scan, Baseline baseline) throws MojoExecutionException {
        return scanner().triage(scan, baseline);
    }

    /**
     * Scans this module as {@link #scan()} does, handing each file to {@code listener} as it finishes (the CDK
     * assembly's templates in the same file order); the result counts files and holds no finding.
     */
    protected final ScanResult stream(ScanListener listener) throws MojoExecutionException {
        return scanner().stream(listener);
    }

    /** Progress lines and debug output of a scan in the goal's log. */
    protected final ScanListener listener() throws MojoExecutionException {
        return scanner().listener();
    }

    /** The suppressions (file and inline) and the baseline, for a triage that runs file by file. */
    protected final Triage triageSettings(Baseline baseline) throws MojoExecutionException {
        return scanner().triageSettings(baseline);
    }

    /** A baseline file, which must exist. */
    protected final Baseline readBaseline(File file) throws MojoExecutionException {
        return scanner().readBaseline(file);
    }

    protected final MavenProject project() {
        return project;
    }

    protected final Path baseDir() {
        return ProjectScanner.baseDir(project);
    }

    /** The severities {@code ruleSeverities} gives, by rule id; reports follow them too. */
    protected final Map<String, Severity> configuredSeverities() throws MojoExecutionException {
        return scanner().configuredSeverities();
    }

    private ProjectScanner scanner() {
        return new ProjectScanner(project, settings(), getLog());
    }

    /** The scan parameters' values; {@link AbstractReportMojo#settings()} gives the same record. */
    final ScanSettings settings() {
        return new ScanSettings(
                includes,
                excludes,
                additionalDirectories,
                includeTestResources,
                ruleSeverities,
                disabledRules,
                allowedActions,
                requireMfa,
                maxFileSize,
                maxPlanFileSize,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxYamlAliases,
                maxYamlDocuments,
                maxStatements,
                referencePolicy,
                forbiddenAccess,
                forbiddenAccessPresets,
                semanticUnknownSeverity,
                threads,
                suppressionsFile,
                cdkOutputDirectory,
                progressInterval);
    }

    /** The plugin's version, from the resource the build filters; reports name it. */
    static String pluginVersion() {
        return ToolInfo.pluginVersion();
    }

    static String relative(Path base, Path p) {
        return ProjectScanner.relative(base, p);
    }
}
