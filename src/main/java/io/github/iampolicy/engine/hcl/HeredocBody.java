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

import io.github.iampolicy.engine.tree.TreeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a heredoc's body lines as one template. The flush form ({@code <<-EOF}) drops the indentation
 * common to the lines that hold more than white space; each character keeps its offset in the file, so that
 * values inside a heredoc are located where they are written.
 */
final class HeredocBody {

    private HeredocBody() {}

    /** {@code lines}: start and end (before the line end) offsets of each body line in {@code text}. */
    static TemplateScanner.Scanned scan(String text, List<int[]> lines, boolean flush, TemplateScanner templates)
            throws TreeParseException {
        int strip = flush ? commonIndent(text, lines) : 0;
        StringBuilder body = new StringBuilder();
        int[] offsets = new int[16];
        for (int[] l : lines) {
            int from = Math.min(l[0] + strip, l[1]);
            for (int k = from; k <= l[1]; k++) {
                if (body.length() == offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                }
                offsets[body.length()] = k;
                body.append(k < l[1] ? text.charAt(k) : '\n');
            }
        }
        return templates.scan(body.toString(), 0, Arrays.copyOf(offsets, body.length()), false);
    }

    private static int commonIndent(String text, List<int[]> lines) {
        int min = Integer.MAX_VALUE;
        for (int[] l : lines) {
            int k = l[0];
            while (k < l[1] && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            if (k < l[1]) {
                min = Math.min(min, k - l[0]);
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }
}
