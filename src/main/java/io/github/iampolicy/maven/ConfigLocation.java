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

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Opens a configuration file the way checkstyle's {@code configLocation} does: {@code classpath:} (the
 * plugin's class realm, which holds the jars added as plugin dependencies: how an organisation ships one
 * configuration to every project), a URL, or a path relative to the project base directory.
 */
final class ConfigLocation {

    private ConfigLocation() {}

    static InputStream open(String spec, Path baseDir, String parameter) throws MojoExecutionException {
        if (spec.startsWith(PolicyFiles.CLASSPATH)) {
            String name = spec.substring(PolicyFiles.CLASSPATH.length()).replaceFirst("^/+", "");
            InputStream in = ConfigLocation.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new MojoExecutionException(parameter + " not found: " + spec
                        + " is not on the plugin's class path; add the jar that holds it as a <dependency> of the"
                        + " plugin");
            }
            return in;
        }
        if (isUrl(spec)) {
            try {
                return new URI(spec).toURL().openStream();
            } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
                throw new MojoExecutionException(parameter + " " + spec + " is not a valid URL: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new MojoExecutionException(parameter + " " + spec + " cannot be read: " + e, e);
            }
        }
        Path p = Path.of(spec);
        Path file = (p.isAbsolute() ? p : baseDir.resolve(p)).normalize();
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException(parameter + " not found: " + spec + " (looked for " + file + ")");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new MojoExecutionException(parameter + " " + spec + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A scheme of two letters or more: {@code C:\...} is a Windows path, not a URL. */
    static boolean isUrl(String spec) {
        return spec.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !spec.matches("[A-Za-z]:[\\\\/].*");
    }
}
