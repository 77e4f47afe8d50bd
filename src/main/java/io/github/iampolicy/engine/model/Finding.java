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
        Counterexample counterexample) {

    /** Report order: file, line, column, rule, message; deterministic whatever the scan order. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparing(Finding::location)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, file, location, policyPath, statement, message, subject, counterexample);
    }

    /**
     * A stable identity for suppressions and baselines: rule, file, policy path, statement and subject,
     * but no line or column, so that moving lines keeps it.
     */
    public String fingerprint() {
        String key = String.join(
                "\u0000",
                rule.id(),
                file,
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
