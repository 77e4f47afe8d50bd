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
package io.github.iampolicy.engine.rules.document;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.Location;
import java.util.ArrayList;
import java.util.List;

/** Runs document rules over test policies and collects what they report. */
final class Findings {

    private Findings() {}

    static List<Finding> of(Rule rule, Policy policy) {
        List<Finding> out = new ArrayList<>();
        rule.check(new PolicyContext(policy, ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, out::add));
        return out;
    }

    static List<Finding> of(Rule rule, String json) {
        return of(rule, TestPolicies.policy(json));
    }

    static List<Finding> of(Rule rule, String json, PolicyKind kind) {
        return of(rule, TestPolicies.policy(json, kind));
    }

    /** Findings of a one-statement identity policy (Version 2012-10-17). */
    static List<Finding> ofStatement(Rule rule, String statementJson) {
        return of(rule, TestPolicies.statement(statementJson));
    }

    /** Line and column (1-based) of the first occurrence of {@code needle} in {@code text}. */
    static Location at(String text, String needle) {
        int i = text.indexOf(needle);
        if (i < 0) {
            throw new IllegalArgumentException(needle + " not in test text");
        }
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new Location(line, i - lineStart + 1);
    }

    /** The only finding, failing with the list otherwise. */
    static Finding only(List<Finding> findings) {
        if (findings.size() != 1) {
            throw new AssertionError("expected exactly one finding, got " + findings.size() + ":\n" + dump(findings));
        }
        return findings.get(0);
    }

    static String dump(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        findings.forEach(f -> b.append(f.severity())
                .append(' ')
                .append(f.rule().id())
                .append(' ')
                .append(f.location())
                .append(' ')
                .append(f.message())
                .append('\n'));
        return b.toString();
    }

    static List<Finding> all(Policy policy) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : DocumentRules.ALL) {
            out.addAll(of(r, policy));
        }
        return out;
    }
}
