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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Statement;
import org.junit.jupiter.api.Test;

/** The MFA condition shapes the identity rules recognise. */
class SelfManageHelpersTest {

    static Statement.Condition cond(String operator, String key, String valuesJson) {
        return Statement.of(TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
                                + "\"Condition\":{\"" + operator + "\":{\"" + key + "\":" + valuesJson + "}}}")
                        .document())
                .get(0)
                .conditions()
                .get(0);
    }

    static final String PRESENT = "aws:MultiFactorAuthPresent";
    static final String AGE = "aws:MultiFactorAuthAge";

    @Test
    void requiresMfa() {
        assertTrue(MfaConditions.requiresMfa(cond("Bool", PRESENT, "\"true\"")));
        assertTrue(MfaConditions.requiresMfa(cond("Bool", PRESENT, "[\"true\",\" TRUE \"]")));
        assertFalse(MfaConditions.requiresMfa(cond("Bool", PRESENT, "[\"true\",\"false\"]")));
        assertFalse(MfaConditions.requiresMfa(cond("Bool", PRESENT, "[]")));
        assertFalse(MfaConditions.requiresMfa(cond("Bool", AGE, "\"true\"")));
        assertFalse(MfaConditions.requiresMfa(cond("BoolIfExists", PRESENT, "\"true\"")));
        assertTrue(MfaConditions.requiresMfa(cond("NumericLessThan", AGE, "\"3600\"")));
        assertTrue(MfaConditions.requiresMfa(cond("NumericLessThanEquals", AGE, "\"3600\"")));
        assertFalse(MfaConditions.requiresMfa(cond("NumericLessThan", PRESENT, "\"3600\"")));
        assertFalse(MfaConditions.requiresMfa(cond("NumericGreaterThan", AGE, "\"3600\"")));
        assertTrue(MfaConditions.requiresMfa(cond("Null", AGE, "\"false\"")));
        assertFalse(MfaConditions.requiresMfa(cond("Null", AGE, "\"true\"")));
        assertFalse(MfaConditions.requiresMfa(cond("Null", PRESENT, "\"false\"")));
    }

    @Test
    void matchesWithoutMfa() {
        assertTrue(MfaConditions.matchesWithoutMfa(cond("BoolIfExists", PRESENT, "\"false\"")));
        assertFalse(MfaConditions.matchesWithoutMfa(cond("BoolIfExists", PRESENT, "[\"false\",\"true\"]")));
        assertFalse(MfaConditions.matchesWithoutMfa(cond("BoolIfExists", PRESENT, "[]")));
        assertFalse(MfaConditions.matchesWithoutMfa(cond("Bool", PRESENT, "\"false\"")));
        assertTrue(MfaConditions.matchesWithoutMfa(cond("Null", AGE, "\"true\"")));
        assertFalse(MfaConditions.matchesWithoutMfa(cond("Null", PRESENT, "\"true\"")));
        assertTrue(MfaConditions.matchesWithoutMfa(cond("NumericGreaterThanIfExists", AGE, "\"3600\"")));
        assertFalse(MfaConditions.matchesWithoutMfa(cond("NumericGreaterThanIfExists", PRESENT, "\"3600\"")));
    }

    @Test
    void boolFalse() {
        assertTrue(MfaConditions.isBoolFalse(cond("Bool", PRESENT, "\"false\"")));
        assertTrue(MfaConditions.isBoolFalse(cond("Bool", PRESENT, "false")));
        assertTrue(MfaConditions.isBoolFalse(cond("Bool", PRESENT, "[\"true\",\" False\"]")));
        assertFalse(MfaConditions.isBoolFalse(cond("Bool", PRESENT, "\"true\"")));
        assertFalse(MfaConditions.isBoolFalse(cond("BoolIfExists", PRESENT, "\"false\"")));
        assertFalse(MfaConditions.isBoolFalse(cond("Bool", AGE, "\"false\"")));
        assertTrue(MfaConditions.isMfaKey("AWS:MULTIFACTORAUTHAGE"));
        assertFalse(MfaConditions.isMfaKey("aws:username"));
    }
}
