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

import io.github.iampolicy.engine.model.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the MFA condition keys of a statement mean for IAM204 and IAM205. */
final class MfaConditions {

    static final String PRESENT = "aws:multifactorauthpresent";
    static final String AGE = "aws:multifactorauthage";

    private static final Set<String> AGE_TOO_OLD_IF_EXISTS =
            Set.of("NumericGreaterThanIfExists", "NumericGreaterThanEqualsIfExists");
    private static final Set<String> AGE_RECENT = Set.of("NumericLessThan", "NumericLessThanEquals");

    private MfaConditions() {}

    static boolean isMfaKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals(PRESENT) || k.equals(AGE);
    }

    static boolean testsMfa(Statement st) {
        return st.conditions().stream().anyMatch(c -> isMfaKey(c.key()));
    }

    private static boolean key(Statement.Condition c, String key) {
        return c.key().toLowerCase(Locale.ROOT).equals(key);
    }

    private static boolean allValues(Statement.Condition c, String value) {
        List<String> v = c.texts();
        return !v.isEmpty() && v.stream().allMatch(t -> t.trim().equalsIgnoreCase(value));
    }

    /** {@code Bool} on aws:MultiFactorAuthPresent with a {@code "false"} value (string or JSON boolean). */
    static boolean isBoolFalse(Statement.Condition c) {
        return c.operator().equals("Bool")
                && key(c, PRESENT)
                && c.texts().stream().anyMatch(t -> t.trim().equalsIgnoreCase("false"));
    }

    /**
     * A Deny condition that matches every request made without MFA, long-term access keys (no MFA key at all)
     * and console sessions alike: {@code BoolIfExists aws:MultiFactorAuthPresent false},
     * {@code Null aws:MultiFactorAuthAge true}, or {@code NumericGreaterThan[Equals]IfExists
     * aws:MultiFactorAuthAge}. {@code Bool ... false} misses access-key requests and
     * {@code Null aws:MultiFactorAuthPresent true} misses console sessions without MFA, so neither counts.
     */
    static boolean matchesWithoutMfa(Statement.Condition c) {
        String op = c.operator();
        return op.equals("BoolIfExists") && key(c, PRESENT) && allValues(c, "false")
                || op.equals("Null") && key(c, AGE) && allValues(c, "true")
                || AGE_TOO_OLD_IF_EXISTS.contains(op) && key(c, AGE);
    }

    /**
     * An Allow condition that holds only for requests authenticated with MFA: {@code Bool
     * aws:MultiFactorAuthPresent true}, {@code NumericLessThan[Equals] aws:MultiFactorAuthAge} (absent key:
     * no match), {@code Null aws:MultiFactorAuthAge false}.
     */
    static boolean requiresMfa(Statement.Condition c) {
        String op = c.operator();
        return op.equals("Bool") && key(c, PRESENT) && allValues(c, "true")
                || AGE_RECENT.contains(op) && key(c, AGE)
                || op.equals("Null") && key(c, AGE) && allValues(c, "false");
    }
}
