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
package io.github.iampolicy.engine.semantic;

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the checker gets the analysis of a policy it builds itself (a bound, an instance with values, the
 * input of the {@link Policy}-taking entry points): each such policy is analysed here exactly once and the
 * analysis is handed on, so no part of the check parses statements again. The policies the rules check
 * come in already analysed ({@link io.github.iampolicy.engine.rules.PolicyContext#analysis()}).
 *
 * <p>The observer sees every policy analysed here; tests hold the checker to one analysis per policy with it.
 */
final class Analyses {

    private final ActionCatalog catalog;
    private final Consumer<Policy> observer;

    Analyses(ActionCatalog catalog, Consumer<Policy> observer) {
        this.catalog = catalog;
        this.observer = observer;
    }

    AnalyzedPolicy of(Policy p) {
        observer.accept(p);
        return new AnalyzedPolicy(p, catalog);
    }

    /** The analyses of {@code policies}, in order; {@code null} (no reference) stays {@code null}. */
    List<AnalyzedPolicy> of(List<Policy> policies) {
        if (policies == null) {
            return null;
        }
        List<AnalyzedPolicy> out = new ArrayList<>(policies.size());
        policies.forEach(p -> out.add(of(p)));
        return out;
    }

    /** The analysed policies themselves; {@code null} stays {@code null}. */
    static List<Policy> policies(List<AnalyzedPolicy> analyses) {
        return analyses == null
                ? null
                : analyses.stream().map(AnalyzedPolicy::policy).toList();
    }
}
