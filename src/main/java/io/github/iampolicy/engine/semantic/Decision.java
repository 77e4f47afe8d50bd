package io.github.iampolicy.engine.semantic;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;

/**
 * The outcome of evaluating a request against identity policies.
 *
 * @param effect    allow, explicit deny, or implicit deny (no statement applied)
 * @param policy    the policy of the deciding statement, {@code null} for an implicit deny
 * @param statement the deciding statement: the first applicable Deny, else the first applicable Allow;
 *                  {@code null} for an implicit deny
 */
public record Decision(Effect effect, Policy policy, Statement statement) {

    public enum Effect {
        ALLOW("Allow"),
        EXPLICIT_DENY("explicit Deny"),
        IMPLICIT_DENY("implicit deny");

        private final String text;

        Effect(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public boolean allowed() {
        return effect == Effect.ALLOW;
    }
}
