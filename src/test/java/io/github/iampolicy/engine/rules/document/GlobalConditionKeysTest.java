package io.github.iampolicy.engine.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Documented aws: keys and the nearest-key suggestion. */
class GlobalConditionKeysTest {

    @Test
    void knownKeys() {
        assertTrue(GlobalConditionKeys.isKnown("aws:username"));
        assertTrue(GlobalConditionKeys.isKnown("AWS:UserName"));
        assertTrue(GlobalConditionKeys.isKnown("aws:PrincipalTag/team"));
        assertTrue(GlobalConditionKeys.isKnown("aws:principaltag/t"));
        assertFalse(GlobalConditionKeys.isKnown("aws:PrincipalTag/"), "a tag key needs a tag name");
        assertFalse(GlobalConditionKeys.isKnown("aws:usrname"));
    }

    @Test
    void closestKeys() {
        assertEquals("aws:username", GlobalConditionKeys.closest("aws:usrname"));
        assertEquals("aws:username", GlobalConditionKeys.closest("aws:usrnme"), "two edits");
        assertNull(GlobalConditionKeys.closest("aws:xxxxxxxxxxxxx"));
        assertEquals("aws:PrincipalTag/team", GlobalConditionKeys.closest("aws:PrincipleTag/team"));
        assertEquals("aws:RequestTag/x", GlobalConditionKeys.closest("aws:requesttags/x"));
        assertNull(GlobalConditionKeys.closest("aws:PrincipleTag/"), "nothing after the slash");
        assertNull(GlobalConditionKeys.closest("/x"));
    }
}
