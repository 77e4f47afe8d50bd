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

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Parameter binding and pass/fail of the check goal, on real {@link MavenProject}s rooted at fixtures under
 * {@code src/test/resources/unit}. Each fixture has its own nested class because {@code @Provides} methods
 * cannot see {@code @Basedir}.
 */
@MojoTest
class CheckMojoTest {

    static Path fixtureDir(String name) {
        try {
            return Path.of(CheckMojoTest.class.getResource("/unit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static MavenProject fixtureProject(String name) {
        Path dir = fixtureDir(name);
        Model model = new Model();
        model.setGroupId("test");
        model.setArtifactId(name);
        model.setVersion("1");
        model.setPackaging("pom");
        Build build = new Build();
        build.setDirectory(dir.resolve("target").toString());
        Resource main = new Resource();
        main.setDirectory(dir.resolve("src/main/resources").toString());
        build.addResource(main);
        Resource test = new Resource();
        test.setDirectory(dir.resolve("src/test/resources").toString());
        build.addTestResource(test);
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        return project;
    }

    static JsonNode jsonReport(String fixture) throws IOException {
        Path report = fixtureDir(fixture).resolve("target/iam-policy/iam-policy.json");
        assertTrue(Files.isRegularFile(report), "JSON report written: " + report);
        return new ObjectMapper().readTree(report.toFile());
    }

    /** The {@code tool.driver.rules} entry of a rule in the fixture's SARIF report. */
    static JsonNode sarifRule(String fixture, String id) throws IOException {
        Path report = fixtureDir(fixture).resolve("target/iam-policy/iam-policy.sarif");
        assertTrue(Files.isRegularFile(report), "SARIF report written: " + report);
        for (JsonNode rule : new ObjectMapper()
                .readTree(report.toFile())
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver")
                .get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id + " in " + report);
    }

    static void deleteReports(String fixture) throws IOException {
        Path dir = fixtureDir(fixture).resolve("target/iam-policy");
        for (String name : List.of("iam-policy.json", "iam-policy.sarif")) {
            Files.deleteIfExists(dir.resolve(name));
        }
    }

    @Nested
    class UserWildcard {

        @Provides
        MavenProject project() {
            return fixtureProject("user-wildcard");
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        void usesTheProvidedProject(CheckMojo mojo) throws Exception {
            Object project = MojoExtension.getVariableValueFromObject(mojo, "project");
            assertFalse(Mockito.mockingDetails(project).isMock(), "the fixture's real MavenProject is injected");
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        void failsTheBuildAndStillWritesBothReports(CheckMojo mojo) throws Exception {
            deleteReports("user-wildcard");
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            assertTrue(e.getMessage().contains("IAM201"), e.getMessage());
            assertTrue(e.getMessage().contains("src/main/resources/keys.json:[11,"), e.getMessage());
            JsonNode report = jsonReport("user-wildcard");
            assertEquals(1, report.get("filesScanned").asInt());
            assertTrue(Files.isRegularFile(fixtureDir("user-wildcard").resolve("target/iam-policy/iam-policy.sarif")));
            boolean iam201 = false;
            for (JsonNode f : report.get("findings")) {
                iam201 |= f.get("rule").asText().equals("IAM201")
                        && f.get("severity").asText().equals("error");
            }
            assertTrue(iam201, report.toString());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "failOnSeverity", value = "none")
        void reportsButPassesWithThresholdNone(CheckMojo mojo) {
            assertDoesNotThrow(mojo::execute);
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "failOnSeverity", value = "none")
        void sarifRulesLinkToTheirPagesInTheRepositoryByDefault(CheckMojo mojo) throws Exception {
            assertEquals(
                    "https://github.com/iampolicy/iam-policy-maven-plugin/blob/main/src/site/markdown/rules/",
                    MojoExtension.getVariableValueFromObject(mojo, "rulesDocumentationUrl"));
            deleteReports("user-wildcard");
            mojo.execute();
            assertEquals(
                    "https://github.com/iampolicy/iam-policy-maven-plugin/blob/main/src/site/markdown/rules/IAM201.md",
                    sarifRule("user-wildcard", "IAM201").get("helpUri").asText());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "failOnSeverity", value = "none")
        @MojoParameter(name = "rulesDocumentationUrl", value = "https://docs.example.com/iam-policy/rules")
        void rulesDocumentationUrlReachesTheSarifReport(CheckMojo mojo) throws Exception {
            deleteReports("user-wildcard");
            mojo.execute();
            assertEquals(
                    "https://docs.example.com/iam-policy/rules/IAM201.md",
                    sarifRule("user-wildcard", "IAM201").get("helpUri").asText());
            assertEquals(
                    "https://docs.example.com/iam-policy/rules/IAM301.md",
                    sarifRule("user-wildcard", "IAM301").get("helpUri").asText());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "rulesDocumentationUrl", value = "docs/rules/")
        void aRelativeRulesDocumentationUrlIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("rulesDocumentationUrl"), e.getMessage());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "skip", value = "true")
        void skipDoesNothing(CheckMojo mojo) throws Exception {
            deleteReports("user-wildcard");
            assertDoesNotThrow(mojo::execute);
            assertFalse(Files.exists(fixtureDir("user-wildcard").resolve("target/iam-policy/iam-policy.json")));
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "failOnSeverity", value = "fatal")
        void rejectsAnUnknownThresholdAsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("failOnSeverity"));
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "disabledRules", value = "IAM999")
        void rejectsAnUnknownRuleId(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("IAM999"));
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "ruleSeverities", value = "IAM201=warning,IAM301=warning")
        void aRuleSeverityOverrideCanLetTheBuildPass(CheckMojo mojo) throws Exception {
            assertDoesNotThrow(mojo::execute);
            boolean seen = false;
            for (JsonNode f : jsonReport("user-wildcard").get("findings")) {
                if (f.get("rule").asText().equals("IAM201")) {
                    assertEquals("warning", f.get("severity").asText());
                    seen = true;
                }
            }
            assertTrue(seen, "IAM201 is still reported, at the configured severity");
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "excludes", value = "**/keys.json")
        @MojoParameter(name = "failIfNoPolicies", value = "true")
        void excludesApplyAndNoPolicyCanFailTheBuild(CheckMojo mojo) throws Exception {
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            assertTrue(e.getMessage().contains("No IAM policy found"), e.getMessage());
            assertEquals(0, jsonReport("user-wildcard").get("filesScanned").asInt());
        }
    }

