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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditsTest {

    @ParameterizedTest
    @CsvSource({
        "kitten, sitting, 10, 3",
        "abc, abc, 10, 0",
        "'', abc, 10, 3",
        "abc, '', 10, 3",
        "abc, abd, 10, 1",
        "abc, abd, 1, 1",
        "abcd, abc, 2, 1",
        "abcd, ab, 2, 2",
        "abcdef, ab, 3, 3",
        "abc, xyz, 2, 2",
        "abc, xyz, 3, 3",
        "abc, xyz, 4, 3",
        "ListUsers, ListUser, 3, 1",
        "usrname, username, 3, 1",
        "ab, ba, 5, 2",
    })
    void levenshteinDistanceCappedAtTheLimit(String a, String b, int limit, int expected) {
        assertEquals(expected, Edits.distance(a, b, limit));
    }
}
