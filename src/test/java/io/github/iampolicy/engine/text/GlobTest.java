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
package io.github.iampolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void starMatchesAnyRunIncludingEmpty() {
        assertTrue(Glob.matches("iam:*", "iam:CreateAccessKey", false));
        assertTrue(Glob.matches("*AccessKey*", "AccessKey", false));
        assertTrue(Glob.matches("*a", "*ba", false), "a literal * in the text is just a character");
        assertTrue(Glob.matches("a*b*c", "aXXbYYbZc", false));
        assertFalse(Glob.matches("a*b*c", "aXXbYY", false));
        assertTrue(Glob.matches("*", "", false));
    }

    @Test
    void questionMarkIsExactlyOneCharacter() {
        assertTrue(Glob.matches("user/?", "user/a", false));
        assertFalse(Glob.matches("user/?", "user/", false));
        assertFalse(Glob.matches("user/?", "user/ab", false));
    }

    @Test
    void caseSensitivityIsTheCallersChoice() {
        assertTrue(Glob.matches("IAM:createAccessKEY", "iam:CreateAccessKey", true));
        assertFalse(Glob.matches("user/Alice", "user/alice", false));
    }

    @Test
    void pathologicalPatternsStayFast() {
        String text = "a".repeat(5000);
        long start = System.nanoTime();
        assertFalse(Glob.matches("*a*a*a*a*a*a*a*a*b", text, false));
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }
}
