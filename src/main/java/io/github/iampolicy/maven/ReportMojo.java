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
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The IAM policy page of the project's Maven site: a summary, the findings by rule and by file, the
 * counterexamples of the semantic rules, and links to the rule pages. Scans with the same parameters as
 * {@code check}; never fails on findings. Add it to the {@code <reporting>} section, or run it on its own to get
 * {@code target/reports/iam-policy.html}.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractReportMojo {

    @Override
    protected ScanResult result(ProjectScanner scanner) throws MojoExecutionException {
        return triaged(scanner, scanner.scan(project));
    }

    @Override
    public String getOutputName() {
        return "iam-policy";
    }
}
