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

import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.suppress.Baseline;
import io.github.iampolicy.engine.suppress.Triage;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes today's findings to a baseline file, so that {@code check} with {@code baselineFile} fails only on
 * findings added later. Suppressed findings are left out: their suppressions already account for them.
 * Scans with the same parameters as {@code check}; never fails on findings.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractScanMojo {

    /** Where the baseline is written; commit it, and point {@code check}'s {@code baselineFile} at it. */
    @Parameter(property = "iam-policy.baselineFile", defaultValue = "${project.basedir}/iam-policy-baseline.json")
    private File baselineFile;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        ScanResult scanned = scan();
        Triage.Outcome outcome = triage(scanned, null);
        Baseline baseline = Baseline.of(outcome.findings());
        try {
            baseline.write(baselineFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the baseline " + baselineFile + ": " + e.getMessage(), e);
        }
        getLog().info("IAM policy baseline: " + baseline.entries().size() + " findings written to "
                + relative(baseDir(), baselineFile.toPath()));
    }
}
