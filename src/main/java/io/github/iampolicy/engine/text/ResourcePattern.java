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

import io.github.iampolicy.engine.text.PolicyTextLexer.Braces;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code Resource} or {@code NotResource} entry as every part of the engine reads it: the document rules
 * (resource type and ARN checks), the self-management rules and the semantic checker. One immutable value:
 * the entry's {@link PolicyTextLexer} tokens, one per character of literal text, each with what IAM reads in it
 * ({@link Kind}) and the lexical token it came from; and the same tokens split into ARN fields
 * ({@code arn:partition:service:region:account:resource}) at the first five literal {@code :} ({@link
 * ArnFields}), so a {@code :} inside a variable or an unknown value never splits.
 *
 * <p>What a token matches is each reader's model, written next to it: in the document rules a variable is any
 * text of its field and {@code *} stays in its field; in the self-management rules {@code ${aws:username}} is
 * one user name and another variable a fixed unknown string; in the semantic checker the caller's name is
 * bound into a language. They share this reading of the text, so they cannot disagree on where a variable,
 * escape or field starts and ends.
 */
public final class ResourcePattern {

    /** What IAM reads in one token. */
    public enum Kind {
        /** One character standing for itself, also one written as an escape ({@code ${*}}). */
        LITERAL,
        /** {@code *}. */
        STAR,
        /** {@code ?}. */
        ONE,
        /** {@code ${aws:username}} (the key in any case, without a default): the caller's name. */
        SELF,
        /** Another policy variable ({@code ${aws:PrincipalTag/team}}, {@code ${aws:username, 'x'}}). */
        VARIABLE,
        /** An unknown template value, or a placeholder {@code ${name}} that escaped template resolution. */
        UNKNOWN
    }

    /**
     * One token of an entry.
     *
     * @param kind   what IAM reads in it
     * @param c      the character of a {@link Kind#LITERAL} (of an escape: the escaped one); otherwise unused
     * @param source its text in the entry
     * @param from   the lexical token it is (part of)
     */
    public record Token(Kind kind, char c, String source, PolicyTextLexer.Kind from) {

        public boolean isLiteral(char ch) {
            return kind == Kind.LITERAL && c == ch;
        }
    }

    private final String text;
    private final List<Token> tokens;
    private final List<List<Token>> fields;

    private ResourcePattern(String text, List<Token> tokens, List<List<Token>> fields) {
        this.text = text;
        this.tokens = tokens;
        this.fields = fields;
    }

    /** Reads a resolved entry, {@code ${...}} closing at the first <code>}</code> as IAM reads it. */
    public static ResourcePattern of(String text) {
        return of(text, Braces.FIRST_CLOSE);
    }

    /** Reads an entry; {@link Braces#NONE} for a policy without variables (version 2008-10-17). */
    public static ResourcePattern of(String text, Braces braces) {
        List<PolicyTextLexer.Token> lexed = PolicyTextLexer.lex(text, braces);
        List<List<Token>> fields = new ArrayList<>();
        for (List<PolicyTextLexer.Token> field : ArnFields.split(lexed, ArnFields.ARN_FIELDS)) {
            fields.add(List.copyOf(tokens(field)));
        }
        return new ResourcePattern(text, List.copyOf(tokens(lexed)), List.copyOf(fields));
    }

    private static List<Token> tokens(List<PolicyTextLexer.Token> lexed) {
        List<Token> out = new ArrayList<>();
        for (PolicyTextLexer.Token t : lexed) {
            switch (t.kind()) {
                case LITERAL, UNTERMINATED -> {
                    for (int i = 0; i < t.text().length(); i++) {
                        char c = t.text().charAt(i);
                        out.add(new Token(Kind.LITERAL, c, String.valueOf(c), t.kind()));
                    }
                }
                case WILDCARD_STAR -> out.add(new Token(Kind.STAR, '*', "*", t.kind()));
                case WILDCARD_QUESTION -> out.add(new Token(Kind.ONE, '?', "?", t.kind()));
                case UNKNOWN -> out.add(new Token(Kind.UNKNOWN, ' ', t.text(), t.kind()));
                case ESCAPE, VARIABLE, PLACEHOLDER -> out.add(braced(t));
            }
        }
        return out;
    }

    /** A closed {@code ${...}} by its trimmed body; the whole body must name the user to stand for the user. */
    private static Token braced(PolicyTextLexer.Token t) {
        String name = t.body().trim();
        if (name.equals("*") || name.equals("?") || name.equals("$")) {
            return new Token(Kind.LITERAL, name.charAt(0), t.text(), t.kind());
        }
        if (name.toLowerCase(Locale.ROOT).equals("aws:username")) {
            return new Token(Kind.SELF, ' ', t.text(), t.kind());
        }
        // a placeholder that escaped template resolution is an unknown value all the same
        return new Token(name.indexOf(':') >= 0 ? Kind.VARIABLE : Kind.UNKNOWN, ' ', t.text(), t.kind());
    }

    public String text() {
        return text;
    }

    /** Every token, in order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The tokens split at the first five literal colons: at most six fields, at least one. */
    public List<List<Token>> fields() {
        return fields;
    }

    /** The source text of field {@code i} (0: {@code arn}, 4: the account, 5: the resource). */
    public String fieldText(int i) {
        StringBuilder b = new StringBuilder();
        fields.get(i).forEach(t -> b.append(t.source()));
        return b.toString();
    }

    /** Whether the entry is ARN shaped: starts with {@code arn:} and has six fields. */
    public boolean isArnShaped() {
        return text.startsWith("arn:") && fields.size() == ArnFields.ARN_FIELDS;
    }

    /** The number of {@code :}-separated fields of {@code value}, a variable or unknown value counted as one piece. */
    public static int fieldCount(String value) {
        return ArnFields.split(value, Integer.MAX_VALUE).size();
    }

    /** True when the entry is only {@code *} wildcards ({@code "*"}): it matches every resource. */
    public boolean isAllStar() {
        return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.kind() == Kind.STAR);
    }

    /** True when the entry is one unknown value and nothing else (e.g. a Terraform {@code ${aws_iam_user.x.arn}}). */
    public boolean isWhollyUnknown() {
        return tokens.size() == 1 && tokens.get(0).kind() == Kind.UNKNOWN;
    }

    public boolean hasUnknownOrVariable() {
        return tokens.stream().anyMatch(t -> t.kind() == Kind.UNKNOWN || t.kind() == Kind.VARIABLE);
    }

    /** The tokens of the resource field after its last literal {@code /} (the name). */
    public List<Token> nameTokens() {
        List<Token> last = fields.get(fields.size() - 1);
        int slash = -1;
        for (int i = 0; i < last.size(); i++) {
            if (last.get(i).isLiteral('/')) {
                slash = i;
            }
        }
        return last.subList(slash + 1, last.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourcePattern p && p.text.equals(text) && p.tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
