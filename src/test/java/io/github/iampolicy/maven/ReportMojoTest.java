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

import static io.github.iampolicy.maven.CheckMojoTest.fixtureProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;

/** The site report goal on the {@code unit/suppressed} fixture, as the site plugin calls it. */
@MojoTest
class ReportMojoTest {

    @Provides
    MavenProject project() {
        return fixtureProject(SuppressionsMojoTest.FIXTURE);
    }

    @Test
    @Basedir("/unit/suppressed")
    @InjectMojo(goal = "report")
    @MojoParameter(name = "suppressionsFile", value = "config/suppressions.json")
    @MojoParameter(name = "rulesDocumentationUrl", value = "https://docs.example.com/rules")
    void theSitePluginGetsThePageThroughTheSink(ReportMojo mojo) throws Exception {
        assertTrue(mojo instanceof AbstractMavenReport);
        assertTrue(mojo.canGenerateReport());
        assertEquals("iam-policy", mojo.getOutputName());
        assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, mojo.getCategoryName());

        String html = render(mojo);
        // sections, tables and links of the sink, not a block of pre-rendered HTML
        assertTrue(html.contains("<h1>IAM policy report</h1>"), html);
        assertTrue(html.contains("<h2>Findings by rule</h2>"), html);
        assertTrue(html.contains("<h3><code>src/main/resources/keys.json</code></h3>"), html);
        assertTrue(html.contains("<table class=\"bodyTable\">"), html);
        assertTrue(html.contains("<code>src/main/resources/keys.json</code>"), html);
        assertTrue(html.contains("href=\"https://docs.example.com/rules/IAM201.md\">IAM201</a>"), html);
        assertTrue(html.contains("id=\"rule-IAM201\""), html);
        // the suppressions file applies, as it does for check: the findings stay, marked with the reason
        assertTrue(html.contains("suppressed: Key rotation robot of the platform team, reviewed in SEC-42"), html);
        // the semantic finding's counterexample, as a list
        assertTrue(html.contains("Counterexample:"), html);
        assertTrue(html.contains("<li>action = <code>iam:CreateAccessKey</code></li>"), html);
    }

    @Test
    @Basedir("/unit/suppressed")
    @InjectMojo(goal = "report")
    void withoutSuppressionsTheFindingsAreOpenAndLinkToTheDefaultRulePages(ReportMojo mojo) throws Exception {
        String html = render(mojo);
        assertFalse(html.contains("suppressed:"), html);
        assertTrue(html.contains(">open<"), html);
        assertTrue(html.contains("src/site/markdown/rules/IAM301.md\">IAM301</a>"), html);
    }

    @Test
    @Basedir("/unit/suppressed")
    @InjectMojo(goal = "report")
    void runOnItsOwnTheGoalWritesUnderTargetReports(ReportMojo mojo) {
        // maven-reporting-impl's default: the site plugin sets its own directory instead
        assertEquals(
                Path.of(mojo.getReportOutputDirectory().getPath()).getFileName().toString(), "reports");
    }

    @Test
    @Basedir("/unit/suppressed")
    @InjectMojo(goal = "report")
    @MojoParameter(name = "rulesDocumentationUrl", value = "docs/rules")
    void aBadParameterIsAReportError(ReportMojo mojo) {
        MavenReportException e =
                assertThrows(MavenReportException.class, () -> mojo.generate(mock(Sink.class), Locale.ENGLISH));
        assertTrue(e.getMessage().contains("invalid rulesDocumentationUrl 'docs/rules'"), e.getMessage());
    }

    @Test
    @Basedir("/unit/suppressed")
    @InjectMojo(goal = "report")
    @MojoParameter(name = "skip", value = "true")
    void skipMeansNoPage(ReportMojo mojo) {
        assertFalse(mojo.canGenerateReport());
    }

    /** The page as a site's XHTML5 sink writes it. */
    private static String render(MavenReport report) throws Exception {
        StringWriter out = new StringWriter();
        report.generate(new Xhtml5BaseSink(out) {}, Locale.ENGLISH);
        return out.toString();
    }
}
