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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.text.Glob;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Aligned representative names (design 5.4) and action atoms (design 5.2), checked against their definitions. */
class AlignedAndAtomsTest {

    /** Memos of these checks; a session of the test class, dropped with it. */
    private static final AnalysisSession SESSION = new AnalysisSession();

    static final String U = "arn:aws:iam::*:user/";
    static final ActionCatalog CATALOG = ActionCatalog.defaultCatalog();

    /** u is in M(q, p): some ARN matches both q with the variable bound to u and p. */
    static boolean aligned(String q, String p, String u) {
        return !Languages.resource(SESSION, q, true, u)
                .intersection(Languages.resource(SESSION, p, true, null))
                .isEmpty();
    }

    static void allAligned(String q, String p, List<String> names) {
        for (String u : names) {
            assertTrue(UserArns.isName(u), u);
            assertTrue(aligned(q, p, u), q + " / " + p + " / " + u);
        }
        assertEquals(names.size(), new HashSet<>(names).size(), "no duplicates: " + names);
    }

    @Test
    void anInfiniteSetGivesTheShortestNameAndTwoLongerOnes() {
        String q = U + "${aws:username}";
        String p = U + "team-*";
        List<String> names = Aligned.names(SESSION, q, p);
        allAligned(q, p, names);
        assertEquals(3, names.size(), names.toString());
        assertEquals("team-", names.get(0));
        assertEquals(names.get(0).length() + 1, names.get(1).length());
        assertEquals(names.get(0).length() + 2, names.get(2).length());
        names.forEach(n -> assertTrue(n.startsWith("team-"), n));
        assertEquals(names, Aligned.names(SESSION, q, p), "cached answer");
    }

    @Test
    void aFiniteSetGivesItsShortestMember() {
        String q = U + "${aws:username}";
        assertEquals(List.of("bob"), Aligned.names(SESSION, q, U + "bob"));
        String qa = U + "a${aws:username}";
        assertEquals(List.of("bc"), Aligned.names(SESSION, qa, U + "abc"));
        List<String> b = Aligned.names(SESSION, q, U + "b?b");
        allAligned(q, U + "b?b", b);
        assertEquals(1, b.size(), b.toString());
        assertEquals(3, b.get(0).length());
    }

    @Test
    void noOverlapGivesNoNames() {
        String q = U + "${aws:username}";
        assertTrue(Aligned.names(SESSION, q, "arn:aws:iam::*:role/*").isEmpty());
        assertTrue(Aligned.names(SESSION, q, U + "a/b").isEmpty(), "a name has no slash; with a path the name is b");
        assertTrue(Aligned.names(SESSION, U + "x${aws:username}", U + "abc").isEmpty());
    }

    @Test
    void theVariableCanSitBetweenLiterals() {
        String q = U + "${aws:username}/keys";
        String p = U + "*/keys";
        List<String> names = Aligned.names(SESSION, q, p);
        allAligned(q, p, names);
        assertFalse(names.isEmpty());
        assertEquals(1, names.get(0).length());
        String q2 = U + "pre-${aws:username}-post";
        String p2 = U + "pre-x*";
        List<String> n2 = Aligned.names(SESSION, q2, p2);
        allAligned(q2, p2, n2);
        assertTrue(n2.get(0).startsWith("x"), n2.toString());
        String q3 = "arn:aws:iam::${aws:username}:user/x";
        String p3 = "arn:aws:iam::12*:user/x";
        List<String> n3 = Aligned.names(SESSION, q3, p3);
        allAligned(q3, p3, n3);
        assertEquals("12", n3.get(0));
    }

    // ------------------------------------------------------------------ atoms

    static BitSet sig(List<String> pats, String action) {
        BitSet b = new BitSet();
        for (int i = 0; i < pats.size(); i++) {
            if (Glob.matches(pats.get(i), action, true)) {
                b.set(i);
            }
        }
        return b;
    }

