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
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.session.AnalysisSession;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The caller names the search tries (src/site/markdown/semantic-analysis.md section 4): finitely many, one
 * for each way the policies' patterns and {@code aws:username} conditions can tell names apart. Where a cap
 * leaves names out, the request space records why.
 */
final class CallerNames {

    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-";
    private static final String FRESH_ORDER = "zyxwvqjkZYXWVQJK0123456789uts";
    static final int MAX_USERS = 64;

    /** Two resource patterns, in the order they were compared. */
    private record PatternPair(String first, String second) {}

    private CallerNames() {}

    /**
     * Representative caller names (src/site/markdown/semantic-analysis.md section 4): alice and bob (readable
     * witnesses), generic names of fresh characters of every length 1..K, and names aligned with the policies' literal
     * patterns and {@code aws:username} condition values.
     */
    static List<String> of(AnalysisSession session, RequestSpace run, BitSet relevant) {
        LinkedHashSet<String> out = new LinkedHashSet<>(List.of("alice", "bob"));
        List<Character> fresh = new ArrayList<>();
        for (char c : FRESH_ORDER.toCharArray()) {
            if (!run.literalChars.contains(c) && !fresh.contains(c)) {
                fresh.add(c);
            }
        }
        for (char c : NAME_CHARS.toCharArray()) {
            if (!run.literalChars.contains(c) && !fresh.contains(c)) {
                fresh.add(c);
            }
        }
        int k = Math.min(64, 1 + run.maxQmarks);
        StringBuilder g = new StringBuilder();
        for (int n = 1; n <= k; n++) {
            g.append(fresh.isEmpty() ? 'z' : fresh.get((n - 1) % fresh.size()));
            out.add(g.toString());
        }
        // literal values of conditions on aws:username
        for (int i = relevant.nextSetBit(0); i >= 0; i = relevant.nextSetBit(i + 1)) {
            RequestSpace.Stmt s = run.stmts.get(i);
            for (Statement.Condition c : s.st.conditions()) {
                if (c.key().equalsIgnoreCase(Request.USERNAME)) {
                    for (String v : c.texts()) {
                        Languages.Tokens t = Languages.tokens(v, s.vars);
                        if (!t.matchesNothing() && Languages.userCount(t) == 0) {
                            Automaton a = Languages.glob(t.tokens(), false).intersection(UserArns.names());
                            String ex = a.getShortestExample(true);
                            if (ex != null) {
                                out.add(ex);
                            }
                            String filled = v.replace('*', 'z').replace('?', 'z');
                            if (UserArns.isName(filled)) {
                                out.add(filled);
                            }
                        }
                    }
                }
            }
        }
        // the regions of names that decide: each aws:username condition, and for each resource pattern with
        // the variable and each other pattern the names for which they share a resource (M(q, p))
        List<Automaton> regions = new ArrayList<>();
        for (int i = relevant.nextSetBit(0); i >= 0; i = relevant.nextSetBit(i + 1)) {
            RequestSpace.Stmt s = run.stmts.get(i);
            for (int ci = 0; ci < s.st.conditions().size(); ci++) {
                Statement.Condition c = s.st.conditions().get(ci);
                if (c.key().equalsIgnoreCase(Request.USERNAME) && !s.unmodelled.contains(ci)) {
                    Automaton a = NameRegions.matched(c, s.vars);
                    if (a != null) {
                        regions.add(a);
                    }
                }
            }
        }
        Set<String> varPatterns = new LinkedHashSet<>();
        Set<String> plainPatterns = new LinkedHashSet<>();
        for (int i = relevant.nextSetBit(0); i >= 0; i = relevant.nextSetBit(i + 1)) {
            RequestSpace.Stmt s = run.stmts.get(i);
            for (var e : s.st.resourceEntries()) {
                Languages.Tokens t = Languages.tokens(e.value(), s.vars);
                if (!t.matchesNothing() && !e.value().equals("*")) {
                    (Languages.userCount(t) == 1 ? varPatterns : plainPatterns).add(e.value());
                }
            }
        }
        Set<PatternPair> pairs = new HashSet<>();
        // names aligned with literal patterns: M(q, p) of src/site/markdown/semantic-analysis.md section 4
        for (String q : varPatterns) {
            for (String p : plainPatterns) {
                if (pairs.add(new PatternPair(q, p)) && run.usersCapped == null) {
                    out.addAll(Aligned.names(session, q, p));
                    addRegion(regions, Aligned.region(session, q, p));
                    if (out.size() > MAX_USERS) {
                        run.usersCapped = "more than " + MAX_USERS
                                + " representative user names are needed for the resource patterns " + q + " and " + p;
                    }
                }
            }
        }
        // two patterns that both hold the variable may meet only for some callers (found by the property test)
        for (String q : varPatterns) {
            for (String r : varPatterns) {
                if (!q.equals(r) && pairs.add(new PatternPair(q, r)) && run.usersCapped == null) {
                    List<String> met = Aligned.meeting(session, q, r);
                    out.addAll(met);
                    if (met.isEmpty() && run.pairOpen == null && !WordEquations.uniform(session, q, r)) {
                        run.pairOpen = "the resource patterns " + q + " and " + r + " both hold ${aws:username}, and "
                                + "whether they share a resource depends on the caller's name in a way the bounded "
                                + "search for such names did not settle";
                    }
                    if (out.size() > MAX_USERS) {
                        run.usersCapped = "more than " + MAX_USERS
                                + " representative user names are needed for the resource patterns " + q + " and " + r;
                    }
                }
            }
        }
        // one name per Boolean combination of the regions: two operators, two statements, or a condition and a
        // resource pattern may together leave only names that no single pattern suggests
        List<String> cells = NameRegions.representatives(regions);
        if (cells == null) {
            if (run.usersCapped == null) {
                run.usersCapped = "more than " + NameRegions.MAX_REGIONS + " conditions on aws:username and resource "
                        + "patterns with ${aws:username} (or more than " + NameRegions.MAX_CELLS
                        + " combinations of them) constrain the caller's name together";
            }
        } else {
            out.addAll(cells);
        }
        return new ArrayList<>(out);
    }

    /** Adds a region of names unless it decides nothing: empty, every name, or one already there. */
    private static void addRegion(List<Automaton> regions, Automaton r) {
        Automaton names = r.intersection(UserArns.names());
        if (names.isEmpty() || UserArns.names().minus(names).isEmpty()) {
            return;
        }
        for (Automaton known : regions) {
            if (known.equals(names)) {
                return;
            }
        }
        regions.add(names);
    }
}
