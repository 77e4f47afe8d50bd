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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iampolicy.engine.report.ReportContext;
import io.github.iampolicy.engine.report.SarifAggregate;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/** Writes the reports of one module: its formats, and its part of the build's aggregated SARIF. */
final class Reports {

    /** Directories whose presence marks a version control root, nearest first. */
    private static final List<String> VCS_MARKERS = List.of(".git", ".hg", ".svn");

    private Reports() {}

    /**
     * The root code scanning resolves paths from: {@code configured} when given, else the nearest version
     * control root above the top of the build, else the top of the build.
     */
    static Path repositoryRoot(File configured, MavenSession session, Path baseDir) {
        if (configured != null) {
            return configured.toPath().toAbsolutePath().normalize();
        }
        Path top = baseDir;
        if (session != null && session.getTopLevelProject() != null) {
            top = session.getTopLevelProject()
                    .getBasedir()
                    .toPath()
                    .toAbsolutePath()
                    .normalize();
        }
        for (Path p = top; p != null; p = p.getParent()) {
            for (String marker : VCS_MARKERS) {
                if (Files.exists(p.resolve(marker))) {
                    return p;
                }
            }
        }
        return top;
    }

    /** The module's path from the root, {@code /} separated; empty for the root or a module outside it. */
    static String modulePath(Path root, Path baseDir) {
        return baseDir.startsWith(root) ? root.relativize(baseDir).toString().replace(File.separatorChar, '/') : "";
    }

    /** GitHub's category for one module: {@code iam-policy/<module path or artifactId>/}. */
    static String automationId(String modulePath, MavenProject project) {
        return SarifAggregate.AUTOMATION_ID + (modulePath.isEmpty() ? project.getArtifactId() : modulePath) + "/";
    }

    /**
     * Adds this module's SARIF to the build's aggregate. The build is identified by its start time, so parts
     * of an earlier build found next to the aggregate are dropped.
     */
    static List<String> aggregate(
            Path aggregate, MavenSession session, String modulePath, ScanResult result, ReportContext context)
            throws MojoExecutionException {
        return aggregate(aggregate, session, modulePath, result, context, null);
    }

    /**
     * {@link #aggregate(Path, MavenSession, String, ScanResult, ReportContext)} of a module whose SARIF report is
     * already written: it is read back (at most GitHub's limit of results), not rebuilt from a scan result.
     */
    static List<String> aggregate(Path aggregate, MavenSession session, String modulePath, Path moduleSarif)
            throws MojoExecutionException {
        JsonNode log;
        try {
            log = new ObjectMapper().readTree(moduleSarif.toFile());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + moduleSarif + ": " + e.getMessage(), e);
        }
        return aggregate(aggregate, session, modulePath, null, null, (ObjectNode) log);
    }

    private static List<String> aggregate(
            Path aggregate,
            MavenSession session,
            String modulePath,
            ScanResult result,
            ReportContext context,
            ObjectNode moduleLog)
            throws MojoExecutionException {
        String stamp = session.getRequest().getStartTime() == null
                ? "unknown"
                : Long.toString(session.getRequest().getStartTime().getTime());
        String key = modulePath.isEmpty() ? "_root" : modulePath;
        try {
            return SarifAggregate.contribute(
                    aggregate, key, stamp, moduleLog != null ? moduleLog : SarifAggregate.tree(result, context));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "cannot write the aggregated SARIF report " + aggregate + ": " + e.getMessage(), e);
        }
    }
}
