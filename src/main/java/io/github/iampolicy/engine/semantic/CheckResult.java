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
    record Fail(Counterexample counterexample, Request request, Decision decision, List<String> assumptions)
            implements CheckResult {

        public Fail {
            assumptions = List.copyOf(assumptions);
        }
    }

    /** Outside the decided fragment, or a cap was hit; {@code reason} names the construct. */
    record Unknown(String reason) implements CheckResult {}
}
