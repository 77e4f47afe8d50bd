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
package io.github.iampolicy.engine.rules.document;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.text.ArnFields;
import io.github.iampolicy.engine.text.PolicyTextLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * An ARN or ARN pattern split into its six fields, {@code arn:partition:service:region:account:resource},
 * and turned into an automaton for matching.
 *
 * <p>Unlike {@link io.github.iampolicy.engine.text.Arn}, the split treats a policy variable
 * ({@code ${aws:PrincipalTag/team}}) and an unknown-value token as one piece, so a {@code :} inside a
 * variable does not start a new field. Automata are built with {@link BasicAutomata} only, never from a
 * regular expression over policy text.
 *
 * <p>Matching model ("Resources" in src/site/markdown/rules/index.md): in the first five fields {@code *} matches any
 * run of characters other than {@code :} and {@code ?} one such character; in the resource field they match any
 * characters. A policy variable or an unknown value stands for any text of its field, and the escapes {@code ${*}},
 * {@code ${?}}, {@code ${$}} for the literal character.
 */
final class ArnText {

    /** One element of a field: a literal character or a wildcard. */
    enum Kind {
        LITERAL,
        STAR,
        ONE,
        ANY
    }

    record Piece(Kind kind, char c) {}

    /** The catalog's ARN formats as automata, memoised in the analysis session. */
    private static final CacheKey<String, Automaton> FORMATS = new CacheKey<>("ARN format automata", 4096);

    private final List<String> fields;
    private final List<List<Piece>> pieces;
    /** Built on first use; an ArnText is confined to the rule run that parsed it. */
    private Automaton automaton;

    private ArnText(List<String> fields, List<List<Piece>> pieces) {
        this.fields = List.copyOf(fields);
        this.pieces = List.copyOf(pieces);
    }

    /** The six fields of a resolved policy value, or {@code null} when it is not ARN shaped. */
    static ArnText parse(String value) {
        return split(value, false);
    }

    /** A catalog ARN format (with or without its {@code ^...$} anchors) as fields, or {@code null}. */
    static ArnText parseFormat(String format) {
        return split(unanchored(format), true);
    }

    /** The pieces of each field. */
    List<List<Piece>> pieces() {
        return pieces;
    }

    /** The field texts: {@code arn}, partition, service, region, account, resource. */
    List<String> fields() {
        return fields;
    }

    String account() {
        return fields.get(4);
    }

    /**
     * Whether {@code value}'s text is ARN shaped: starts with {@code arn:} and has six fields, the
     * resource field keeping further {@code :}.
     */
    static boolean isArnShaped(String value) {
        return parse(value) != null;
    }

    /** The number of {@code :}-separated fields of {@code value} (variables counted as one piece). */
    static int fieldCount(String value) {
        return scan(value, false, Integer.MAX_VALUE).size();
    }

    /** The automaton of this pattern over whole ARNs. */
    Automaton automaton() {
        if (automaton == null) {
            automaton = build(pieces);
            automaton.minimize();
        }
        return automaton;
    }

    /**
     * Whether some ARN matches both this pattern and the catalog's ARN format {@code format}
     * ({@code ${...}} fields are wildcards). Answers and formats' automata are memoised in the session of
     * {@code catalog}.
     */
    boolean intersects(ActionCatalog catalog, String format) {
        return catalog.cache(INTERSECTS)
                .get(String.join(":", fields) + '\u0000' + format, k -> computeIntersects(catalog, format));
    }

    private static final CacheKey<String, Boolean> INTERSECTS = new CacheKey<>("ARN pattern meets format", 50_000);

    private boolean computeIntersects(ActionCatalog catalog, String format) {
        ArnText f = parseFormat(format);
        Boolean simple = f == null ? Boolean.TRUE : FieldShapes.intersect(pieces, f.pieces);
        return simple != null ? simple : intersectsByAutomata(catalog, format);
    }

    /** The answer with automata, whatever the shapes of the two; {@link #intersects} needs it rarely. */
    boolean intersectsByAutomata(ActionCatalog catalog, String format) {
        Automaton f = catalog.cache(FORMATS).get(format, ArnText::formatAutomaton);
        if (f == null) {
            return true;
        }
        Automaton mine = automaton();
        // brics automata cache internal state when used; the shared format automaton is used by one thread at a time.
        synchronized (f) {
            return !mine.intersection(f).isEmpty();
        }
    }

    private static String unanchored(String format) {
        String f = format.startsWith("^") ? format.substring(1) : format;
        return f.endsWith("$") ? f.substring(0, f.length() - 1) : f;
    }

    private static Automaton formatAutomaton(String format) {
        ArnText t = split(unanchored(format), true);
        if (t == null) {
            // A format that is not ARN shaped cannot be judged: treat it as matching everything.
            return BasicAutomata.makeAnyString();
        }
        return t.automaton();
    }

    private static ArnText split(String value, boolean format) {
        if (!value.startsWith("arn:")) {
            return null;
        }
        List<Field> raw = scan(value, format, ArnFields.ARN_FIELDS);
        if (raw.size() < 6) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        List<List<Piece>> pieces = new ArrayList<>();
        for (Field f : raw) {
            texts.add(f.text.toString());
            pieces.add(f.pieces);
        }
        return new ArnText(texts, pieces);
    }

    private static final class Field {
        final StringBuilder text = new StringBuilder();
        final List<Piece> pieces = new ArrayList<>();

        void add(String source, Kind kind, char c) {
            text.append(source);
            pieces.add(new Piece(kind, c));
        }
    }

    /** Splits at {@code :} outside variables and tokens into at most {@code max} fields. */
    private static List<Field> scan(String s, boolean format, int max) {
        List<Field> out = new ArrayList<>();
        for (List<PolicyTextLexer.Token> tokens : ArnFields.split(s, max)) {
            Field cur = new Field();
            out.add(cur);
            for (PolicyTextLexer.Token t : tokens) {
                switch (t.kind()) {
                    case LITERAL, UNTERMINATED -> {
                        for (int i = 0; i < t.text().length(); i++) {
                            char c = t.text().charAt(i);
                            cur.add(String.valueOf(c), Kind.LITERAL, c);
                        }
                    }
                    // in a catalog format * is any text and ? the character itself
                    case WILDCARD_STAR -> cur.add("*", format ? Kind.ANY : Kind.STAR, '*');
                    case WILDCARD_QUESTION -> cur.add("?", format ? Kind.LITERAL : Kind.ONE, '?');
                    case ESCAPE -> cur.add(t.text(), format ? Kind.ANY : Kind.LITERAL, t.escaped());
                    case VARIABLE, PLACEHOLDER, UNKNOWN -> cur.add(t.text(), Kind.ANY, ' ');
                }
            }
        }
        return out;
    }

    private static Automaton build(List<List<Piece>> fields) {
        Automaton notColon = BasicAutomata.makeCharRange('\u0000', (char) (':' - 1))
                .union(BasicAutomata.makeCharRange((char) (':' + 1), '\uffff'));
        List<Automaton> parts = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (f > 0) {
                parts.add(BasicAutomata.makeChar(':'));
            }
            boolean resource = f == fields.size() - 1;
            for (Piece p : fields.get(f)) {
                parts.add(
                        switch (p.kind()) {
                            case LITERAL -> BasicAutomata.makeChar(p.c());
                            case ONE -> resource ? BasicAutomata.makeAnyChar() : notColon.clone();
                            case STAR, ANY -> resource ? BasicAutomata.makeAnyString() : notColon.repeat();
                        });
            }
        }
        return Automaton.concatenate(parts);
    }
}
