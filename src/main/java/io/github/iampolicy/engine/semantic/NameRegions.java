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
import io.github.iampolicy.engine.model.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Caller names for Boolean combinations of {@code aws:username} conditions: the names a condition's values
 * match form a regular set, so every combination of "holds" and "fails" over the conditions of a policy is a
 * regular set too, and one readable member of each non-empty one stands for all its names. Names taken one
 * pattern at a time miss a caller that two operators or two statements constrain together.
 */
final class NameRegions {

    private NameRegions() {}

    /**
     * The names the positive form of {@code c} matches (StringEquals/StringNotEquals: one of the values;
     * StringLike/StringNotLike: one of the globs), or {@code null} when a value refers to the caller's own
     * name, which holds or fails for every name alike.
     */
    static Automaton matched(Statement.Condition c, boolean vars) {
        boolean like = c.operator().contains("Like");
        Automaton a = BasicAutomata.makeEmpty();
        for (String v : c.texts()) {
            Languages.Tokens t = Languages.tokens(v, vars);
            if (t.matchesNothing()) {
                continue;
            }
            if (Languages.userCount(t) > 0) {
                return null;
            }
            if (like) {
                a = a.union(Languages.glob(t.tokens(), false));
            } else {
                StringBuilder b = new StringBuilder();
                for (int x : t.tokens()) {
                    b.append(x == Languages.STAR ? '*' : x == Languages.QMARK ? '?' : (char) x);
                }
                a = a.union(BasicAutomata.makeString(b.toString()));
            }
        }
        return a;
    }

    /** At most this many regions are combined, and at most this many non-empty combinations named. */
    static final int MAX_REGIONS = 32;

    static final int MAX_CELLS = 64;

    /**
     * A readable name in every non-empty combination of {@code regions} (each holding or failing), or
     * {@code null} when there are more than {@link #MAX_REGIONS} regions or {@link #MAX_CELLS} non-empty
     * combinations, so that a name may be missing. Empty combinations are pruned as soon as they appear, so
     * disjoint regions (single names) cost one combination each.
     */
    static List<String> representatives(List<Automaton> regions) {
        if (regions.isEmpty()) {
            return List.of(); // the generic names already stand for every name
        }
        if (regions.size() > MAX_REGIONS) {
            return null;
        }
        List<String> out = new ArrayList<>();
        return cells(regions, 0, UserArns.names(), out) ? out : null;
    }

    private static boolean cells(List<Automaton> regions, int i, Automaton cell, List<String> out) {
        if (cell.isEmpty()) {
            return true;
        }
        if (i == regions.size()) {
            if (out.size() >= MAX_CELLS) {
                return false;
            }
            Automaton readable =
                    Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789").repeat(1);
            String name = cell.intersection(readable).getShortestExample(true);
            out.add(name != null ? name : cell.getShortestExample(true));
            return true;
        }
        return cells(regions, i + 1, cell.intersection(regions.get(i)), out)
                && cells(regions, i + 1, cell.minus(regions.get(i)), out);
    }
}
