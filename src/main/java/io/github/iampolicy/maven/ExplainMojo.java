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

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.semantic.Decision;
import io.github.iampolicy.engine.semantic.Evaluator;
import io.github.iampolicy.engine.semantic.Request;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Evaluates one request against every policy of a file, as AWS evaluates an identity policy, and prints the
 * decision - Allow, explicit Deny or implicit deny - and the statement that decided it. A counterexample of
 * IAM301 or IAM302 copied here gives the same decision. Needs no project:
 * {@code mvn iam-policy:explain -Diam-policy.policyFile=keys.json -Diam-policy.action=iam:CreateAccessKey
 * -Diam-policy.resource=arn:aws:iam::123456789012:user/bob -Diam-policy.username=alice}.
 */
@Mojo(name = "explain", requiresProject = false, threadSafe = true)
public class ExplainMojo extends AbstractMojo {

    /** The file holding the policies (any shape the check goal recognises). */
    @Parameter(property = "iam-policy.policyFile")
    private File policyFile;

    /** The action of the request, e.g. {@code iam:CreateAccessKey}. */
    @Parameter(property = "iam-policy.action")
    private String action;

    /** The resource ARN of the request. */
    @Parameter(property = "iam-policy.resource")
    private String resource;

    /** The caller's IAM user name ({@code aws:username}); leave out for callers that are not IAM users. */
    @Parameter(property = "iam-policy.username")
    private String username;

    /** More context keys as {@code key=value,key=value}, e.g. {@code aws:MultiFactorAuthPresent=true}. */
    @Parameter(property = "iam-policy.context")
    private String context;

    /** Paths are printed relative to this directory (the project's, or the working directory). */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException {
        if (policyFile == null) {
            throw new MojoExecutionException("iam-policy:explain needs -Diam-policy.policyFile=<file>");
        }
        String a = require(action, "action", "iam:CreateAccessKey");
        String r = require(resource, "resource", "arn:aws:iam::123456789012:user/bob");
        if (!a.matches("[^\\s:]+:[^\\s]+")) {
            throw new MojoExecutionException(
                    "invalid iam-policy.action '" + a + "': expected service:Action, e.g. " + "iam:CreateAccessKey");
        }
        Map<String, String> ctx = withMfaAge(parseContext(context));
        if (username != null && !username.isBlank()) {
            ctx.put("aws:username", username.trim());
        }
        Request request = Request.of(a, r, ctx);
        Path file = policyFile.toPath().toAbsolutePath().normalize();
        String display = policyFile.getPath();
        if (basedir != null) {
            Path base = basedir.toPath().toAbsolutePath().normalize();
            if (file.startsWith(base)) {
                display = base.relativize(file).toString().replace(File.separatorChar, '/');
            }
        }
        List<Policy> policies = PolicyFiles.read(file, display, "policy file");
        getLog().info("Request: " + a + " on " + r + " by "
                + (ctx.containsKey("aws:username") ? "user " + ctx.get("aws:username") : "a caller that is no IAM user")
                + ", context " + ctx);
        for (Policy p : policies) {
            getLog().info(line(p, Evaluator.evaluate(List.of(p), request)));
        }
    }

    /** {@code keys.json (document): Allow by statement "ManageKeys" (Statement[0]) at [5,9]}. */
    static String line(Policy p, Decision d) {
        String where = p.file() + (p.policyPath().isEmpty() ? "" : " (" + p.policyPath() + ")") + ": ";
        if (d.statement() == null) {
            return where + "implicit deny - no statement applies";
        }
        Statement s = d.statement();
        String index = "Statement[" + s.index() + "]";
        return where + d.effect().text() + " by statement \"" + s.label() + "\""
                + (s.label().equals(index) ? "" : " (" + index + ")") + " at line "
                + s.location().line()
                + ", column " + s.location().column();
    }

    private static String require(String value, String name, String example) throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            throw new MojoExecutionException("iam-policy:explain needs -Diam-policy." + name + "=..., e.g. " + example);
        }
        return value.trim();
    }

    /**
     * An MFA session always has an age: with {@code aws:MultiFactorAuthPresent=true} and no age, the age the
     * semantic check's counterexamples use (60 seconds unless their message names another), so a
     * counterexample copied from a finding is the same request here.
     */
    static Map<String, String> withMfaAge(Map<String, String> ctx) {
        Map<String, String> out = new LinkedHashMap<>(ctx);
        boolean present = out.entrySet().stream()
                .anyMatch(e -> e.getKey().equalsIgnoreCase("aws:MultiFactorAuthPresent")
                        && e.getValue().equalsIgnoreCase("true"));
        boolean age = out.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("aws:MultiFactorAuthAge"));
        if (present && !age) {
            out.put("aws:MultiFactorAuthAge", "60");
        }
        return out;
    }

    static Map<String, String> parseContext(String text) throws MojoExecutionException {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<String> entries = new ArrayList<>(List.of(text.split(",")));
        for (String e : entries) {
            int eq = e.indexOf('=');
            if (eq <= 0 || !e.substring(0, eq).contains(":")) {
                throw new MojoExecutionException("invalid iam-policy.context entry '" + e.trim()
                        + "': expected key=value with a condition key such as aws:MultiFactorAuthPresent=true");
            }
            out.put(e.substring(0, eq).trim(), e.substring(eq + 1).trim());
        }
        return out;
    }
}
