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
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import io.github.iampolicy.engine.session.AnalysisSession;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When two resource patterns that both hold {@code ${aws:username}} relate to each other in the same way for
 * every caller name, so that the names the bounded search of {@link Aligned#meeting} did not find cannot
 * change a verdict. Only cheap, sound proofs; where none applies and no meeting name was found the check ends
 * UNKNOWN (issue 8): the names for which the patterns meet solve a word equation, which is not regular.
 */
final class WordEquations {

    /** The variable read as one letter no name and no pattern holds. */
    private static final char FRESH = '\uE001';

    private WordEquations() {}

    /**
     * Whether {@code q} and {@code r} provably relate the same way for every name: they never share a resource
     * (even with the variable of one of them widened
     * to {@code *}); or the text on one side of the variable is the same
     * wildcard-free literal in both, which cancels; or the texts around it never have the same length; or one contains the other with the variable a fresh letter.
     */
    static boolean uniform(AnalysisSession session, String q, String r) {
        if (Aligned.region(session, q, r).isEmpty()
                || Aligned.region(session, r, q).isEmpty()) {
            return true;
        }
        int[] tq = Languages.tokens(q, true).tokens();
        int[] tr = Languages.tokens(r, true).tokens();
        return sameLiteral(tq, tr, true)
                || sameLiteral(tq, tr, false)
                || otherLengths(q, r)
                || otherResourceLengths(tq, tr)
                || contained(q, r)
                || contained(r, q);
    }

    /**
     * A shared resource is as long as the name plus the text around the variable in each pattern: when the two
     * patterns' texts around it never have the same length, they never meet, whatever the name.
     */
    private static boolean otherLengths(String q, String r) {
        Automaton lq = lengths(Languages.resourceOnce(q, true, ""));
        Automaton lr = lengths(Languages.resourceOnce(r, true, ""));
        return lq.intersection(lr).isEmpty();
    }

    /**
     * The same in the resource field alone, where both variables stand after five literal {@code :}: a shared
     * ARN has one resource field (the text after its fifth colon), and a name holds no colon.
     */
    private static boolean otherResourceLengths(int[] q, int[] r) {
        int[] fq = resourceField(q);
        int[] fr = resourceField(r);
        return fq != null
                && fr != null
                && lengths(Languages.glob(fq, false))
                        .intersection(lengths(Languages.glob(fr, false)))
                        .isEmpty();
    }

    /** The tokens after the fifth literal colon without the variable, when the variable stands there. */
    private static int[] resourceField(int[] tokens) {
        int colons = 0;
        int i = 0;
        while (i < tokens.length && colons < 5) {
            if (tokens[i] == Languages.USER) {
                return null;
            }
            colons += tokens[i] == ':' ? 1 : 0;
            i++;
        }
        return colons < 5
                ? null
                : Arrays.stream(tokens, i, tokens.length)
                        .filter(t -> t != Languages.USER)
                        .toArray();
    }

    /** The lengths of {@code a}'s words, as words of one letter. */
    private static Automaton lengths(Automaton a) {
        Map<State, State> copy = new HashMap<>();
        for (State s : a.getStates()) {
            State c = new State();
            c.setAccept(s.isAccept());
            copy.put(s, c);
        }
        for (State s : a.getStates()) {
            for (Transition t : s.getTransitions()) {
                copy.get(s).addTransition(new Transition('a', copy.get(t.getDest())));
            }
        }
        Automaton out = new Automaton();
        out.setInitialState(copy.get(a.getInitialState()));
        out.setDeterministic(false);
        return out;
    }

    /**
     * {@code α·u·s} and {@code γ·u·s} with a literal {@code s} are one word only when {@code α = γ}, whatever
     * {@code u} is (and the mirror image for a common literal prefix): the name drops out of the comparison.
     */
    private static boolean sameLiteral(int[] q, int[] r, boolean suffix) {
        int[] a = side(q, suffix);
        int[] b = side(r, suffix);
        return a != null && Arrays.equals(a, b) && Arrays.stream(a).allMatch(t -> t >= 0);
    }

    private static int[] side(int[] tokens, boolean suffix) {
        int at = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] == Languages.USER) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        return suffix ? Arrays.copyOfRange(tokens, at + 1, tokens.length) : Arrays.copyOfRange(tokens, 0, at);
    }

    /**
     * {@code L(q[u]) ⊆ L(r[u])} for every name {@code u}: with the variable a fresh letter X, every word of
     * {@code q} with exactly one X (q's own) lies in {@code r}. There r's X must meet that same letter, so the
     * text before and after it matches r's text before and after the variable, and so it does with {@code u}
     * in place of X (a name holds no {@code :}, so no ARN field moves).
     */
    private static boolean contained(String q, String r) {
        Automaton other = Languages.range('\u0000', (char) (FRESH - 1))
                .union(Languages.range((char) (FRESH + 1), '\uffff'))
                .repeat();
        Automaton once = other.concatenate(BasicAutomata.makeChar(FRESH)).concatenate(other);
        String x = String.valueOf(FRESH);
        return Languages.resourceOnce(q, true, x).intersection(once).subsetOf(Languages.resourceOnce(r, true, x));
    }

    /**
     * Whether the difference of these statements is empty for every caller name by its form alone: each
     * candidate Allow list is also a candidate Deny or reference Allow list, and each reference Deny list also
     * a candidate Deny list (then Allow minus Deny minus (reference Allow minus reference Deny) is empty).
     */
    static boolean emptyForEveryName(
            RequestSpace run,
            List<RequestSpace.Stmt> cAllow,
            List<RequestSpace.Stmt> cDeny,
            List<RequestSpace.Stmt> rAllow,
            List<RequestSpace.Stmt> rDeny) {
        Set<RequestSpace.ResourceList> denied = run.listsOf(cDeny);
        Set<RequestSpace.ResourceList> covered = new HashSet<>(denied);
        covered.addAll(run.listsOf(rAllow));
        return covered.containsAll(run.listsOf(cAllow)) && denied.containsAll(run.listsOf(rDeny));
    }
}
