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
package io.github.iampolicy.engine.model;

import io.github.iampolicy.engine.tree.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * One reported problem.
 *
 * @param rule        the rule's documentation
 * @param severity    the effective severity (after configuration)
 * @param file        path relative to the project base directory, {@code /} separators
 * @param location    line and column of the offending element
 * @param policyPath  the policy's path inside the file (empty for a whole-file policy or a file-level error)
 * @param statement   the statement's Sid, or {@code Statement[i]}, or {@code null} for policy- and file-level findings
 * @param message     the full human message
 * @param subject     the element that triggered the finding (an action, a resource, a key), used for the
 *                    fingerprint so that it survives line moves
 * @param counterexample the request that proves a semantic finding, or {@code null}
 * @param actions     the action entries of the finding's statement ({@code Action}, else {@code NotAction}) as
 *                    reports show them; empty for policy- and file-level findings. Suppressions match on them.
 * @param resources   the resource entries of the finding's statement ({@code Resource}, else {@code NotResource})
 * @param suppression why the finding does not count, or {@code null} when it is not suppressed
 * @param baselineState how the finding compares with a baseline, or {@code null} when no baseline was used
 */
public record Finding(
        RuleInfo rule,
        Severity severity,
        String file,
        Location location,
        String policyPath,
        String statement,
        String message,
        String subject,
        Counterexample counterexample,
        List<String> actions,
        List<String> resources,
        Suppression suppression,
        BaselineState baselineState) {

    /** Report order: file, line, column, rule, message; deterministic whatever the scan order. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparing(Finding::location)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    public Finding {
        actions = actions == null ? List.of() : List.copyOf(actions);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** A finding as rules report it: no statement elements, not suppressed, no baseline. */
    public Finding(
            RuleInfo rule,
            Severity severity,
            String file,
            Location location,
            String policyPath,
            String statement,
            String message,
            String subject,
            Counterexample counterexample) {
        this(
                rule,
                severity,
                file,
                location,
                policyPath,
                statement,
                message,
                subject,
                counterexample,
                List.of(),
                List.of(),
                null,
                null);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(
                rule,
                s,
                file,
                location,
                policyPath,
                statement,
                message,
                subject,
                counterexample,
                actions,
                resources,
                suppression,
                baselineState);
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(
                rule,
                severity,
                file,
                location,
                policyPath,
                statement,
                message,
                subject,
                counterexample,
                actions,
                resources,
                s,
                baselineState);
    }

    public Finding withBaselineState(BaselineState state) {
        return new Finding(
                rule,
                severity,
                file,
                location,
                policyPath,
                statement,
                message,
                subject,
                counterexample,
                actions,
                resources,
                suppression,
                state);
    }

    /** Whether the finding counts towards the summary and the build's outcome: not suppressed, not baselined. */
    public boolean counts() {
        return suppression == null && baselineState != BaselineState.UNCHANGED;
    }

    /**
     * A stable identity for suppressions and baselines: rule, file, policy path, statement and subject,
     * but no line or column, so that moving lines keeps it.
     */
    public String fingerprint() {
        return fingerprint(file);
    }

    /**
     * {@link #fingerprint()} as if the file were at {@code path}: reports for a whole repository use the path
     * from the repository root, so that two modules' files at the same module-relative path stay apart.
     */
    public String fingerprint(String path) {
        String key = String.join(
                "\u0000",
                rule.id(),
                path,
                policyPath,
                statement == null ? "" : statement,
                subject == null ? "" : subject);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
