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
package io.github.iampolicy.engine.rules.selfmanage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.Location;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule on test policies (identity policies, default catalog and settings). */
public final class RuleTesting {

    private RuleTesting() {}

    public static List<Finding> run(Rule rule, Policy policy, RuleSettings settings) {
        List<Finding> out = new ArrayList<>();
        PolicyContext ctx = new PolicyContext(policy, ActionCatalog.defaultCatalog(), settings, out::add);
        assertTrue(ctx.isIdentityPolicy(), "test policies for identity rules must be identity policies");
        rule.check(ctx);
        out.forEach(f -> assertEquals(rule.info().id(), f.rule().id()));
        return out;
    }

    /** Findings of the rule on a policy document. */
    public static List<Finding> onPolicy(Rule rule, String policyJson) {
        return run(rule, TestPolicies.policy(policyJson), RuleSettings.DEFAULT);
    }

    /** Findings of the rule on a one-statement policy. */
    public static List<Finding> onStatement(Rule rule, String statementJson) {
        return run(rule, TestPolicies.statement(statementJson), RuleSettings.DEFAULT);
    }

    /** The only finding, failing when there is none or more than one. */
    public static Finding single(List<Finding> findings) {
        assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
        return findings.get(0);
    }

    /**
     * The location of the {@code n}-th (0-based) occurrence of {@code needle} in {@code text}: line and column of
     * its first character, 1-based, as the tree reader reports the start of a JSON string (its quote).
     */
    public static Location locate(String text, String needle, int n) {
        int idx = -1;
        for (int i = 0; i <= n; i++) {
            idx = text.indexOf(needle, idx + 1);
            if (idx < 0) {
                throw new AssertionError("no occurrence " + n + " of " + needle);
            }
        }
        int line = 1;
        int col = 1;
        for (int i = 0; i < idx; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Location(line, col);
    }

    /** {@code {"Version":"2012-10-17","Statement":[...]}} laid out one statement per line. */
    public static String doc(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[\n" + String.join(",\n", statements) + "\n]}";
    }
}
