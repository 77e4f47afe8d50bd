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
