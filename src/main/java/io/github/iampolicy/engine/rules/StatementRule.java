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
package io.github.iampolicy.engine.rules;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;

/**
 * A rule that judges statements one at a time. The {@link RuleRunner} walks a policy's statements once and
 * hands each to every statement rule, as error-prone's scanner hands tree nodes to its checkers.
 */
public interface StatementRule extends Rule {

    /** Whether the rule has anything to say about this policy at all; asked once, before any statement. */
    default boolean appliesTo(PolicyContext context) {
        return true;
    }

    /** Reports the problems of one statement through {@link PolicyContext#report}. */
    void visitStatement(AnalyzedStatement statement, PolicyContext context);

    /** Runs the rule alone over every statement of the policy, in order (the runner interleaves rules instead). */
    @Override
    default void check(PolicyContext context) {
        if (appliesTo(context)) {
            for (AnalyzedStatement st : context.analysis().statements()) {
                visitStatement(st, context);
            }
        }
    }
}
