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

import io.github.iampolicy.engine.scan.ModuleResults;
import io.github.iampolicy.engine.scan.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * One IAM policy page for a multi-module build, on the top project's site: every module is scanned with this
 * goal's parameters, and each file is shown with its module's path. Directories given to this goal
 * ({@code additionalDirectories}, {@code cdkOutputDirectory}) are taken relative to each module, and suppressions
 * apply per module, as they do for {@code check}.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public class AggregateMojo extends AbstractReportMojo {

    @Override
    protected ScanResult result(ProjectScanner scanner) throws MojoExecutionException {
        List<ModuleResults.Module> modules = new ArrayList<>();
        for (MavenProject module : reactorProjects) {
            String path = ProjectScanner.relative(
                    ProjectScanner.baseDir(project), module.getBasedir().toPath());
            modules.add(new ModuleResults.Module(path, triaged(scanner, scanner.scan(module))));
        }
        return ModuleResults.merge(modules);
    }

    @Override
    protected boolean canGenerate() {
        // the site plugin asks every module; only the top of the build gets the page
        return project.isExecutionRoot();
    }

    @Override
    public String getOutputName() {
        return "iam-policy-aggregate";
    }

    @Override
    public String getName(Locale locale) {
        return "IAM Policies (all modules)";
    }
}
