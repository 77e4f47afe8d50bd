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
import io.github.iampolicy.engine.report.html.HtmlReportWriter;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A goal that is both a Maven site report and a goal run on its own. In a site build the site plugin calls
 * {@link #generate} and lays the page out with the project's skin; run on its own, the goal writes a standalone
 * page. Both hold the same content, rendered by the engine's {@link HtmlReportWriter}.
 */
abstract class AbstractReportMojo extends AbstractScanMojo implements MavenReport {

    /** Where the page is written when the goal runs on its own; the site plugin sets its own directory. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    /**
     * A baseline written by {@code iam-policy:baseline}: findings in it are shown as baselined. Off when not set.
     */
    @Parameter(property = "iam-policy.baselineFile")
    private File baselineFile;

    /** Base URL of the rule pages the report links to, as for {@code check}. */
    @Parameter(property = "iam-policy.rulesDocumentationUrl", defaultValue = ToolInfo.DEFAULT_RULES_DOCUMENTATION_URL)
    private String rulesDocumentationUrl;

    /** The scan the page shows, suppressions and baseline applied. */
    protected abstract ScanResult result() throws MojoExecutionException;

    /** Suppressions and, when configured, the baseline applied to one scan. */
    protected final ScanResult triaged(ScanResult scanned) throws MojoExecutionException {
        return scanned.withFindings(triage(scanned, baselineFile == null ? null : readBaseline(baselineFile))
                .findings());
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped() || !canGenerate()) {
            return;
        }
        File page = new File(getReportOutputDirectory(), getOutputName() + ".html");
        try {
            new HtmlReportWriter().write(result(), page.toPath(), tool());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the IAM policy report " + page + ": " + e.getMessage(), e);
        }
        getLog().info("IAM policy report: " + relative(baseDir(), page.toPath()));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        String body;
        try {
            body = new HtmlReportWriter().body(result(), tool());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        // the engine escapes every text it writes; the page is well-formed XHTML
        sink.rawText(body);
        sink.body_();
        sink.flush();
        sink.close();
    }

    /** Whether this project gets a page: the aggregate report is for the top of the build only. */
    protected boolean canGenerate() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skipped() && canGenerate();
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "IAM Policies";
    }

    @Override
    public String getDescription(Locale locale) {
        return "AWS IAM policies found in the project, and what the IAM policy checks found in them.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    private ToolInfo tool() throws MojoExecutionException {
        return ToolInfo.plugin(pluginVersion(), RulesDocumentation.url(rulesDocumentationUrl));
    }
}
