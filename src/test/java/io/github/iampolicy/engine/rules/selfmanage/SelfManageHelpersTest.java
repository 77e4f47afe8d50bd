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
