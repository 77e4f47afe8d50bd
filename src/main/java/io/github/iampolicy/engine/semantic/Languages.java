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

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import dk.brics.automaton.BasicOperations;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.text.PolicyTextLexer;
import io.github.iampolicy.engine.text.PolicyTextLexer.Braces;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.text.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the regular languages of IAM patterns with {@code dk.brics.automaton}, from {@link BasicAutomata}
 * only (IAM text is never handed to {@code RegExp}). Every call returns fresh automata, so callers own them.
 *
 * <p>A pattern is first read into tokens independently of {@link Evaluator}, as the rules read it
 * ({@link ResourcePattern}): characters, {@code *}, {@code ?}, and policy variables. Only {@code ${aws:username}} is known to the checker; a pattern with any
 * other variable is reported by {@link #otherVariable} and kept out of the decided fragment.
 */
final class Languages {

    static final int STAR = -1;
    static final int QMARK = -2;
    static final int USER = -3;

    private Languages() {}

    /** A pattern read into tokens; {@code null} entries never occur. */
    record Tokens(int[] tokens, boolean matchesNothing) {}

    /**
     * Tokens of a resource or condition pattern. With {@code vars}, {@code ${aws:username}} (any case, with or
     * without a default) becomes {@link #USER} and the escapes become characters. An unknown template value
     * makes the pattern match nothing.
     */
    static Tokens tokens(String s, boolean vars) {
        if (Values.hasUnknown(s)) {
            return new Tokens(new int[0], true);
        }
        List<ResourcePattern.Token> read =
                ResourcePattern.of(s, vars ? Braces.FIRST_CLOSE : Braces.NONE).tokens();
        int[] out = new int[read.size()];
        for (int i = 0; i < out.length; i++) {
            ResourcePattern.Token t = read.get(i);
            out[i] = switch (t.from()) {
                case WILDCARD_STAR -> STAR;
                case WILDCARD_QUESTION -> QMARK;
                // the caller checked with otherVariable that a variable here is aws:username
                case VARIABLE, PLACEHOLDER -> USER;
                default -> t.c(); // a literal character or an escape's
            };
        }
        return new Tokens(out, false);
    }

    /**
     * {@code s} with each policy variable widened to {@code *}, read as {@link #tokens} reads them (escapes
     * such as {@code ${*}} stay). Callers pass patterns whose only variable is {@code aws:username}.
     */
    static String widenVariables(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (PolicyTextLexer.Token t : PolicyTextLexer.lex(s)) {
            out.append(t.isBraced() && t.kind() != PolicyTextLexer.Kind.ESCAPE ? "*" : t.text());
        }
        return out.toString();
    }

    /** The first variable other than {@code aws:username} in {@code s}, or {@code null}. */
    static String otherVariable(String s, boolean vars) {
        if (!vars) {
            return null;
        }
        for (PolicyTextLexer.Token t : PolicyTextLexer.lex(s)) {
            if (t.isBraced()
                    && t.kind() != PolicyTextLexer.Kind.ESCAPE
                    && !t.name().toLowerCase(Locale.ROOT).equals("aws:username")) {
                return t.text();
            }
        }
        return null;
    }

    /** The default of an {@code ${aws:username, 'x'}} occurrence is used when the caller has no user name. */
    static String userDefault(String s) {
        for (PolicyTextLexer.Token t : PolicyTextLexer.lex(s)) {
            if (t.defaultValue() != null) {
                return t.defaultValue();
            }
        }
        return null;
    }

    /** Number of {@link #USER} tokens. */
    static int userCount(Tokens t) {
        int n = 0;
        for (int x : t.tokens()) {
            n += x == USER ? 1 : 0;
        }
        return n;
    }

    /**
     * The resource language of a pattern for caller name {@code user} ({@code null}: no user name, so a
     * pattern using the variable matches nothing unless it has a default).
     */
    /** A pattern's language for one caller name ({@code null}: none). */
    private record PatternKey(boolean vars, String user, String pattern) {}

    static Automaton resource(AnalysisSession session, String pattern, boolean vars, String user) {
        // a null user (no caller name) is not the name "null": records compare it as null
        PatternKey key = new PatternKey(vars, user, pattern);
        io.github.iampolicy.engine.session.LruCache<PatternKey, Automaton> cache = session.cache(CACHE);
        Automaton a = cache.get(key);
        if (a == null) {
            a = build(pattern, vars, user);
            cache.put(key, a);
        }
        return a.clone();
    }

    /**
     * Pattern automata of the session; automata are mutable, so the cache keeps its own copy and callers only
     * ever get clones.
     */
    private static final CacheKey<PatternKey, Automaton> CACHE = new CacheKey<>("pattern automata", 4096);

    /**
     * The same language as {@link #resource}, neither cached nor minimised: for one-off emptiness tests of an
     * intersection, where minimising each operand costs more than the product itself.
     */
    static Automaton resourceOnce(String pattern, boolean vars, String user) {
        return build(pattern, vars, user, false);
    }

    private static Automaton build(String pattern, boolean vars, String user) {
        return build(pattern, vars, user, true);
    }

    private static Automaton build(String pattern, boolean vars, String user, boolean minimal) {
        Tokens t = tokens(pattern, vars);
        if (t.matchesNothing()) {
            return BasicAutomata.makeEmpty();
        }
        int[] p = bind(t.tokens(), user == null ? userDefault(pattern) : user);
        if (p == null) {
            return BasicAutomata.makeEmpty();
        }
        // split at the first five literal colons
        List<int[]> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < p.length && pieces.size() < 5; i++) {
            if (p[i] == ':') {
                pieces.add(java.util.Arrays.copyOfRange(p, start, i));
                start = i + 1;
            }
        }
        pieces.add(java.util.Arrays.copyOfRange(p, start, p.length));
        int k = pieces.size();
        if (k == 6) {
            Automaton a = fields(pieces, 5, pieces.get(5), true);
            if (minimal) {
                a.minimize();
            }
            return a;
        }
        Automaton exact = fields(pieces, k - 1, pieces.get(k - 1), false);
        int[] last = pieces.get(k - 1);
        if (last.length > 0 && last[last.length - 1] == STAR) {
            exact = exact.union(fields(pieces, k - 1, last, true));
        }
        if (minimal) {
            exact.minimize();
        }
        return exact;
    }

    /** Pieces 0..n-1 colon-free, joined by colons, then {@code tail} (which may span colons if {@code anyTail}). */
    private static Automaton fields(List<int[]> pieces, int n, int[] tail, boolean anyTail) {
        List<Automaton> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(glob(pieces.get(i), true));
            parts.add(BasicAutomata.makeChar(':'));
        }
        parts.add(glob(tail, !anyTail));
        return BasicOperations.concatenate(parts);
    }

    /** Substitutes the user name; {@code null} when a variable has no value. */
    private static int[] bind(int[] tokens, String user) {
        List<Integer> out = new ArrayList<>();
        for (int x : tokens) {
            if (x == USER) {
                if (user == null) {
                    return null;
                }
                user.chars().forEach(out::add);
            } else {
                out.add(x);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code *} and {@code ?} inside one field ({@code colonFree}) or anywhere. */
    static Automaton glob(int[] p, boolean colonFree) {
        List<Automaton> parts = new ArrayList<>();
        for (int x : p) {
            if (x == STAR) {
                parts.add(colonFree ? notColon().repeat() : BasicAutomata.makeAnyString());
            } else if (x == QMARK) {
                parts.add(colonFree ? notColon() : BasicAutomata.makeAnyChar());
            } else {
                parts.add(BasicAutomata.makeChar((char) x));
            }
        }
        return parts.isEmpty() ? BasicAutomata.makeEmptyString() : BasicOperations.concatenate(parts);
    }

    static Automaton notColon() {
        return BasicAutomata.makeCharRange('\u0000', (char) (':' - 1))
                .union(BasicAutomata.makeCharRange((char) (':' + 1), '\uffff'));
    }

    /** A lower-cased action pattern over action strings: {@code *} and {@code ?} span everything. */
    static Automaton action(String pattern) {
        return glob(PatternMatching.literalPattern(pattern.toLowerCase(Locale.ROOT)), false);
    }

    /** One character of {@code set}: a two-state DFA, whatever the size of the set. */
    static Automaton chars(String set) {
        dk.brics.automaton.State start = new dk.brics.automaton.State();
        dk.brics.automaton.State end = new dk.brics.automaton.State();
        end.setAccept(true);
        set.chars()
                .sorted()
                .distinct()
                .forEach(c -> start.addTransition(new dk.brics.automaton.Transition((char) c, end)));
        Automaton a = new Automaton();
        a.setInitialState(start);
        a.setDeterministic(true);
        a.reduce();
        return a;
    }

    static Automaton range(char lo, char hi) {
        return BasicAutomata.makeCharRange(lo, hi);
    }

    /** Case-insensitive single string. */
    static Automaton caseless(String s) {
        List<Automaton> parts = new ArrayList<>();
        for (char c : s.toCharArray()) {
            parts.add(chars("" + Character.toLowerCase(c) + Character.toUpperCase(c)));
        }
        return parts.isEmpty() ? BasicAutomata.makeEmptyString() : BasicOperations.concatenate(parts);
    }
}
