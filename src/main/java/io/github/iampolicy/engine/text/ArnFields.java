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

/**
 * How a resource entry splits: its {@link PolicyTextLexer} tokens split into ARN
 * fields ({@code arn:partition:service:region:account:resource}) at literal {@code :}. A {@code :} inside a
 * policy variable ({@code ${aws:PrincipalTag/team}}) or an unknown value never splits, and after the fifth split
 * the resource field keeps further colons. {@link ResourcePattern} holds the fields of an entry for every reader
 * (document rules, self-management rules, semantic checker); they differ only in what a token matches.
 */
public final class ArnFields {

    /** Fields of an ARN; the resource field is the sixth. */
    public static final int ARN_FIELDS = 6;

    private ArnFields() {}

    /** The fields of {@code tokens}, at most {@code max}; always at least one (possibly empty) field. */
    public static List<List<PolicyTextLexer.Token>> split(List<PolicyTextLexer.Token> tokens, int max) {
        List<List<PolicyTextLexer.Token>> out = new ArrayList<>();
        List<PolicyTextLexer.Token> cur = new ArrayList<>();
        out.add(cur);
        for (PolicyTextLexer.Token t : tokens) {
            if (t.kind() != PolicyTextLexer.Kind.LITERAL || t.text().indexOf(':') < 0) {
                cur.add(t);
                continue;
            }
            String s = t.text();
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == ':' && out.size() < max) {
                    addLiteral(cur, t, from, i);
                    cur = new ArrayList<>();
                    out.add(cur);
                    from = i + 1;
                }
            }
            addLiteral(cur, t, from, s.length());
        }
        return out;
    }

    /** The fields of {@code text} split at literal colons, at most {@code max}. */
    public static List<List<PolicyTextLexer.Token>> split(String text, int max) {
        return split(PolicyTextLexer.lex(text), max);
    }

    /** The source text of some tokens. */
    public static String text(List<PolicyTextLexer.Token> tokens) {
        StringBuilder b = new StringBuilder();
        tokens.forEach(t -> b.append(t.text()));
        return b.toString();
    }

    private static void addLiteral(List<PolicyTextLexer.Token> field, PolicyTextLexer.Token t, int from, int to) {
        if (from < to) {
            String part = t.text().substring(from, to);
            field.add(new PolicyTextLexer.Token(
                    PolicyTextLexer.Kind.LITERAL, t.start() + from, t.start() + to, part, part));
        }
    }
}
