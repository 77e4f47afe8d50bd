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
package io.github.iampolicy.engine.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParseLimitsTest {

    @ParameterizedTest
    @CsvSource({
        "10MB,10485760",
        "512KB,524288",
        "1048576,1048576",
        "7b,7",
        "2 mb,2097152",
        "1GiB,1073741824",
        "3k,3072",
        " 4KiB ,4096"
    })
    void sizesTakeBytesOrBinaryUnits(String text, long bytes) {
        assertEquals(bytes, ParseLimits.parseSize(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "MB",
                "0",
                "0MB",
                "-1",
                "1.5MB",
                "10 parsecs",
                "99999999999999999999",
                "9223372036854775807GB"
            })
    void badSizesAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> ParseLimits.parseSize(text));
    }

    @Test
    void nullIsNoSize() {
        assertThrows(IllegalArgumentException.class, () -> ParseLimits.parseSize(null));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ParseLimits d = ParseLimits.DEFAULT;
        assertEquals(10L * 1024 * 1024, d.maxFileBytes());
        assertEquals(200, d.maxDepth());
        assertEquals(1000, d.maxStatements());
        assertEquals(1000, new ParseLimits(1, 1, 1, 1, 1, 0).maxStatements(), "the six-limit constructor");
    }

    @Test
    void limitsMustBePositiveAndDepthBounded() {
        assertThrows(IllegalArgumentException.class, () -> ParseLimits.DEFAULT.withMaxStatements(0));
        assertThrows(IllegalArgumentException.class, () -> ParseLimits.DEFAULT.withMaxAliases(-1));
        assertThrows(
                IllegalArgumentException.class,
                () -> ParseLimits.DEFAULT.withMaxDepth(ParseLimits.MAX_DEPTH_CEILING + 1));
        assertEquals(0, ParseLimits.DEFAULT.withMaxAliases(0).maxAliases());
    }

    @Test
    void theDepthCeilingCanBeReadWithoutExhaustingTheStack() throws Exception {
        int depth = ParseLimits.MAX_DEPTH_CEILING - 1;
        String json = "[".repeat(depth) + "]".repeat(depth);
        TreeReader reader = new TreeReader(ParseLimits.DEFAULT.withMaxDepth(ParseLimits.MAX_DEPTH_CEILING));
        // a worker thread of a parallel Maven build has a smaller stack than main
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        reader.read(json, TreeReader.Syntax.JSON);
                        reader.read(json, TreeReader.Syntax.YAML);
                    } catch (TreeParseException e) {
                        throw new AssertionError(e);
                    }
                },
                "small-stack",
                512 * 1024);
        Throwable[] failure = {null};
        t.setUncaughtExceptionHandler((th, e) -> failure[0] = e);
        t.start();
        t.join();
        assertEquals(null, failure[0]);
    }
}
