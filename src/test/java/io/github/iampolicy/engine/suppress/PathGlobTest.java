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
package io.github.iampolicy.engine.suppress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathGlobTest {

    @Test
    void doubleStarSpansDirectoriesIncludingNone() {
        PathGlob g = new PathGlob("src/**/*.json");
        assertTrue(g.matches("src/a.json"));
        assertTrue(g.matches("src/main/resources/iam/a.json"));
        assertFalse(g.matches("other/src/a.json"));
        assertTrue(new PathGlob("**").matches("any/thing.yaml"));
        assertTrue(new PathGlob("**/keys.json").matches("keys.json"));
    }

    @Test
    void singleStarAndQuestionMarkStayInOneName() {
        assertTrue(new PathGlob("src/*.json").matches("src/a.json"));
        assertFalse(new PathGlob("src/*.json").matches("src/main/a.json"));
        assertTrue(new PathGlob("infra/stack?.yaml").matches("infra/stack1.yaml"));
        assertFalse(new PathGlob("infra/stack?.yaml").matches("infra/stack12.yaml"));
    }

    @Test
    void otherCharactersAreLiteralAndBackslashesAreSlashes() {
        assertTrue(new PathGlob("a+b (1).json").matches("a+b (1).json"));
        assertFalse(new PathGlob("a.json").matches("abjson"));
        assertTrue(new PathGlob("infra\\*.json").matches("infra/x.json"));
        assertFalse(new PathGlob("x").matches(null));
    }
}
