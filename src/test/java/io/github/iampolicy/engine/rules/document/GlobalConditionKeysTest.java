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
