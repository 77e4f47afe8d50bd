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
import dk.brics.automaton.BasicOperations;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.text.Glob;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Action atoms (src/site/markdown/semantic-analysis.md section 3): finitely many action strings such that every action
 * string of the modelled space matches exactly the same set of patterns as one of them. Catalog actions come first
 * (they make readable witnesses); literal pattern names next; then one witness per block of the Boolean algebra
 * the wildcard patterns generate over the action shape {@code [a-z0-9-]+:[a-z0-9]+} - these stand for actions
 * AWS may add later, which {@code NotAction} and wildcards grant too. The catalog is never complemented: it
 * only improves witnesses, the blocks make the result exact.
 */
final class ActionAtoms {

    /** Too many atoms: the caller reports UNKNOWN. */
    static final class CapExceeded extends Exception {
        CapExceeded(String message) {
            super(message);
        }
    }

    /** Block witnesses per (domain, patterns); plain strings, so sharing across threads is safe. */
    private static final CacheKey<String, List<String>> BLOCKS = new CacheKey<>("action blocks", 512);

    private static final CacheKey<String, List<String[]>> REPRESENTATIVES =
            new CacheKey<>("action representatives", 512);
    private static final String SERVICE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final List<String> COMMON = List.of("s3", "ec2", "sts", "lambda", "dynamodb", "sqs", "sns");

    private ActionAtoms() {}

    /** @param patterns lower-case action patterns of both policies (without unknown values) */
    static List<SemanticChecker.Atom> atoms(List<String> patterns, ActionCatalog catalog, int cap) throws CapExceeded {
        List<String> pats = new ArrayList<>(new TreeSet<>(patterns));
        TreeSet<String> named = new TreeSet<>();
        List<String> wildService = new ArrayList<>();
        for (String p : pats) {
            int colon = p.indexOf(':');
            String service = colon < 0 ? p : p.substring(0, colon);
            if (Glob.hasWildcard(service)) {
                if (!p.chars().allMatch(c -> c == '*')) {
                    wildService.add(p);
                }
            } else if (colon >= 0) {
                named.add(service);
            }
        }
        Map<BitSet, SemanticChecker.Atom> atoms = new LinkedHashMap<>();
        for (String service : named) {
            for (ActionInfo a : catalog.actions(service)) {
                put(atoms, pats, a.fullName(), a.key(), cap);
            }
        }
        if (!wildService.isEmpty()) {
            // only the wildcard-service patterns can match these actions: one representative per combination
            // of them, computed once per (patterns, named services) and cached as plain strings
            String key = wildService + "\n" + named;
            List<String[]> reps = catalog.cache(REPRESENTATIVES).get(key);
            if (reps == null) {
                reps = new ArrayList<>();
                java.util.Set<List<Boolean>> seen = new java.util.HashSet<>();
                for (String service : catalog.services()) {
                    if (!named.contains(service)) {
                        for (ActionInfo a : catalog.actions(service)) {
                            List<Boolean> sub = new ArrayList<>(wildService.size());
                            for (String w : wildService) {
                                sub.add(Glob.matches(w, a.key(), true));
                            }
                            if (seen.add(sub)) {
                                reps.add(new String[] {a.fullName(), a.key()});
                            }
                        }
                    }
                }
                catalog.cache(REPRESENTATIVES).put(key, List.copyOf(reps));
            }
            for (String[] a : reps) {
                put(atoms, pats, a[0], a[1], cap);
            }
        } else {
            // every action of a service no pattern names has the same signature: one representative
            List<String> order = new ArrayList<>(COMMON);
            order.addAll(new TreeSet<>(catalog.services()));
            for (String service : order) {
                if (!named.contains(service)
                        && catalog.hasService(service)
                        && !catalog.actions(service).isEmpty()) {
                    ActionInfo a = catalog.actions(service).get(0);
                    put(atoms, pats, a.fullName(), a.key(), cap);
                    break;
                }
            }
        }
        List<String> literals = pats.stream().filter(p -> !Glob.hasWildcard(p)).toList();
        for (String l : literals) {
            put(atoms, pats, l, l, cap);
        }
        // blocks: one domain per named service, one for every other service
        for (String service : named) {
            List<String> relevant = new ArrayList<>(wildService);
            pats.stream()
                    .filter(p -> p.startsWith(service + ":") && Glob.hasWildcard(p))
                    .forEach(relevant::add);
            for (String w : blocks(catalog, service, relevant, literals, cap)) {
                put(atoms, pats, w, w, cap);
            }
        }
        for (String w : blocks(catalog, null, wildService, literals, cap)) {
            put(atoms, pats, w, w, cap);
        }
        return new ArrayList<>(atoms.values());
    }

    private static void put(
            Map<BitSet, SemanticChecker.Atom> atoms, List<String> pats, String display, String key, int cap)
            throws CapExceeded {
        BitSet sig = new BitSet();
        for (int i = 0; i < pats.size(); i++) {
            if (Glob.matches(pats.get(i), key, true)) {
                sig.set(i);
            }
        }
        atoms.putIfAbsent(sig, new SemanticChecker.Atom(display, key));
        if (atoms.size() > cap) {
            throw new CapExceeded("more than " + cap + " action classes");
        }
    }

    /** Witnesses of the non-empty blocks of {@code domain} minus literals, refined by {@code relevant}. */
    private static List<String> blocks(
            ActionCatalog catalog, String service, List<String> relevant, List<String> literals, int cap)
            throws CapExceeded {
        String key = service + "\n" + relevant + "\n" + literals;
        List<String> cached = catalog.cache(BLOCKS).get(key);
        if (cached != null) {
            return cached;
        }
        Automaton name = Languages.chars(NAME_CHARS).repeat(1);
        Automaton domain;
        if (service != null) {
            domain = BasicOperations.concatenate(List.of(BasicAutomata.makeString(service + ":"), name));
        } else {
            domain = BasicOperations.concatenate(
                    List.of(Languages.chars(SERVICE_CHARS).repeat(1), BasicAutomata.makeChar(':'), name));
        }
        for (String l : literals) {
            domain = domain.minus(BasicAutomata.makeString(l));
        }
        List<Automaton> blocks = new ArrayList<>(List.of(domain));
        for (String p : relevant) {
            Automaton lp = Languages.action(p);
            List<Automaton> next = new ArrayList<>();
            for (Automaton b : blocks) {
                Automaton in = b.intersection(lp);
                Automaton out = b.minus(lp);
                if (!in.isEmpty()) {
                    next.add(in);
                }
                if (!out.isEmpty()) {
                    next.add(out);
                }
            }
            blocks = next;
            if (blocks.size() > cap) {
                throw new CapExceeded("more than " + cap + " classes of unknown actions");
            }
        }
        List<String> out = new ArrayList<>();
        for (Automaton b : blocks) {
            String w = b.getShortestExample(true);
            if (w != null) {
                out.add(w);
            }
        }
        catalog.cache(BLOCKS).put(key, List.copyOf(out));
        return out;
    }
}
