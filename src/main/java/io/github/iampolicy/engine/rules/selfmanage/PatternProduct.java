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
package io.github.iampolicy.engine.rules.selfmanage;

import io.github.iampolicy.engine.text.ResourcePattern.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The self-management rules' matching of a {@link io.github.iampolicy.engine.text.ResourcePattern}: questions
 * about what an entry can match are answered by a small product of two non-deterministic automata (the entry and
 * a target language), never by sampling strings, so the answers are exact for these abstractions:
 * <ul>
 * <li>{@code *} is any run of characters, {@code ?} one character (both <em>wildcards</em>);</li>
 * <li>{@code ${aws:username}} (key case-insensitive) is one fixed, non-empty user name without {@code /};</li>
 * <li>another variable ({@code ${aws:userid}}, {@code ${aws:PrincipalTag/team}}) and an unknown value are
 * one fixed but arbitrary string: they can stand for anything, but never for a wildcard, so they never
 * hide a {@code *} next to them;</li>
 * <li>{@code ${*}}, {@code ${?}}, {@code ${$}} are the literal characters.</li>
 * </ul>
 * Wildcards of the first five ARN fields stay in their field; in the sixth (the resource) they match any
 * characters, {@code :} and {@code /} included; a pattern of fewer than six fields whose last field ends with
 * {@code *} matches across the remaining colons ("Resources" in src/site/markdown/rules/index.md).
 *
 * <p>Elements are one character ({@code one}) or any run ({@code rep}) of a character set, or a literal.
 */
final class PatternProduct {

    private PatternProduct() {}

    /** Character sets. MARK only matches a character produced by a wildcard of the entry. */
    enum Chars {
        ALL,
        NAME,
        MARK
    }

    /** One automaton element: a literal, one character of a set, or any run of a set. */
    record El(boolean literal, char c, boolean repeat, Chars set, boolean wild) {
        static El lit(char c) {
            return new El(true, c, false, null, false);
        }

        static El one(Chars s, boolean wild) {
            return new El(false, ' ', false, s, wild);
        }

        static El rep(Chars s, boolean wild) {
            return new El(false, ' ', true, s, wild);
        }
    }

    /** The automaton elements of some tokens of an entry. */
    static List<El> elements(List<Token> toks) {
        List<El> out = new ArrayList<>();
        for (Token t : toks) {
            switch (t.kind()) {
                case LITERAL -> out.add(El.lit(t.c()));
                case ONE -> out.add(El.one(Chars.ALL, true));
                case STAR -> out.add(El.rep(Chars.ALL, true));
                case UNKNOWN, VARIABLE -> out.add(El.rep(Chars.ALL, false));
                case SELF -> {
                    out.add(El.one(Chars.NAME, false));
                    out.add(El.rep(Chars.NAME, false));
                }
            }
        }
        return out;
    }

    /** Target elements of a literal text. */
    static List<El> literal(String s) {
        List<El> out = new ArrayList<>();
        for (char c : s.toCharArray()) {
            out.add(El.lit(c));
        }
        return out;
    }

    /** Whether some string is matched by both the entry elements {@code p} and the target {@code t}. */
    static boolean intersects(List<El> p, List<El> t) {
        int n = p.size();
        int m = t.size();
        boolean[][] seen = new boolean[n + 1][m + 1];
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        seen[0][0] = true;
        while (!work.isEmpty()) {
            int[] s = work.pop();
            int i = s[0];
            int j = s[1];
            if (i == n && j == m) {
                return true;
            }
            // epsilon moves: skip a repeat
            if (i < n && p.get(i).repeat()) {
                visit(seen, work, i + 1, j);
            }
            if (j < m && t.get(j).repeat()) {
                visit(seen, work, i, j + 1);
            }
            if (i < n && j < m && compatible(p.get(i), t.get(j))) {
                visit(seen, work, p.get(i).repeat() ? i : i + 1, t.get(j).repeat() ? j : j + 1);
                // a repeat may also consume its last character and move on in one step; covered by the
                // epsilon move from the state reached above
            }
        }
        return false;
    }

    private static void visit(boolean[][] seen, Deque<int[]> work, int i, int j) {
        if (!seen[i][j]) {
            seen[i][j] = true;
            work.push(new int[] {i, j});
        }
    }

    /** Whether one character can be consumed by entry element {@code a} and target element {@code b} at once. */
    private static boolean compatible(El a, El b) {
        if (a.literal()) {
            if (b.literal()) {
                return a.c() == b.c();
            }
            return switch (b.set()) {
                case ALL -> true;
                case NAME -> a.c() != '/';
                case MARK -> false;
            };
        }
        if (b.literal()) {
            return a.set() == Chars.ALL || b.c() != '/';
        }
        return b.set() != Chars.MARK || a.wild();
    }
}
