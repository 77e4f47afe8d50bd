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
import io.github.iampolicy.engine.text.ResourcePattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The document rules' matching of a {@link ResourcePattern}: an automaton over whole ARNs, and whether a
 * pattern meets a catalog ARN format. Automata are built with {@link BasicAutomata} only, never from a
 * regular expression over policy text.
 *
 * <p>Matching model ("Resources" in src/site/markdown/rules/index.md): in the first five fields {@code *} matches any
 * run of characters other than {@code :} and {@code ?} one such character; in the resource field they match any
 * characters. A policy variable or an unknown value stands for any text of its field, and the escapes {@code ${*}},
 * {@code ${?}}, {@code ${$}} for the literal character. In a catalog format {@code *}, an escape and a
 * {@code ${...}} field are any text and {@code ?} is the character itself.
 */
final class ArnMatching {

    /** What one element of a field is: a literal character or a wildcard. */
    enum Kind {
        LITERAL,
        STAR,
        ONE,
        ANY
    }

    /** One element of a field. */
    record Piece(Kind kind, char c) {}

    /** The catalog's ARN formats as automata, memoised in the analysis session. */
    private static final CacheKey<String, Automaton> FORMATS = new CacheKey<>("ARN format automata", 4096);

    private static final CacheKey<String, Boolean> INTERSECTS = new CacheKey<>("ARN pattern meets format", 50_000);

    private ArnMatching() {}

    /** The automaton of an ARN-shaped policy pattern over whole ARNs, minimal. */
    static Automaton automaton(ResourcePattern pattern) {
        Automaton a = build(pattern, false);
        a.minimize();
        return a;
    }

    /**
     * Whether some ARN matches both the ARN-shaped {@code pattern} and the catalog's ARN format {@code format}.
     * Answers and formats' automata are memoised in the session of {@code catalog}.
     */
    static boolean intersects(ActionCatalog catalog, ResourcePattern pattern, String format) {
        String fields = String.join(
                ":",
                java.util.stream.IntStream.range(0, pattern.fields().size())
                        .mapToObj(pattern::fieldText)
                        .toList());
        return catalog.cache(INTERSECTS)
                .get(fields + '\u0000' + format, k -> computeIntersects(catalog, pattern, format));
    }

    private static boolean computeIntersects(ActionCatalog catalog, ResourcePattern pattern, String format) {
        ResourcePattern f = formatPattern(format);
        // nearly every pattern and format is literal text with a final wildcard per field: no automaton needed
        Boolean simple =
                f.isArnShaped() ? FieldShapes.intersect(pieces(pattern, false), pieces(f, true)) : Boolean.TRUE;
        return simple != null ? simple : intersectsByAutomata(catalog, pattern, format);
    }

    /** The answer with automata, whatever the shapes of the two; {@link #intersects} needs it rarely. */
    static boolean intersectsByAutomata(ActionCatalog catalog, ResourcePattern pattern, String format) {
        Automaton f = catalog.cache(FORMATS).get(format, ArnMatching::formatAutomaton);
        if (f == null) {
            return true;
        }
        Automaton mine = automaton(pattern);
        // brics automata cache internal state when used; the shared format automaton is used by one thread at a time.
        synchronized (f) {
            return !mine.intersection(f).isEmpty();
        }
    }

    /** A catalog ARN format, with or without its {@code ^...$} anchors, read as a pattern. */
    static ResourcePattern formatPattern(String format) {
        String f = format.startsWith("^") ? format.substring(1) : format;
        return ResourcePattern.of(f.endsWith("$") ? f.substring(0, f.length() - 1) : f);
    }

    /** The pieces of each field: of a policy pattern, or of a catalog format ({@code format}). */
    static List<List<Piece>> pieces(ResourcePattern pattern, boolean format) {
        List<List<Piece>> out = new ArrayList<>();
        for (List<ResourcePattern.Token> field : pattern.fields()) {
            out.add(field.stream().map(t -> element(t, format)).toList());
        }
        return out;
    }

    private static Automaton formatAutomaton(String format) {
        ResourcePattern p = formatPattern(format);
        if (!p.isArnShaped()) {
            // A format that is not ARN shaped cannot be judged: treat it as matching everything.
            return BasicAutomata.makeAnyString();
        }
        Automaton a = build(p, true);
        a.minimize();
        return a;
    }

    /** The element a token is: a policy pattern's reading, or a catalog format's ({@code format}). */
    private static Piece element(ResourcePattern.Token t, boolean format) {
        return switch (t.from()) {
            case LITERAL, UNTERMINATED -> new Piece(Kind.LITERAL, t.c());
            case WILDCARD_STAR -> new Piece(format ? Kind.ANY : Kind.STAR, '*');
            case WILDCARD_QUESTION -> new Piece(format ? Kind.LITERAL : Kind.ONE, '?');
            case ESCAPE -> new Piece(format ? Kind.ANY : Kind.LITERAL, t.c());
            case VARIABLE, PLACEHOLDER, UNKNOWN -> new Piece(Kind.ANY, ' ');
        };
    }

    private static Automaton build(ResourcePattern pattern, boolean format) {
        Automaton notColon = BasicAutomata.makeCharRange('\u0000', (char) (':' - 1))
                .union(BasicAutomata.makeCharRange((char) (':' + 1), '\uffff'));
        List<List<ResourcePattern.Token>> fields = pattern.fields();
        List<Automaton> parts = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (f > 0) {
                parts.add(BasicAutomata.makeChar(':'));
            }
            boolean resource = f == fields.size() - 1;
            for (ResourcePattern.Token t : fields.get(f)) {
                Piece e = element(t, format);
                parts.add(
                        switch (e.kind()) {
                            case LITERAL -> BasicAutomata.makeChar(e.c());
                            case ONE -> resource ? BasicAutomata.makeAnyChar() : notColon.clone();
                            case STAR, ANY -> resource ? BasicAutomata.makeAnyString() : notColon.repeat();
                        });
            }
        }
        return Automaton.concatenate(parts);
    }
}
