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

import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.suppress.Baseline;
import io.github.iampolicy.engine.suppress.SuppressionEntry;
import io.github.iampolicy.engine.suppress.SuppressionsException;
import io.github.iampolicy.engine.suppress.SuppressionsFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** Reads the suppressions file and the baseline; whatever is wrong with them is a configuration error. */
final class TuningFiles {

    private TuningFiles() {}

    /** The entries of {@code suppressionsFile}; none when it is not set. */
    static List<SuppressionEntry> suppressions(String suppressionsFile, Path baseDir) throws MojoExecutionException {
        if (suppressionsFile == null || suppressionsFile.isBlank()) {
            return List.of();
        }
        String spec = suppressionsFile.trim();
        try (InputStream in = ConfigLocation.open(spec, baseDir, "suppressionsFile")) {
            return SuppressionsFile.read(spec, in, id -> RuleRegistry.find(id).isPresent());
        } catch (SuppressionsException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("suppressions file " + spec + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A baseline, which must exist: a misspelt path must not silently turn every finding into a new one. */
    static Baseline baseline(File file, String display) throws MojoExecutionException {
        if (!file.isFile()) {
            throw new MojoExecutionException("baseline " + display
                    + " not found; write it with mvn iam-policy:baseline -Diam-policy.baselineFile=" + display);
        }
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return Baseline.read(display, in);
        } catch (SuppressionsException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("baseline " + display + " cannot be read: " + e.getMessage(), e);
        }
    }
}