    @Nested
    class Clean {

        @Provides
        MavenProject project() {
            return fixtureProject("clean");
        }

        @Test
        @Basedir("/unit/clean")
        @InjectMojo(goal = "check")
        void theAwsSelfManagePolicyPasses(CheckMojo mojo) throws Exception {
            assertDoesNotThrow(mojo::execute);
            JsonNode report = jsonReport("clean");
            assertEquals(1, report.get("policies").size());
            for (JsonNode f : report.get("findings")) {
                assertFalse(f.get("severity").asText().equals("error"), f.toString());
            }
            assertEquals("2026-05-10", report.get("catalogDate").asText());
        }

        @Test
        @Basedir("/unit/clean")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "formats", value = "sarif, xml")
        void anUnknownFormatNamesTheValidOnes(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("'xml'"), e.getMessage());
            assertTrue(e.getMessage().contains("sarif, json, junit, github"), e.getMessage());
        }

        @Test
        @Basedir("/unit/clean")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "formats", value = "junit")
        void onlyTheFormatsAskedForAreWritten(CheckMojo mojo) throws Exception {
            deleteReports("clean");
            Path dir = fixtureDir("clean").resolve("target/iam-policy");
            Files.deleteIfExists(dir.resolve("TEST-iam-policy.xml"));
            assertDoesNotThrow(mojo::execute);
            assertTrue(Files.isRegularFile(dir.resolve("TEST-iam-policy.xml")));
            assertFalse(Files.exists(dir.resolve("iam-policy.sarif")));
            assertFalse(Files.exists(dir.resolve("iam-policy.json")));
        }

        @Test
        @Basedir("/unit/clean")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxFileSize", value = "8KB")
        @MojoParameter(name = "maxStatements", value = "2")
        void unitsAndTheStatementLimitApply(CheckMojo mojo) throws Exception {
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            assertTrue(e.getMessage().contains("IAM001"), e.getMessage());
            JsonNode findings = jsonReport("clean").get("findings");
            assertEquals(1, findings.size(), findings.toString());
            assertTrue(
                    findings.get(0).get("message").asText().contains("more than the limit of 2 (maxStatements)"),
                    findings.toString());
        }

        @Test
        @Basedir("/unit/clean")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "requireMfa", value = "true")
        void requireMfaIsSatisfiedByTheAwsDenyStatement(CheckMojo mojo) {
            assertDoesNotThrow(mojo::execute);
        }
    }

    @Nested
    class Configured {

        @Provides
        MavenProject project() {
            return fixtureProject("configured");
        }

        @Test
        @Basedir("/unit/configured")
        @InjectMojo(goal = "check")
        void bindsEveryParameterFromThePom(CheckMojo mojo) throws Exception {
            assertEquals("warning", MojoExtension.getVariableValueFromObject(mojo, "failOnSeverity"));
            assertEquals(List.of("IAM201"), MojoExtension.getVariableValueFromObject(mojo, "disabledRules"));
            assertEquals(List.of("IAM207=note"), MojoExtension.getVariableValueFromObject(mojo, "ruleSeverities"));
            assertEquals(
                    List.of("iam:GetAccountName"), MojoExtension.getVariableValueFromObject(mojo, "allowedActions"));
            assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "requireMfa"));
            assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "failIfNoPolicies"));
            assertEquals(Boolean.TRUE, MojoExtension.getVariableValueFromObject(mojo, "includeTestResources"));
            File out = (File) MojoExtension.getVariableValueFromObject(mojo, "outputDirectory");
            assertEquals(
                    fixtureDir("configured")
                            .resolve("target/iam-policy")
                            .toFile()
                            .getAbsoluteFile(),
                    out.getAbsoluteFile());
            @SuppressWarnings("unchecked")
            List<File> dirs = (List<File>) MojoExtension.getVariableValueFromObject(mojo, "additionalDirectories");
            assertEquals(1, dirs.size());
            assertTrue(dirs.get(0).getPath().endsWith("infra"), dirs.toString());
        }

        @Test
        @Basedir("/unit/configured")
        @InjectMojo(goal = "check")
        void disabledRulesDoNotReportAndWarningsFailAtThresholdWarning(CheckMojo mojo) throws Exception {
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            JsonNode report = jsonReport("configured");
            assertEquals(
                    3, report.get("filesScanned").asInt(), "main and test resources plus the additional directory");
            for (JsonNode f : report.get("findings")) {
                assertFalse(f.get("rule").asText().equals("IAM201"), "IAM201 is disabled");
                if (f.get("rule").asText().equals("IAM207")) {
                    assertEquals("note", f.get("severity").asText());
                }
            }
            assertTrue(
                    e.getMessage().contains("IAM007"), "the placeholder account warning fails it: " + e.getMessage());
        }

        @Test
        @Basedir("/unit/configured")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "includeTestResources", value = "false")
        @MojoParameter(name = "failOnSeverity", value = "none")
        void testResourcesCanBeLeftOut(CheckMojo mojo) throws Exception {
            assertDoesNotThrow(mojo::execute);
            assertEquals(2, jsonReport("configured").get("filesScanned").asInt());
        }
    }

    @Nested
    class Limits {

        @Provides
        MavenProject project() {
            return fixtureProject("user-wildcard");
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        void defaultsAreSafe(CheckMojo mojo) throws Exception {
            assertEquals("10MB", MojoExtension.getVariableValueFromObject(mojo, "maxFileSize"));
            assertEquals(Integer.valueOf(200), MojoExtension.getVariableValueFromObject(mojo, "maxNestingDepth"));
            assertEquals(Integer.valueOf(1_000_000), MojoExtension.getVariableValueFromObject(mojo, "maxStringLength"));
            assertEquals(Integer.valueOf(100), MojoExtension.getVariableValueFromObject(mojo, "maxNumberLength"));
            assertEquals(Integer.valueOf(100), MojoExtension.getVariableValueFromObject(mojo, "maxYamlAliases"));
            assertEquals(Integer.valueOf(100), MojoExtension.getVariableValueFromObject(mojo, "maxYamlDocuments"));
            assertEquals(Integer.valueOf(1000), MojoExtension.getVariableValueFromObject(mojo, "maxStatements"));
            assertEquals(Integer.valueOf(0), MojoExtension.getVariableValueFromObject(mojo, "threads"));
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxFileSize", value = "64")
        void aFileOverTheConfiguredSizeIsAnErrorNamingTheLimit(CheckMojo mojo) throws Exception {
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            assertTrue(e.getMessage().contains("src/main/resources/keys.json:[1,1] IAM001"), e.getMessage());
            JsonNode f = jsonReport("user-wildcard").get("findings").get(0);
            assertEquals("IAM001", f.get("rule").asText());
            assertEquals("error", f.get("severity").asText());
            assertTrue(f.get("message").asText().contains("limit of 64 (maxFileSize)"), f.toString());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxFileSize", value = "ten megabytes")
        void anUnparseableSizeIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("maxFileSize") && e.getMessage().contains("10MB"), e.getMessage());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxFileSize", value = "0KB")
        void aZeroSizeIsAConfigurationError(CheckMojo mojo) {
            assertThrows(MojoExecutionException.class, mojo::execute);
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxNestingDepth", value = "100000")
        void aNestingDepthBeyondTheCeilingIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("maxNestingDepth"), e.getMessage());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxStatements", value = "0")
        void aZeroStatementLimitIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("maxStatements"), e.getMessage());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "threads", value = "-2")
        void aNegativeThreadCountIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("threads -2"), e.getMessage());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "threads", value = "3")
        void anExplicitThreadCountBindsAndFindsTheSameViolation(CheckMojo mojo) throws Exception {
            assertEquals(Integer.valueOf(3), MojoExtension.getVariableValueFromObject(mojo, "threads"));
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            assertTrue(e.getMessage().contains("src/main/resources/keys.json"), e.getMessage());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxYamlAliases", value = "-1")
        void aNegativeAliasLimitIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("maxYamlAliases"), e.getMessage());
        }

        @Test
        @Basedir("/unit/user-wildcard")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxStringLength", value = "-5")
        void aNegativeStringLimitIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("maxStringLength"), e.getMessage());
        }
    }
}
