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
package io.github.iampolicy.engine.discovery;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Finds the candidate files under the scan roots ("Files" in src/site/markdown/rules/index.md).
 *
 * <p>Decisions where the specification is silent:
 * <ul>
 *   <li>A relative root is resolved against the base directory (the project's {@code basedir}).</li>
 *   <li>Plexus' default excludes (version-control folders such as {@code .git/}) are added to the configured
 *       excludes: such files are never project policies.</li>
 *   <li>Symbolic links are never followed into directories; a linked <em>file</em> is kept only when its real
 *       target lies inside the (real) root, so a link cannot pull in files from elsewhere on the machine.</li>
 *   <li>When two candidates are the same file (overlapping roots, a link to a file in the root), the one
 *       reached without a link wins, then the smaller relative path.</li>
 * </ul>
 * The result is sorted by relative path and does not depend on directory listing order.
 */
public final class FileCollector {

    /** The includes used when none are configured. */
    public static final List<String> DEFAULT_INCLUDES =
            List.of("**/*.json", "**/*.yaml", "**/*.yml", "**/*.template", "**/*.tf.json", "**/*.tf");

    /**
     * Always excluded, like the version-control directories: Terraform's working directory holds the modules and
     * providers {@code terraform init} downloaded, which are not the project's to check.
     */
    public static final List<String> ALWAYS_EXCLUDED = List.of("**/.terraform/**");

    /**
     * Collects the files of {@code roots} matching {@code includes} (default {@link #DEFAULT_INCLUDES} when
     * null or empty) and none of {@code excludes}. Missing roots are ignored.
     */
    public List<SourceFile> collect(List<Path> roots, Path baseDir, List<String> includes, List<String> excludes) {
        Path base = baseDir.toAbsolutePath().normalize();
        String[] inc = (includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes).toArray(String[]::new);
        String[] exc = excludes == null ? new String[0] : excludes.toArray(String[]::new);
        Map<Path, Candidate> byRealPath = new HashMap<>();
        for (Path configuredRoot : roots) {
            Path root = base.resolve(configuredRoot).toAbsolutePath().normalize();
            Path realRoot;
            try {
                if (!Files.isDirectory(root)) {
                    continue;
                }
                realRoot = root.toRealPath();
            } catch (IOException | SecurityException e) {
                continue;
            }
            for (String name : scan(realRoot, inc, exc)) {
                Path path = root.resolve(name).normalize();
                Path real;
                try {
                    real = realRoot.resolve(name).toRealPath();
                } catch (IOException | SecurityException e) {
                    continue; // broken link or vanished file
                }
                if (!real.startsWith(realRoot) || !Files.isRegularFile(real)) {
                    continue; // a link whose target lies outside the root
                }
                Candidate c = new Candidate(
                        new SourceFile(path, relativePath(base, path)), Files.isSymbolicLink(realRoot.resolve(name)));
                byRealPath.merge(real, c, (a, b) -> Candidate.ORDER.compare(a, b) <= 0 ? a : b);
            }
        }
        List<SourceFile> out = new ArrayList<>();
        byRealPath.values().forEach(c -> out.add(c.file()));
        out.sort(Comparator.comparing(SourceFile::relativePath)
                .thenComparing(f -> f.path().toString()));
        return List.copyOf(out);
    }

    private static String[] scan(Path realRoot, String[] includes, String[] excludes) {
        DirectoryScanner scanner = new DirectoryScanner();
        // The real root: Plexus refuses to list a base directory that is itself a symbolic link.
        scanner.setBasedir(realRoot.toFile());
        scanner.setIncludes(includes);
        String[] all = java.util.Arrays.copyOf(excludes, excludes.length + ALWAYS_EXCLUDED.size());
        for (int i = 0; i < ALWAYS_EXCLUDED.size(); i++) {
            all[excludes.length + i] = ALWAYS_EXCLUDED.get(i);
        }
        scanner.setExcludes(all);
        scanner.addDefaultExcludes();
        // Not following links into directories is also what keeps link loops from hanging the scan.
        scanner.setFollowSymlinks(false);
        scanner.scan();
        return scanner.getIncludedFiles();
    }

    static String relativePath(Path base, Path file) {
        Path shown = file.startsWith(base) ? base.relativize(file) : file;
        return shown.toString().replace(File.separatorChar, '/');
    }

    private record Candidate(SourceFile file, boolean viaLink) {
        static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::viaLink)
                .thenComparing(c -> c.file().relativePath());
    }
}
