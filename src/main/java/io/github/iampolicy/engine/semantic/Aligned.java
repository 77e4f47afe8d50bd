package io.github.iampolicy.engine.semantic;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names aligned with a literal pattern (design section 5.4): for a pattern {@code q = α·${aws:username}·β}
 * and a variable-free pattern {@code p}, {@code M(q,p) = { u | L(α)·u·L(β) ∩ L(p) ≠ ∅ }}, computed as a
 * left and right quotient of p's DFA over the product with q's DFA, where the variable is one marker
 * character. A few short members of {@code M ∩ Names} become representative caller names.
 */
final class Aligned {

    private static final char MARK = '\uE000';

    private Aligned() {
    }

    /** Results are plain strings, so one cache serves every thread. */
    private static final Map<String, List<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static List<String> names(String q, String p) {
        String key = q + "\u0000" + p;
        List<String> cached = CACHE.get(key);
        if (cached == null) {
            if (CACHE.size() > 4096) {
                CACHE.clear();
            }
            cached = List.copyOf(compute(q, p));
            CACHE.put(key, cached);
        }
        return cached;
    }

    private static List<String> compute(String q, String p) {
        Automaton qa = Languages.resource(q, true, String.valueOf(MARK));
        Automaton pa = Languages.resource(p, true, null);
        qa.determinize();
        pa.determinize();
        // forward reachable pairs, then the pairs right after the marker
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
            for (Transition tq : pair[0].getTransitions()) {
                for (Transition tp : pair[1].getTransitions()) {
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
        List<String> out = new ArrayList<>();
        for (List<State> start : starts) {
            Automaton m = copy(pa, start.get(1), b -> live.contains(List.of(start.get(0), b)));
            Automaton named = m.intersection(UserArns.names());
            String shortest = named.getShortestExample(true);
            if (shortest == null) {
                continue;
            }
            out.add(shortest);
            for (int extra = 1; extra <= 2; extra++) {
                int n = shortest.length() + extra;
                String longer = named.intersection(Languages.range('\u0000', '\uffff').repeat(n, n))
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
