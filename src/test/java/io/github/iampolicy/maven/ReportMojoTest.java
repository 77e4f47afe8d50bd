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
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The site report goal on the {@code unit/suppressed} fixture: as the site plugin calls it, and on its own. */
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
        assertTrue(mojo instanceof MavenReport);
        assertTrue(mojo.canGenerateReport());
        assertEquals("iam-policy", mojo.getOutputName());
        assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, mojo.getCategoryName());

        Sink sink = mock(Sink.class);
        mojo.generate(sink, Locale.ENGLISH);
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        InOrder order = inOrder(sink);
        order.verify(sink).text("IAM Policies");
        order.verify(sink).body();
        order.verify(sink).rawText(body.capture());
        order.verify(sink).body_();
        verify(sink).close();

        String html = body.getValue();
        assertTrue(html.contains("<code>src/main/resources/keys.json</code>"), html);
        assertTrue(html.contains("<a href=\"https://docs.example.com/rules/IAM201.md\">IAM201</a>"), html);
        // the suppressions file applies, as it does for check: the findings stay, marked with the reason
        assertTrue(html.contains("suppressed: Key rotation robot of the platform team, reviewed in SEC-42"), html);
    }

    @Test
    @Basedir("/unit/suppressed")
    @InjectMojo(goal = "report")
    void runOnItsOwnTheGoalWritesAStandalonePageAndNeverFails(ReportMojo mojo, @TempDir Path dir) throws Exception {
        mojo.setReportOutputDirectory(dir.toFile());
        assertEquals(dir.toFile(), mojo.getReportOutputDirectory());
        mojo.execute();
        String page = Files.readString(dir.resolve("iam-policy.html"));
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains(">IAM301</a>"), page);
        assertFalse(page.contains("suppressed:"), page);
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
}
