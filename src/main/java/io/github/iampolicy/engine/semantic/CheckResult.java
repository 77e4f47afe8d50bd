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

import io.github.iampolicy.engine.model.Counterexample;
import java.util.List;

/** The three outcomes of a semantic check. */
public sealed interface CheckResult {

    /** Proved: no request of the modelled space is a counterexample. */
    record Pass() implements CheckResult {}

    /**
     * A counterexample, re-verified by the {@link Evaluator}.
     *
     * @param counterexample the request, as reports print it
     * @param request        the same request as the evaluator saw it
     * @param decision       the candidate's decision (Allow, with the statement that allowed it)
     * @param assumptions    unmodelled conditions the counterexample relies on (an Allow's holding, a Deny's
     *                       failing), e.g. {@code StringEquals aws:RequestedRegion}; empty when it needs none
     */
    record Fail(
            Counterexample counterexample,
            Request request,
            Decision decision,
            List<String> assumptions,
            Unknowns unknowns)
            implements CheckResult {

        public Fail {
            assumptions = List.copyOf(assumptions);
        }

        public Fail(Counterexample counterexample, Request request, Decision decision, List<String> assumptions) {
            this(counterexample, request, decision, assumptions, Unknowns.NONE);
        }

        /** Holds without any assumption: no unmodelled condition and no chosen unknown value. */
        public boolean definite() {
            return assumptions.isEmpty() && unknowns.forAll();
        }

        Fail with(Unknowns u) {
            return new Fail(counterexample, request, decision, assumptions, u);
        }
    }

    /**
     * How a counterexample depends on unknown template values (named {@code ${name}}).
     *
     * @param names  the unknowns of the statements involved
     * @param values the values the counterexample was found with, by name; empty when it needs none
     * @param forAll whether a counterexample exists whatever the values are (then {@code values} only show
     *               one); otherwise these values open it and others may not
     */
    record Unknowns(List<String> names, java.util.Map<String, String> values, boolean forAll) {

        public static final Unknowns NONE = new Unknowns(List.of(), java.util.Map.of(), true);

        public Unknowns {
            names = List.copyOf(names);
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    /** Outside the decided fragment, or a cap was hit; {@code reason} names the construct. */
    record Unknown(String reason) implements CheckResult {}
}
