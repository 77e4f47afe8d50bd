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

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * The directories a goal scans in a module of the build. Directory parameters are resolved by Maven against
 * the goal's own project; another module (the aggregate report scans each) gets the same path relative to its
 * own base directory.
 */
final class ModuleDirectories {

    private final MavenProject project;

    /** @param project the project the goal runs in */
    ModuleDirectories(MavenProject project) {
        this.project = project;
    }

    /** A directory parameter for {@code module}. */
    Path inModule(MavenProject module, File configured) {
        Path path = configured.toPath().toAbsolutePath().normalize();
        Path base = baseDir(project);
        if (module == project || !path.startsWith(base)) {
            return path;
        }
        return baseDir(module).resolve(base.relativize(path));
    }

    /** The module's resource roots, its test resource roots when asked, and the additional directories. */
    List<Path> roots(MavenProject module, boolean includeTestResources, List<File> additionalDirectories) {
        List<Path> roots = new ArrayList<>();
        for (Resource r : module.getResources()) {
            roots.add(resolve(module, r.getDirectory()));
        }
        if (includeTestResources) {
            for (Resource r : module.getTestResources()) {
                roots.add(resolve(module, r.getDirectory()));
            }
        }
        for (File dir : additionalDirectories) {
            roots.add(inModule(module, resolve(project, dir.getPath()).toFile()));
        }
        return roots;
    }

    static Path baseDir(MavenProject module) {
        return module.getBasedir().toPath().toAbsolutePath().normalize();
    }

    private static Path resolve(MavenProject module, String dir) {
        Path p = Path.of(dir);
        return (p.isAbsolute() ? p : module.getBasedir().toPath().resolve(p))
                .toAbsolutePath()
                .normalize();
    }
}
