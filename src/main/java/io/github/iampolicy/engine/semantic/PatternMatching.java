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
package io.github.iampolicy.engine.semantic;

import io.github.iampolicy.engine.text.Values;
import java.util.List;
import java.util.Locale;

/**
 * The evaluator's matching of action and resource patterns (src/site/markdown/semantic-analysis.md section 2):
 * wildcards by dynamic programming, policy variables substituted from the request, ARNs field by field.
 */
final class PatternMatching {

    static final int STAR = -1;
    static final int QMARK = -2;

    private PatternMatching() {}

    static boolean actionEntryMatches(String pattern, String action) {
        if (Values.hasUnknown(pattern)) {
            return false;
        }
        return glob(literalPattern(pattern.toLowerCase(Locale.ROOT)), action.toLowerCase(Locale.ROOT));
    }

    static boolean resourceEntryMatches(String entry, boolean vars, Request r) {
        int[] p = substitute(entry, vars, r);
        return p != null && arnMatches(p, r.resource());
    }

    /** The pattern with {@code *} and {@code ?} as wildcards and every other character literal. */
    static int[] literalPattern(String s) {
        int[] out = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[i] = c == '*' ? STAR : c == '?' ? QMARK : c;
        }
        return out;
    }

    /**
     * The pattern after policy-variable substitution: wildcards written in the text stay wildcards, text from
     * escapes, defaults and request values is literal. {@code null} when the entry matches nothing (a
     * variable without value, or an unknown template value).
     */
    static int[] substitute(String s, boolean vars, Request r) {
        if (Values.hasUnknown(s)) {
            return null;
        }
        if (!vars) {
            return literalPattern(s);
        }
        StringBuilder lits = new StringBuilder();
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int close = c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{' ? s.indexOf('}', i + 2) : -1;
            if (close < 0) {
                out.add(c == '*' ? STAR : c == '?' ? QMARK : (int) c);
                i++;
                continue;
            }
            String inner = s.substring(i + 2, close);
            i = close + 1;
            String value;
            if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
                value = inner;
            } else {
                String name = inner;
                String dflt = null;
                int comma = inner.indexOf(',');
                if (comma >= 0) {
                    name = inner.substring(0, comma);
                    String d = inner.substring(comma + 1).trim();
                    if (d.length() >= 2 && d.startsWith("'") && d.endsWith("'")) {
                        dflt = d.substring(1, d.length() - 1);
                    }
                }
                List<String> v = r.values(name.trim());
                value = v != null && !v.isEmpty() ? v.get(0) : dflt;
                if (value == null) {
                    return null;
                }
            }
            for (int k = 0; k < value.length(); k++) {
                out.add((int) value.charAt(k));
            }
        }
        lits.setLength(0);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whole-string match of a pattern ({@link #STAR}, {@link #QMARK}, characters) by dynamic programming. */
    static boolean glob(int[] p, String text) {
        return glob(p, 0, p.length, text);
    }

    static boolean glob(int[] p, int from, int to, String text) {
        int n = text.length();
        boolean[] row = new boolean[n + 1];
        row[0] = true;
        for (int i = from; i < to; i++) {
            boolean[] next = new boolean[n + 1];
            int pc = p[i];
            if (pc == STAR) {
                boolean any = false;
                for (int j = 0; j <= n; j++) {
                    any |= row[j];
                    next[j] = any;
                }
            } else {
                for (int j = 1; j <= n; j++) {
                    next[j] = row[j - 1] && (pc == QMARK || pc == text.charAt(j - 1));
                }
            }
            row = next;
        }
        return row[n];
    }

    /**
     * The resource rule of src/site/markdown/semantic-analysis.md section 2: split the pattern at its first five
     * literal {@code :} into k pieces and the resource at its first five {@code :} into m fields. Six pieces match six
     * fields one by one (the last field keeps further colons). Fewer pieces match as many fields, or, when the last
     * piece ends in {@code *}, the fields before it one by one and that piece the whole rest, colons included.
     */
    static boolean arnMatches(int[] p, String resource) {
        int[] cuts = new int[7];
        int k = 1;
        cuts[0] = -1;
        for (int i = 0; i < p.length && k < 6; i++) {
            if (p[i] == ':') {
                cuts[k++] = i;
            }
        }
        cuts[k] = p.length;
        String[] fields = resource.split(":", 6);
        int m = fields.length;
        if (k == 6) {
            return m == 6 && piecesMatch(p, cuts, fields, 6);
        }
        if (m == k && piecesMatch(p, cuts, fields, k)) {
            return true;
        }
        boolean trailingStar = cuts[k] - 1 > cuts[k - 1] && p[cuts[k] - 1] == STAR;
        if (!trailingStar || m < k) {
            return false;
        }
        if (!piecesMatch(p, cuts, fields, k - 1)) {
            return false;
        }
        // the rest of the resource after its (k-1)th colon
        int pos = 0;
        for (int i = 0; i < k - 1; i++) {
            pos = resource.indexOf(':', pos) + 1;
        }
        return glob(p, cuts[k - 1] + 1, cuts[k], resource.substring(pos));
    }

    private static boolean piecesMatch(int[] p, int[] cuts, String[] fields, int count) {
        for (int i = 0; i < count; i++) {
            if (!glob(p, cuts[i] + 1, cuts[i + 1], fields[i])) {
                return false;
            }
        }
        return true;
    }
}
