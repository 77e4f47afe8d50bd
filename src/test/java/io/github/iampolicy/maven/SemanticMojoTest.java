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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The semantic parameters of the check goal (referencePolicy, semanticUnknownSeverity) and the explain goal. */
@MojoTest
class SemanticMojoTest {

    /** Collects info lines. */
    static final class Lines extends SystemStreamLog {
        final List<String> info = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            info.add(content.toString());
        }
    }

    @Nested
    class Check {

        @Provides
        MavenProject project() {
            return CheckMojoTest.fixtureProject("semantic");
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        void bindsTheSemanticParameters(CheckMojo mojo) throws Exception {
            assertEquals(
                    "classpath:iam-policy/aws-self-manage.json",
                    MojoExtension.getVariableValueFromObject(mojo, "referencePolicy"));
            assertEquals("error", MojoExtension.getVariableValueFromObject(mojo, "semanticUnknownSeverity"));
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        void reportsIam302AgainstTheShippedReferenceAndUnknownAtTheConfiguredSeverity(CheckMojo mojo) throws Exception {
            assertThrows(MojoFailureException.class, mojo::execute);
            JsonNode report = CheckMojoTest.jsonReport("semantic");
            JsonNode iam302 = null;
            JsonNode unknown = null;
            for (JsonNode f : report.get("findings")) {
                if (f.get("rule").asText().equals("IAM302")
                        && f.get("file").asText().endsWith("keys.json")) {
                    iam302 = f;
                }
                if (f.get("rule").asText().equals("IAM301")
                        && f.get("file").asText().endsWith("tagged.json")) {
                    unknown = f;
                }
                assertFalse(
                        f.get("rule").asText().equals("IAM301")
                                && f.get("file").asText().endsWith("keys.json"),
                        "self-scoped keys are not IAM301: " + f);
            }
            assertTrue(iam302 != null, report.toString());
            assertEquals("error", iam302.get("severity").asText());
            JsonNode cex = iam302.get("counterexample");
            assertEquals("iam:GetAccessKeyLastUsed", cex.get("action").asText(), iam302.toString());
            assertEquals("alice", cex.get("username").asText());
            assertEquals(
                    "arn:aws:iam::123456789012:user/alice", cex.get("resource").asText());
            assertTrue(unknown != null, report.toString());
            assertEquals("error", unknown.get("severity").asText(), "semanticUnknownSeverity=error");
            assertTrue(unknown.get("message").asText().contains("${aws:PrincipalTag/login}"), unknown.toString());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "referencePolicy", value = "no/such/reference.json")
        void aMissingReferenceIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("referencePolicy not found: no/such/reference.json"), e.getMessage());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "referencePolicy", value = "classpath:iam-policy/nothing.json")
        void aMissingClasspathReferenceIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("classpath:iam-policy/nothing.json"), e.getMessage());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "referencePolicy", value = "pom.xml")
        void anUnparseableReferenceIsAConfigurationError(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("referencePolicy pom.xml"), e.getMessage());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxStatements", value = "2")
        void theReferenceIsReadWithTheUsersStatementLimit(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(
                    e.getMessage()
                                    .contains(
                                            "referencePolicy classpath:iam-policy/aws-self-manage.json has 9 statements")
                            && e.getMessage().contains("maxStatements"),
                    e.getMessage());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "maxFileSize", value = "200")
        void theReferenceIsReadWithTheUsersSizeLimit(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(
                    e.getMessage().contains("referencePolicy classpath:iam-policy/aws-self-manage.json cannot be read"),
                    e.getMessage());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        void reportsIam303ForAConfiguredForbiddenEntry(CheckMojo mojo) throws Exception {
            ForbiddenAccessEntry e = new ForbiddenAccessEntry();
            e.setActions(List.of(" iam:DeleteAccessKey "));
            e.setResources(List.of("arn:aws:iam::*:user/*"));
            MojoExtension.setVariableValueToObject(mojo, "forbiddenAccess", List.of(e));
            assertThrows(MojoFailureException.class, mojo::execute);
            JsonNode iam303 = null;
            for (JsonNode f : CheckMojoTest.jsonReport("semantic").get("findings")) {
                if (f.get("rule").asText().equals("IAM303")) {
                    assertTrue(f.get("file").asText().endsWith("keys.json"), f.toString());
                    iam303 = f;
                }
            }
            assertTrue(iam303 != null, "an IAM303 finding");
            assertEquals("error", iam303.get("severity").asText());
            assertEquals(
                    "iam:DeleteAccessKey",
                    iam303.get("counterexample").get("action").asText());
            assertTrue(iam303.get("message").asText().contains("(iam:DeleteAccessKey on arn:aws:iam::*:user/*)"));
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "forbiddenAccessPresets", value = "no-such-preset")
        void rejectsAnUnknownPreset(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("unknown forbiddenAccess preset 'no-such-preset'"), e.getMessage());
            assertTrue(e.getMessage().contains("sensitive-data"), e.getMessage());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        void rejectsAnEntryWithoutActions(CheckMojo mojo) throws Exception {
            MojoExtension.setVariableValueToObject(mojo, "forbiddenAccess", List.of(new ForbiddenAccessEntry()));
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("invalid forbiddenAccess configuration"), e.getMessage());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "check")
        @MojoParameter(name = "semanticUnknownSeverity", value = "fatal")
        void rejectsAnUnknownSeverity(CheckMojo mojo) {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("semanticUnknownSeverity"), e.getMessage());
        }
    }

    @Nested
    class Explain {

        @Provides
        MavenProject project() {
            return CheckMojoTest.fixtureProject("semantic");
        }

        File keys() {
            return CheckMojoTest.fixtureDir("semantic")
                    .resolve("src/main/resources/keys.json")
                    .toFile();
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "explain")
        @MojoParameter(name = "action", value = "iam:CreateAccessKey")
        @MojoParameter(name = "resource", value = "arn:aws:iam::123456789012:user/alice")
        @MojoParameter(name = "username", value = "alice")
        @MojoParameter(name = "context", value = "aws:MultiFactorAuthPresent=true")
        void printsTheDecisionAndTheDecidingStatement(ExplainMojo mojo) throws Exception {
            MojoExtension.setVariableValueToObject(mojo, "policyFile", keys());
            Lines log = new Lines();
            mojo.setLog(log);
            mojo.execute();
            assertTrue(
                    log.info.stream()
                            .anyMatch(l -> l.endsWith(
                                    ": Allow by statement \"OwnAccessKeys\" " + "(Statement[0]) at line 4, column 5")),
                    log.info.toString());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "explain")
        @MojoParameter(name = "action", value = "iam:CreateAccessKey")
        @MojoParameter(name = "resource", value = "arn:aws:iam::123456789012:user/bob")
        @MojoParameter(name = "username", value = "alice")
        void anotherUsersKeysAreImplicitlyDenied(ExplainMojo mojo) throws Exception {
            MojoExtension.setVariableValueToObject(mojo, "policyFile", keys());
            Lines log = new Lines();
            mojo.setLog(log);
            mojo.execute();
            assertTrue(
                    log.info.stream().anyMatch(l -> l.endsWith("implicit deny - no statement applies")),
                    log.info.toString());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "explain")
        @MojoParameter(name = "action", value = "iam:CreateAccessKey")
        @MojoParameter(name = "resource", value = "arn:aws:iam::123456789012:user/bob")
        @MojoParameter(name = "context", value = "MultiFactorAuthPresent")
        void badContextIsAClearError(ExplainMojo mojo) throws Exception {
            MojoExtension.setVariableValueToObject(mojo, "policyFile", keys());
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("invalid iam-policy.context entry"), e.getMessage());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "explain")
        @MojoParameter(name = "action", value = "iam:CreateAccessKey")
        @MojoParameter(name = "resource", value = "arn:aws:iam::123456789012:user/bob")
        void aMissingPolicyFileIsAClearError(ExplainMojo mojo) throws Exception {
            MojoExtension.setVariableValueToObject(mojo, "policyFile", new File("does-not-exist.json"));
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("policy file not found: does-not-exist.json"), e.getMessage());
        }

        @Test
        @Basedir("/unit/semantic")
        @InjectMojo(goal = "explain")
        @MojoParameter(name = "resource", value = "arn:aws:iam::123456789012:user/bob")
        void aMissingActionIsAClearError(ExplainMojo mojo) throws Exception {
            MojoExtension.setVariableValueToObject(mojo, "policyFile", keys());
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(e.getMessage().contains("-Diam-policy.action="), e.getMessage());
        }
    }
}
