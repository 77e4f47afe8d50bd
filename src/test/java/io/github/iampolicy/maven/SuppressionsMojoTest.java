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

import static io.github.iampolicy.maven.CheckMojoTest.deleteReports;
import static io.github.iampolicy.maven.CheckMojoTest.fixtureDir;
import static io.github.iampolicy.maven.CheckMojoTest.fixtureProject;
import static io.github.iampolicy.maven.CheckMojoTest.jsonReport;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Suppressions files (path and class path), unused suppressions, and the baseline goal with check, on the
 * {@code unit/suppressed} fixture: one policy whose statement ManageKeys fails the build with IAM201 and IAM301.
 */
@MojoTest
class SuppressionsMojoTest {

    static final String FIXTURE = "suppressed";

    static long counting(JsonNode report, String severity) {
        long n = 0;
        for (JsonNode f : report.get("findings")) {
            n += f.get("severity").asText().equals(severity) && !f.has("suppressed") ? 1 : 0;
        }
        return n;
    }

    @Nested
    class Suppressions {

        @Provides
        MavenProject project() {
            return fixtureProject(FIXTURE);
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        void withoutSuppressionsTheBuildFails(CheckMojo mojo) {
            assertThrows(MojoFailureException.class, mojo::execute);
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "suppressionsFile", value = "config/suppressions.json")
        void aSuppressionsFileRelativeToTheBaseDirectoryLetsTheBuildPass(CheckMojo mojo) throws Exception {
            deleteReports(FIXTURE);
            assertDoesNotThrow(mojo::execute);
            JsonNode report = jsonReport(FIXTURE);
            assertEquals(0, counting(report, "error"), report.toString());
            int suppressed = 0;
            for (JsonNode f : report.get("findings")) {
                if (f.has("suppressed")) {
                    suppressed++;
                    assertEquals("external", f.get("suppressed").get("kind").asText());
                    assertEquals(
                            "Key rotation robot of the platform team, reviewed in SEC-42",
                            f.get("suppressed").get("reason").asText());
                }
            }
            assertTrue(suppressed >= 2, report.toString());
            assertEquals(suppressed, report.get("summary").get("suppressed").asInt());
            JsonNode sarif = new ObjectMapper()
                    .readTree(fixtureDir(FIXTURE)
                            .resolve("target/iam-policy/iam-policy.sarif")
                            .toFile());
            int marked = 0;
            for (JsonNode r : sarif.get("runs").get(0).get("results")) {
                marked += r.has("suppressions") ? 1 : 0;
            }
            assertEquals(suppressed, marked);
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "suppressionsFile", value = "classpath:suppress-shared/suppressions.json")
        void aSuppressionsFileFromThePluginClassPath(CheckMojo mojo) throws Exception {
            assertDoesNotThrow(mojo::execute);
            assertEquals(0, counting(jsonReport(FIXTURE), "error"));
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "suppressionsFile", value = "classpath:suppress-shared/missing.json")
        void aMissingClassPathResourceSaysWhereToAddIt(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("classpath:suppress-shared/missing.json"), e.getMessage());
            assertTrue(e.getMessage().contains("<dependency>"), e.getMessage());
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "suppressionsFile", value = "config/absent.json")
        void aMissingFileIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("suppressionsFile not found: config/absent.json"), e.getMessage());
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "suppressionsFile", value = "config/no-reason.json")
        void anEntryWithoutAReasonIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("config/no-reason.json, entry 1"), e.getMessage());
            assertTrue(e.getMessage().contains("\"reason\" is required"), e.getMessage());
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "suppressionsFile", value = "config/unused.json")
        void anUnusedSuppressionOnlyWarnsByDefault(CheckMojo mojo) {
            assertDoesNotThrow(mojo::execute);
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "suppressionsFile", value = "config/unused.json")
        @MojoParameter(name = "failOnUnusedSuppressions", value = "true")
        void failOnUnusedSuppressionsFailsTheBuild(CheckMojo mojo) {
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            assertTrue(e.getMessage().contains("failOnUnusedSuppressions"), e.getMessage());
            assertTrue(e.getMessage().contains("entry 2 of config/unused.json"), e.getMessage());
            assertFalse(e.getMessage().contains("entry 1"), e.getMessage());
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "suppressionsFile", value = "config/suppressions.json")
        @MojoParameter(name = "failOnUnusedSuppressions", value = "true")
        void failOnUnusedSuppressionsPassesWhenEveryEntryIsUsed(CheckMojo mojo) {
            assertDoesNotThrow(mojo::execute);
        }
    }

    @Nested
    class Baseline {

        @Provides
        MavenProject project() {
            return fixtureProject(FIXTURE);
        }

        @Test
        @Basedir("/unit/suppressed")
        void theBaselineGoalWritesTodaysFindingsAndCheckThenPasses(
                @InjectMojo(goal = "baseline") BaselineMojo baseline, @InjectMojo(goal = "check") CheckMojo check)
                throws Exception {
            Path file = fixtureDir(FIXTURE).resolve("target/baseline-test/iam-policy-baseline.json");
            Files.deleteIfExists(file);
            MojoExtension.setVariableValueToObject(baseline, "baselineFile", file.toFile());
            baseline.execute();
            JsonNode written = new ObjectMapper().readTree(file.toFile());
            assertEquals(1, written.get("version").asInt());
            assertTrue(written.get("findings").size() >= 2, written.toString());
            for (JsonNode e : written.get("findings")) {
                assertEquals(32, e.get("fingerprint").asText().length());
                assertEquals("src/main/resources/keys.json", e.get("file").asText());
            }

            MojoExtension.setVariableValueToObject(check, "baselineFile", file.toFile());
            deleteReports(FIXTURE);
            assertDoesNotThrow(check::execute);
            JsonNode report = jsonReport(FIXTURE);
            for (JsonNode f : report.get("findings")) {
                assertEquals("unchanged", f.get("baselineState").asText(), f.toString());
            }
            assertEquals(0, report.get("summary").get("errors").asInt());
            assertEquals(
                    written.get("findings").size(),
                    report.get("summary").get("baselined").asInt());
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        void aFindingMissingFromTheBaselineFailsTheBuild(CheckMojo check) throws Exception {
            Path file = fixtureDir(FIXTURE).resolve("target/baseline-test/partial-baseline.json");
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    "{\"version\": 1, \"findings\": [{\"fingerprint\": \"0123456789abcdef0123456789abcdef\","
                            + " \"rule\": \"IAM201\", \"file\": \"old.json\", \"message\": \"fixed long ago\"}]}");
            MojoExtension.setVariableValueToObject(check, "baselineFile", file.toFile());
            deleteReports(FIXTURE);
            MojoFailureException e = assertThrows(MojoFailureException.class, check::execute);
            assertTrue(e.getMessage().contains("IAM201"), e.getMessage());
            for (JsonNode f : jsonReport(FIXTURE).get("findings")) {
                assertEquals("new", f.get("baselineState").asText(), f.toString());
            }
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "check")
        void aMissingBaselineSaysHowToWriteOne(CheckMojo check) throws Exception {
            MojoExtension.setVariableValueToObject(check, "baselineFile", new File("/nonexistent/baseline.json"));
            MojoExecutionException e = assertThrows(MojoExecutionException.class, check::execute);
            assertTrue(e.getMessage().contains("iam-policy:baseline"), e.getMessage());
        }

        @Test
        @Basedir("/unit/suppressed")
        @InjectMojo(goal = "baseline")
        void theBaselineGoalDefaultsToTheBaseDirectory(BaselineMojo baseline) throws Exception {
            File file = (File) MojoExtension.getVariableValueFromObject(baseline, "baselineFile");
            assertEquals("iam-policy-baseline.json", file.getName());
            assertEquals(
                    fixtureDir(FIXTURE).toFile().getCanonicalFile(),
                    file.getParentFile().getCanonicalFile());
        }
    }
}
