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

import io.github.iampolicy.engine.text.ArnFields;
import io.github.iampolicy.engine.text.PolicyTextLexer;
import io.github.iampolicy.engine.text.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A {@code Resource} entry read as IAM reads it: a sequence of tokens (literal characters, the wildcards
 * {@code *} and {@code ?}, the caller's name {@code ${aws:username}}, other policy variables, unknown
 * values), split into ARN fields at the first five literal {@code :}.
 *
 * <p>Questions about what an entry can match are answered by a small product of two non-deterministic
 * automata (the entry and a target language), never by sampling strings, so the answers are exact for the
 * abstractions below:
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
 */
public final class ResourcePattern {

    /** Token kinds of an entry. */
    enum Kind {
        LIT,
        ONE,
        STAR,
        SELF,
        VAR,
        UNKNOWN
    }

    record Token(Kind kind, char c) {
        boolean isLit(char ch) {
            return kind == Kind.LIT && c == ch;
        }
    }

    private final String text;
    private final List<Token> tokens;

    private ResourcePattern(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
    }

    /** Reads a resolved resource value (unknown values as {@link Values} tokens). */
    public static ResourcePattern of(String text) {
        return new ResourcePattern(text, tokens(PolicyTextLexer.lex(text)));
    }

    /** The entry tokens of some lexer tokens. */
    private static List<Token> tokens(List<PolicyTextLexer.Token> lexed) {
        List<Token> out = new ArrayList<>();
        for (PolicyTextLexer.Token t : lexed) {
            switch (t.kind()) {
                case LITERAL, UNTERMINATED -> {
                    for (int i = 0; i < t.text().length(); i++) {
                        out.add(new Token(Kind.LIT, t.text().charAt(i)));
                    }
                }
                case WILDCARD_STAR -> out.add(new Token(Kind.STAR, '*'));
                case WILDCARD_QUESTION -> out.add(new Token(Kind.ONE, '?'));
                case UNKNOWN -> out.add(new Token(Kind.UNKNOWN, ' '));
                case ESCAPE, VARIABLE, PLACEHOLDER -> out.add(braced(t.body().trim()));
            }
        }
        return out;
    }

    /** A closed {@code ${...}} by its trimmed body; the whole body must name the user to stand for the user. */
    private static Token braced(String name) {
        if (name.equals("*") || name.equals("?") || name.equals("$")) {
            return new Token(Kind.LIT, name.charAt(0));
        }
        if (name.toLowerCase(Locale.ROOT).equals("aws:username")) {
            return new Token(Kind.SELF, ' ');
        }
        // a placeholder that escaped template resolution is an unknown value all the same
        return new Token(name.indexOf(':') >= 0 ? Kind.VAR : Kind.UNKNOWN, ' ');
    }

    public String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** True when the entry is only {@code *} wildcards ({@code "*"}): it matches every resource. */
    public boolean isAllStar() {
        return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.kind() == Kind.STAR);
    }

    /** True when the entry is one unknown value and nothing else (e.g. a Terraform {@code ${aws_iam_user.x.arn}}). */
    public boolean isWhollyUnknown() {
        return tokens.size() == 1 && tokens.get(0).kind() == Kind.UNKNOWN;
    }

    boolean hasUnknownOrVariable() {
        return tokens.stream().anyMatch(t -> t.kind() == Kind.UNKNOWN || t.kind() == Kind.VAR);
    }

    /** The entry split at its first five literal colons (at most six pieces), as {@link ArnFields} splits it. */
    List<List<Token>> fields() {
        List<List<Token>> out = new ArrayList<>();
        for (List<PolicyTextLexer.Token> field : ArnFields.split(text, ArnFields.ARN_FIELDS)) {
            out.add(tokens(field));
        }
        return out;
    }

    /** The tokens of the last piece of the resource field after its last literal {@code /} (the name). */
    List<Token> nameTokens() {
        List<List<Token>> f = fields();
        List<Token> last = f.get(f.size() - 1);
        int slash = -1;
        for (int i = 0; i < last.size(); i++) {
            if (last.get(i).isLit('/')) {
                slash = i;
            }
        }
        return last.subList(slash + 1, last.size());
    }

    @Override
    public String toString() {
        return text;
    }

    // ---------------------------------------------------------------------------------------------------
    // Automata. Elements are one character (ONE) or any run (REP) of a character set, or a literal.

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
                case LIT -> out.add(El.lit(t.c()));
                case ONE -> out.add(El.one(Chars.ALL, true));
                case STAR -> out.add(El.rep(Chars.ALL, true));
                case UNKNOWN, VAR -> out.add(El.rep(Chars.ALL, false));
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
