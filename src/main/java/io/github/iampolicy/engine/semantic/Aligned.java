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
import io.github.iampolicy.engine.session.CacheKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names aligned with a literal pattern (src/site/markdown/semantic-analysis.md section 4): for a pattern
 * {@code q = α·${aws:username}·β} and a variable-free pattern {@code p},
 * {@code M(q,p) = { u | L(α)·u·L(β) ∩ L(p) ≠ ∅ }}, computed as a left and right quotient of p's DFA over the
 * product with q's DFA, where the variable is one marker character. A few short members of {@code M ∩ Names} become representative caller names.
 */
final class Aligned {

    private static final char MARK = '\uE000';

    private Aligned() {}

    /** A literal-pattern or meeting question: the pattern with the variable first. */
    private record Patterns(String withVariable, String other) {}

    /** Results are plain strings, so one cache serves every thread. */
    private static final CacheKey<Patterns, List<String>> CACHE = new CacheKey<>("aligned names", 4096);

    static List<String> names(AnalysisSession session, String q, String p) {
        return session.cache(CACHE).get(new Patterns(q, p), k -> List.copyOf(compute(session, q, p)));
    }

    /** Results of {@link #meeting}, plain strings again. */
    private static final CacheKey<Patterns, List<String>> MEETING = new CacheKey<>("meeting names", 4096);

    private static final int MEETING_TRIES = 64;
    private static final int MEETING_NAMES = 3;

    /**
     * Caller names for which two patterns that both hold the variable meet: {@code q} and {@code r} with the
     * same name substituted share a resource. The set is not regular in general (a word equation), so the
     * candidates are the shortest members, over the patterns' own characters and one fresh one, of the
     * regular over-approximation {@code M(q, r')} where {@code r'} is {@code r} with its variable widened to
     * {@code *}; each is kept only when the substituted patterns really meet. Found by the property test:
     * {@code ?b${u}} and {@code ${u}a?} meet for {@code ab}, not for the shortest member {@code a+}.
     */
    static List<String> meeting(AnalysisSession session, String q, String r) {
        return session.cache(MEETING).get(new Patterns(q, r), k -> List.copyOf(computeMeeting(session, q, r)));
    }

    /**
     * {@code M(q, p)} as one automaton over names: the callers for whom {@code q} and {@code p} share a resource
     * ({@code p} may hold the variable: it is widened to {@code *}, an over-approximation then).
     */
    static Automaton region(AnalysisSession session, String q, String p) {
        Automaton over = BasicAutomata.makeEmpty();
        for (Automaton m : memberships(session, q, Languages.widenVariables(p))) {
            over = over.union(m);
        }
        over.determinize();
        return over;
    }

    private static List<String> computeMeeting(AnalysisSession session, String q, String r) {
        Automaton over = region(session, q, r);
        if (over.isEmpty()) {
            return List.of();
        }
        StringBuilder alphabet = new StringBuilder();
        for (char c : (q + r).toCharArray()) {
            if (UserArns.isName(String.valueOf(c)) && alphabet.indexOf(String.valueOf(c)) < 0) {
                alphabet.append(c);
            }
        }
        for (char c : "zqxjk0".toCharArray()) {
            if (alphabet.indexOf(String.valueOf(c)) < 0) {
                alphabet.append(c);
                break;
            }
        }
        List<String> out = new ArrayList<>();
        ArrayDeque<Map.Entry<State, String>> queue = new ArrayDeque<>();
        queue.add(Map.entry(over.getInitialState(), ""));
        int tried = 0;
        while (!queue.isEmpty() && tried < MEETING_TRIES && out.size() < MEETING_NAMES) {
            Map.Entry<State, String> e = queue.poll();
            if (e.getKey().isAccept() && !e.getValue().isEmpty()) {
                tried++;
                Automaton both = Languages.resourceOnce(q, true, e.getValue())
                        .intersection(Languages.resourceOnce(r, true, e.getValue()));
                if (!both.isEmpty()) {
                    out.add(e.getValue());
                }
            }
            if (e.getValue().length() < 64) {
                for (char c : alphabet.toString().toCharArray()) {
                    State next = e.getKey().step(c);
                    if (next != null) {
                        queue.add(Map.entry(next, e.getValue() + c));
                    }
                }
            }
            if (queue.size() > 4 * MEETING_TRIES * alphabet.length()) {
                break; // a wide automaton: the shortest members are already queued
            }
        }
        return out;
    }

