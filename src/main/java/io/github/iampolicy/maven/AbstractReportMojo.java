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

import io.github.iampolicy.engine.report.ToolInfo;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A goal that is both a Maven site report and a goal run on its own, on maven-reporting-impl: in a site build the
 * site plugin hands {@link #executeReport} the sink of a page laid out with the project's skin; run on its own,
 * {@link AbstractMavenReport} renders the same page with the skin to {@code outputDirectory}
 * ({@code target/reports} unless set). The page is written through the Doxia sink by {@link PolicyReportRenderer}.
 *
 * <p>The scan parameters are those of {@link AbstractScanMojo}, declared again here because this class extends
 * {@link AbstractMavenReport}; {@code ScanParameterDeclarationsTest} fails when the two declarations differ.
 */
abstract class AbstractReportMojo extends AbstractMavenReport {

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

    /**
     * A baseline written by {@code iam-policy:baseline}: findings in it are shown as baselined. Off when not set.
     */
    @Parameter(property = "iam-policy.baselineFile")
    private File baselineFile;

    /** Base URL of the rule pages the report links to, as for {@code check}. */
    @Parameter(property = "iam-policy.rulesDocumentationUrl", defaultValue = ToolInfo.DEFAULT_RULES_DOCUMENTATION_URL)
    private String rulesDocumentationUrl;

    /** The scan the page shows, suppressions and baseline applied. */
    protected abstract ScanResult result(ProjectScanner scanner) throws MojoExecutionException;

    /** Suppressions and, when configured, the baseline applied to one scan; findings never fail a report. */
    protected final ScanResult triaged(ProjectScanner scanner, ScanResult scanned) throws MojoExecutionException {
        return scanned.withFindings(
                scanner.triage(scanned, baselineFile == null ? null : scanner.readBaseline(baselineFile))
                        .findings());
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ScanResult result;
        ToolInfo tool;
        try {
            tool = ToolInfo.plugin(ToolInfo.pluginVersion(), RulesDocumentation.url(rulesDocumentationUrl));
            result = result(new ProjectScanner(project, settings(), getLog()));
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        new PolicyReportRenderer(getSink(), getName(locale), result, tool).render();
    }

    /** Whether this project gets a page: the aggregate report is for the top of the build only. */
    protected boolean canGenerate() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("IAM policy report skipped");
            return false;
        }
        return canGenerate();
    }

    @Override
    public String getName(Locale locale) {
        return "IAM Policies";
    }

    @Override
    public String getDescription(Locale locale) {
        return "AWS IAM policies found in the project, and what the IAM policy checks found in them.";
    }

    /** The scan parameters' values; {@link AbstractScanMojo#settings()} gives the same record. */
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
}
