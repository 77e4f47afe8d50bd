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
package io.github.iampolicy.engine.hcl;

import io.github.iampolicy.engine.tree.Location;
import java.util.Arrays;

/**
 * Turns character offsets of a text into lines and columns, CR LF, CR and LF each ending one line as in the
 * JSON/YAML reader, so that positions agree whichever reader produced them.
 */
public final class LineIndex {

    private final int[] starts;
    private final int length;

    public LineIndex(String text) {
        int[] s = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
        this.length = text.length();
    }

    /** The location of the character at {@code offset}; past the end, the position after the last one. */
    public Location at(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int line = Arrays.binarySearch(starts, o);
        if (line < 0) {
            line = -line - 2;
        }
        return new Location(line + 1, o - starts[line] + 1);
    }

    /** The offset of {@code location}, clamped to the text. */
    public int offset(Location location) {
        int line = Math.max(1, Math.min(location.line(), starts.length)) - 1;
        return Math.min(length, starts[line] + Math.max(0, location.column() - 1));
    }
}