    private static List<String> compute(AnalysisSession session, String q, String p) {
        List<String> out = new ArrayList<>();
        for (Automaton named : memberships(session, q, p)) {
            String shortest = named.getShortestExample(true);
            if (shortest == null) {
                continue;
            }
            out.add(shortest);
            for (int extra = 1; extra <= 2; extra++) {
                int n = shortest.length() + extra;
                String longer = named.intersection(
                                Languages.range('\u0000', '\uffff').repeat(n, n))
                        .getShortestExample(true);
                if (longer != null) {
                    out.add(longer);
                }
            }
            if (out.size() > 16) {
                break;
            }
        }
        return out;
    }

    /** Per pair of states right after the marker, the names (as an automaton) aligned there. */
    private static List<Automaton> memberships(AnalysisSession session, String q, String p) {
        Automaton qa = Languages.resource(session, q, true, String.valueOf(MARK));
        Automaton pa = Languages.resource(session, p, true, null);
        qa.determinize();
        pa.determinize();
        // forward reachable pairs, then the pairs right after the marker; sorted transitions make the order of
        // the pairs, and so of the names suggested, the same in every run (State hashes are identities)
        Map<State, Set<State>> reach = new HashMap<>();
        ArrayDeque<State[]> work = new ArrayDeque<>();
        add(reach, work, qa.getInitialState(), pa.getInitialState());
        Set<List<State>> starts = new LinkedHashSet<>();
        while (!work.isEmpty()) {
            State[] pair = work.poll();
            State afterMark = pair[0].step(MARK);
            if (afterMark != null) {
                starts.add(List.of(afterMark, pair[1]));
            }
            for (Transition tq : pair[0].getSortedTransitions(false)) {
                for (Transition tp : pair[1].getSortedTransitions(false)) {
                    if (overlapsWithoutMark(tq, tp)) {
                        add(reach, work, tq.getDest(), tp.getDest());
                    }
                }
            }
        }
        if (starts.isEmpty()) {
            return List.of();
        }
        // pairs from which both automata can accept together
        Set<List<State>> live = new HashSet<>();
        List<State> qs = new ArrayList<>(qa.getStates());
        List<State> ps = new ArrayList<>(pa.getStates());
        for (State a : qs) {
            for (State b : ps) {
                if (a.isAccept() && b.isAccept()) {
                    live.add(List.of(a, b));
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (State a : qs) {
                for (State b : ps) {
                    List<State> pair = List.of(a, b);
                    if (live.contains(pair)) {
                        continue;
                    }
                    outer:
                    for (Transition tq : a.getTransitions()) {
                        for (Transition tp : b.getTransitions()) {
                            if (overlapsWithoutMark(tq, tp) && live.contains(List.of(tq.getDest(), tp.getDest()))) {
                                live.add(pair);
                                changed = true;
                                break outer;
                            }
                        }
                    }
                }
            }
        }
        List<Automaton> out = new ArrayList<>();
        for (List<State> start : starts) {
            Automaton m = copy(pa, start.get(1), b -> live.contains(List.of(start.get(0), b)));
            out.add(m.intersection(UserArns.names()));
        }
        return out;
    }

    private static void add(Map<State, Set<State>> reach, ArrayDeque<State[]> work, State a, State b) {
        if (reach.computeIfAbsent(a, k -> new HashSet<>()).add(b)) {
            work.add(new State[] {a, b});
        }
    }

    private static boolean overlapsWithoutMark(Transition a, Transition b) {
        char lo = (char) Math.max(a.getMin(), b.getMin());
        char hi = (char) Math.min(a.getMax(), b.getMax());
        return lo <= hi && !(lo == MARK && hi == MARK);
    }

    /** A copy of {@code a} starting at {@code start} and accepting where {@code accept} says. */
    private static Automaton copy(Automaton a, State start, java.util.function.Predicate<State> accept) {
        Map<State, State> map = new HashMap<>();
        for (State s : a.getStates()) {
            State c = new State();
            c.setAccept(accept.test(s));
            map.put(s, c);
        }
        for (State s : a.getStates()) {
            for (Transition t : s.getTransitions()) {
                map.get(s).addTransition(new Transition(t.getMin(), t.getMax(), map.get(t.getDest())));
            }
        }
        Automaton out = new Automaton();
        out.setInitialState(map.get(start));
        out.setDeterministic(false);
        return out;
    }
}
