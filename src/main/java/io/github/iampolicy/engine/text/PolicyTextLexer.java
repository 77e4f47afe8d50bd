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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads resolved policy text into tokens: literal runs, the wildcards {@code *} and {@code ?}, policy
 * variables {@code ${service:key}} (with an optional default, {@code ${aws:username, 'x'}}), the escapes
 * {@code ${*}}, {@code ${?}}, {@code ${$}}, placeholders {@code ${name}} that survived template resolution,
 * unknown values written by the discovery layer ({@link Values#START} hint {@link Values#END}) and a
 * <code>${</code> that is never closed.
 *
 * <p>This is the one reading of {@code ${...}} in policy text; rules and the semantic checker decide what
 * each token means for them (a variable may be a wildcard to one and a user name to another), but not where
 * it starts and ends. Template syntax (<code>$${</code>, <code>&amp;{</code>, CloudFormation's {@code ${!Literal}}) is
 * resolved before and is not read here.
 *
 * <p>Where a {@code ${...}} ends depends on {@link Braces}: IAM closes it at the first <code>}</code>
 * ({@link Braces#FIRST_CLOSE}, what every matching model uses); the variable check reads nested braces as one
 * piece ({@link Braces#BALANCED}) so it can report {@code ${a{b}c}} whole.
 */
public final class PolicyTextLexer {

    /** Token kinds. */
    public enum Kind {
        /** A run of characters that stand for themselves. */
        LITERAL,
        /** {@code *}: any run of characters. */
        WILDCARD_STAR,
        /** {@code ?}: one character. */
        WILDCARD_QUESTION,
        /** {@code ${name}} with a {@code :} in it, e.g. {@code ${aws:username}}, {@code ${aws:PrincipalTag/t, 'x'}}. */
        VARIABLE,
        /** {@code ${*}}, {@code ${?}} or {@code ${$}}: the literal character. */
        ESCAPE,
        /** {@code ${name}} without {@code :} (also <code>${}</code>): not a policy variable, literal text for AWS. */
        PLACEHOLDER,
        /** An unknown value the discovery layer wrote ({@link Values#unknown}); an unclosed one runs to the end. */
        UNKNOWN,
        /** A <code>${</code> with no closing <code>}</code>; only the two characters, lexing goes on after them. */
        UNTERMINATED
    }

    /** Where a {@code ${...}} ends. */
    public enum Braces {
        /** At the first <code>}</code> after <code>${</code>, as IAM reads it. */
        FIRST_CLOSE,
        /** At the <code>}</code> that balances the <code>{</code>, counting nested braces. */
        BALANCED,
        /** Nowhere: <code>${</code> is plain text, as in a policy of version 2008-10-17, which has no variables. */
        NONE
    }

    /**
     * One token: its kind, its extent {@code [start, end)} in the source, and its {@code body}: the text
     * between <code>${</code> and <code>}</code>, the hint of an unknown value, and the text itself otherwise.
     */
    public record Token(Kind kind, int start, int end, String text, String body) {

        /** Whether this is a {@code ${...}} that closes (variable, escape or placeholder). */
        public boolean isBraced() {
            return kind == Kind.VARIABLE || kind == Kind.ESCAPE || kind == Kind.PLACEHOLDER;
        }

        /**
         * The key of a variable or placeholder without its default, trimmed ({@code aws:username} for
         * {@code ${ aws:username, 'x'}}); the body for other tokens.
         */
        public String name() {
            if (kind != Kind.VARIABLE && kind != Kind.PLACEHOLDER) {
                return body;
            }
            int comma = body.indexOf(',');
            return (comma < 0 ? body : body.substring(0, comma)).trim();
        }

        /** Whether a variable's or placeholder's body has a {@code ,} (a default follows, well formed or not). */
        public boolean hasDefault() {
            return (kind == Kind.VARIABLE || kind == Kind.PLACEHOLDER) && body.indexOf(',') >= 0;
        }

        /** The text after the first {@code ,} of the body, stripped; {@code null} without one. */
        public String defaultText() {
            return hasDefault() ? body.substring(body.indexOf(',') + 1).strip() : null;
        }

        /**
         * The default value of {@code ${key, 'value'}} without its quotes; {@code null} when there is no
         * default or it is not quoted.
         */
        public String defaultValue() {
            String d = hasDefault() ? body.substring(body.indexOf(',') + 1).trim() : null;
            return d != null && d.length() >= 2 && d.startsWith("'") && d.endsWith("'")
                    ? d.substring(1, d.length() - 1)
                    : null;
        }

        /** Whether this is the variable {@code key} (compared ignoring case), with or without a default. */
        public boolean isVariable(String key) {
            return kind == Kind.VARIABLE && name().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT));
        }

        /** The character an {@link Kind#ESCAPE} stands for. */
        public char escaped() {
            if (kind != Kind.ESCAPE) {
                throw new IllegalStateException("not an escape: " + text);
            }
            return body.charAt(0);
        }
    }

    private PolicyTextLexer() {}

    /** The tokens of {@code s}, {@code ${...}} closing at the first <code>}</code>. */
    public static List<Token> lex(String s) {
        return lex(s, Braces.FIRST_CLOSE);
    }

    /** The tokens of {@code s}; their extents cover {@code s} without gaps, in order. */
    public static List<Token> lex(String s, Braces braces) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int lit = 0; // start of the pending literal run
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            Token t = null;
            if (c == '*') {
                t = new Token(Kind.WILDCARD_STAR, i, i + 1, "*", "*");
            } else if (c == '?') {
                t = new Token(Kind.WILDCARD_QUESTION, i, i + 1, "?", "?");
            } else if (c == '$' && braces != Braces.NONE && i + 1 < n && s.charAt(i + 1) == '{') {
                t = braced(s, i, braces);
            } else if (c == Values.START) {
                // readers neutralise markers in user text, so an unclosed one was cut short: unknown to the end,
                // as Values.replaceUnknown reads it
                int end = s.indexOf(Values.END, i + 1);
                int to = end < 0 ? n : end + 1;
                t = new Token(Kind.UNKNOWN, i, to, s.substring(i, to), s.substring(i + 1, end < 0 ? n : end));
            }
            if (t == null) {
                i++;
                continue;
            }
            if (lit < i) {
                out.add(literal(s, lit, i));
            }
            out.add(t);
            i = t.end();
            lit = i;
        }
        if (lit < n) {
            out.add(literal(s, lit, n));
        }
        return out;
    }

    /** Whether {@code s} holds a policy variable (a closed {@code ${...}} with a {@code :}). */
    public static boolean hasVariable(String s) {
        if (s.indexOf("${") < 0) {
            return false;
        }
        return lex(s).stream().anyMatch(t -> t.kind() == Kind.VARIABLE);
    }

    private static Token literal(String s, int from, int to) {
        String text = s.substring(from, to);
        return new Token(Kind.LITERAL, from, to, text, text);
    }

    private static Token braced(String s, int at, Braces braces) {
        int close = braces == Braces.BALANCED ? Values.matchingBrace(s, at + 1) : s.indexOf('}', at + 2);
        if (close < 0) {
            return new Token(Kind.UNTERMINATED, at, at + 2, "${", "");
        }
        String body = s.substring(at + 2, close);
        Kind kind;
        if (body.equals("*") || body.equals("?") || body.equals("$")) {
            kind = Kind.ESCAPE;
        } else if (body.indexOf(':') >= 0) {
            kind = Kind.VARIABLE;
        } else {
            kind = Kind.PLACEHOLDER;
        }
        return new Token(kind, at, close + 1, s.substring(at, close + 1), body);
    }
}
