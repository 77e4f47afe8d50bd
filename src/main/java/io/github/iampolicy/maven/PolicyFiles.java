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

import io.github.iampolicy.engine.discovery.ExtractedFile;
import io.github.iampolicy.engine.discovery.FileProblem;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** Reads policies from one file for the goals that take a policy as input (reference, explain). */
final class PolicyFiles {

    static final String CLASSPATH = "classpath:";

    private PolicyFiles() {}

    /**
     * The policies of {@code file}, shown in messages as {@code display}; a file that cannot be read or
     * parsed, or that holds no policy, is a configuration error.
     */
    static List<Policy> read(Path file, String display, String what) throws MojoExecutionException {
        return read(file, display, what, ParseLimits.DEFAULT);
    }

    /** {@link #read(Path, String, String)} within the user's limits, {@code maxStatements} included. */
    static List<Policy> read(Path file, String display, String what, ParseLimits limits) throws MojoExecutionException {
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException(what + " not found: " + display);
        }
        ExtractedFile extracted = new PolicyExtractor(limits).extract(new SourceFile(file, display));
        for (FileProblem p : extracted.problems()) {
            if (p.policyLike() || extracted.policies().isEmpty()) {
                throw new MojoExecutionException(
                        what + " " + display + " cannot be read: " + p.message() + " at " + p.location());
            }
        }
        if (extracted.policies().isEmpty()) {
            throw new MojoExecutionException(what + " " + display + " contains no IAM policy");
        }
        for (Policy p : extracted.policies()) {
            if (p.document().get("Statement") instanceof ArrayNode statements
                    && statements.size() > limits.maxStatements()) {
                throw new MojoExecutionException(what + " " + display + " has " + statements.size()
                        + " statements, more than the limit of " + limits.maxStatements() + " (maxStatements) at "
                        + statements.location());
            }
        }
        return extracted.policies();
    }

    /**
     * The reference of IAM302: {@code classpath:...} (the plugin's own resources, e.g.
     * {@code classpath:iam-policy/aws-self-manage.json}) or a path relative to {@code baseDir}.
     */
    static SemanticOptions.Reference reference(String spec, Path baseDir, ParseLimits limits)
            throws MojoExecutionException {
        String s = spec.trim();
        if (s.startsWith(CLASSPATH)) {
            String name = s.substring(CLASSPATH.length()).replaceFirst("^/+", "");
            try (InputStream in = PolicyFiles.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new MojoExecutionException(
                            "referencePolicy not found: " + s + " is not a resource of the plugin's class path");
                }
                Path tmp = Files.createTempFile("iam-policy-reference", suffix(name));
                try {
                    Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return new SemanticOptions.Reference(s, read(tmp, s, "referencePolicy", limits));
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("referencePolicy " + s + " cannot be read: " + e.getMessage(), e);
            }
        }
        Path p = Path.of(s);
        Path file = (p.isAbsolute() ? p : baseDir.resolve(p)).normalize();
        return new SemanticOptions.Reference(s, read(file, s, "referencePolicy", limits));
    }

    private static String suffix(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ext : List.of(".tf.json", ".json", ".yaml", ".yml", ".template")) {
            if (lower.endsWith(ext)) {
                return ext;
            }
        }
        return ".json";
    }
}
