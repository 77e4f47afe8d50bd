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

import io.github.iampolicy.engine.model.RuleInfo;

/**
 * One check, in the manner of Maven Enforcer's rules: a small class with a stable id, a default
 * severity and its documentation. Implementations are stateless and thread-safe; one instance serves
 * every policy of every module.
 *
 * <p>Rules read a policy through its {@link io.github.iampolicy.engine.analysis.AnalyzedPolicy} and implement
 * {@link StatementRule} (one statement at a time) or {@link PolicyRule} (the policy as a whole); the scanner
 * runs them with the {@link RuleRunner}. The semantic rules implement this interface directly: they hand the
 * policy to their own engine.
 */
public interface Rule {

    RuleInfo info();

    /** Reports the problems of one policy through {@link PolicyContext#report}; runs the rule on its own. */
    void check(PolicyContext context);

    /** Rules that only apply to identity policies (IAM1xx, IAM2xx, IAM3xx) return true. */
    default boolean identityOnly() {
        return !info().id().startsWith("IAM0");
    }
}