    /** Every action string of the modelled space matches the same patterns as some atom; atoms differ pairwise. */
    static List<SemanticChecker.Atom> exact(List<String> patterns) throws ActionAtoms.CapExceeded {
        List<SemanticChecker.Atom> atoms = ActionAtoms.atoms(patterns, CATALOG, 4096);
        List<String> pats = new ArrayList<>(new java.util.TreeSet<>(patterns));
        Set<BitSet> sigs = new HashSet<>();
        for (SemanticChecker.Atom a : atoms) {
            assertEquals(a.key(), a.key().toLowerCase(java.util.Locale.ROOT));
            assertTrue(a.display().equalsIgnoreCase(a.key()), a.toString());
            assertTrue(sigs.add(sig(pats, a.key())), "two atoms with one signature: " + a);
        }
        List<String> probes = new ArrayList<>();
        for (String s : List.of("iam", "s3", "ec2", "sts", "kms", "lambda")) {
            CATALOG.actions(s).forEach(a -> probes.add(a.key()));
        }
        Random rnd = new Random(7);
        String sc = "abcdefghijklmnopqrstuvwxyz0123456789-";
        String nc = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + rnd.nextInt(4);
            for (int k = 0; k < n; k++) {
                b.append(sc.charAt(rnd.nextInt(sc.length())));
            }
            b.append(':');
            int m = 1 + rnd.nextInt(8);
            for (int k = 0; k < m; k++) {
                b.append(nc.charAt(rnd.nextInt(nc.length())));
            }
            probes.add(b.toString());
        }
        for (String p : pats) {
            probes.add(p.replace('*', 'x').replace('?', 'y'));
            probes.add(p.replace("*", "").replace('?', '0'));
        }
        for (String probe : probes) {
            if (probe.matches("[a-z0-9-]+:[a-z0-9]+")) {
                assertTrue(sigs.contains(sig(pats, probe)), "no atom for " + probe + " among " + atoms);
            }
        }
        return atoms;
    }

    @Test
    void atomsAreExactForVariousPatternSets() throws Exception {
        exact(List.of("iam:createaccesskey", "iam:*accesskey*"));
        exact(List.of("*"));
        exact(List.of("*:get*", "s3:*", "iam:list*"));
        exact(List.of("s3:get?bject", "s*:put*", "iam:createaccesskey"));
        exact(List.of("foo:bar", "iam:get*"));
        exact(List.of("*:*", "ec2:describe*", "e*:run*"));
        exact(List.of("iam", "iam:"));
    }

    @Test
    void catalogActionsComeFirstForReadableWitnesses() throws Exception {
        List<SemanticChecker.Atom> atoms = exact(List.of("iam:create*"));
        SemanticChecker.Atom first = atoms.get(0);
        ActionInfo info = CATALOG.action(first.key());
        assertNotNull(info, first.toString());
        assertEquals(info.fullName(), first.display());
        // every action of s3 matches s3:*; the atom for "matches nothing" is a catalog action of another service
        List<SemanticChecker.Atom> s3 = exact(List.of("s3:*"));
        SemanticChecker.Atom none = s3.stream()
                .filter(a -> !Glob.matches("s3:*", a.key(), true))
                .findFirst()
                .orElseThrow();
        assertNotNull(CATALOG.action(none.key()), none.toString());
        assertFalse(none.key().startsWith("s3:"));
        // with a wildcard service the representatives are catalog actions too
        List<SemanticChecker.Atom> wild = exact(List.of("*:getobject"));
        assertTrue(
                wild.stream()
                        .anyMatch(a -> Glob.matches("*:getobject", a.key(), true) && CATALOG.action(a.key()) != null),
                wild.toString());
        // a literal outside the catalog is its own atom
        List<SemanticChecker.Atom> lit = exact(List.of("foo:bar"));
        assertTrue(lit.stream().anyMatch(a -> a.key().equals("foo:bar")), lit.toString());
    }

    @Test
    void theCapIsAStrictUpperBound() throws Exception {
        List<String> pats = List.of("iam:get*", "iam:list*", "s3:*object*");
        int n = ActionAtoms.atoms(pats, CATALOG, 4096).size();
        assertEquals(n, ActionAtoms.atoms(pats, CATALOG, n).size());
        ActionAtoms.CapExceeded e =
                assertThrows(ActionAtoms.CapExceeded.class, () -> ActionAtoms.atoms(pats, CATALOG, n - 1));
        assertTrue(e.getMessage().contains(String.valueOf(n - 1)), e.getMessage());
        // many wildcard patterns over unknown services: the block count alone exceeds a small cap
        List<String> many = new ArrayList<>();
        for (char c = 'a'; c <= 'h'; c++) {
            many.add("zz*" + c + "*:x");
        }
        assertThrows(ActionAtoms.CapExceeded.class, () -> ActionAtoms.atoms(many, CATALOG, 20));
    }
}
