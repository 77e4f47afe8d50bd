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
package io.github.iampolicy.engine.suppress;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.text.Glob;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a suppressions file. Every selector given must match; the ones left out match anything.
 *
 * @param source     the file's name as the user configured it
 * @param index      1-based position in the file, for messages
 * @param rules      rule ids, upper case
 * @param file       Ant-style glob on the finding's file, relative to the project base directory
 * @param policyPath glob ({@code *}, {@code ?}) on the policy path, or {@code null}
 * @param sid        glob on the statement's Sid (or {@code Statement[i]} without one), or {@code null}
 * @param actions    globs, case-insensitive; every action of the finding's statement must match one of them
 * @param resources  globs; every resource of the finding's statement must match one of them
 * @param reason     why the finding is accepted
 * @param until      last day the entry applies, or {@code null} for no end
 */
public record SuppressionEntry(
        String source,
        int index,
        List<String> rules,
        PathGlob file,
        String policyPath,
        String sid,
        List<String> actions,
        List<String> resources,
        String reason,
        LocalDate until) {

    public SuppressionEntry {
        rules = List.copyOf(rules);
        Objects.requireNonNull(file, "file");
        actions = actions == null ? List.of() : List.copyOf(actions);
        resources = resources == null ? List.of() : List.copyOf(resources);
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the entry is in force on {@code today}: {@code until} is the last day it applies. */
    public boolean activeOn(LocalDate today) {
        return until == null || !today.isAfter(until);
    }

    public boolean matches(Finding f) {
        return rules.contains(f.rule().id())
                && file.matches(f.file())
                && (policyPath == null || Glob.matches(policyPath, nonNull(f.policyPath()), false))
                && (sid == null || (f.statement() != null && Glob.matches(sid, f.statement(), false)))
                && all(actions, f.actions(), true)
                && all(resources, f.resources(), false);
    }

    /**
     * Every value matches some pattern. Requiring all of them (not any) keeps a suppression for
     * {@code iam:PassRole} from hiding a statement that also grants {@code iam:CreateUser}.
     */
    private static boolean all(List<String> patterns, List<String> values, boolean ignoreCase) {
        if (patterns.isEmpty()) {
            return true;
        }
        return !values.isEmpty()
                && values.stream().allMatch(v -> patterns.stream().anyMatch(p -> Glob.matches(p, v, ignoreCase)));
    }

    public Suppression suppression() {
        return new Suppression(Suppression.Kind.EXTERNAL, reason, describe());
    }

    /** {@code entry 3 of config/suppressions.json (IAM104 on src/**)}. */
    public String describe() {
        return "entry " + index + " of " + source + " (" + String.join(",", rules) + " on " + file + ")";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
