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
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.catalog.ResourceType;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.Values;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The symbolic checker ({@code src/site/markdown/semantic-analysis.md}, sections 1-8): decides, exactly over all
 * action strings, resource strings and caller names of the modelled request space, whether a candidate
 * policy allows a request that it must not.
 *
 * <ul>
 *   <li>{@link #otherUserAccess}: IAM301 - a caller u and a credential-changing action on the user ARN of a
 *       user other than u (names compared case-insensitively) that the candidate allows.</li>
 *   <li>{@link #exceedsReference}: IAM302 - a request the candidate allows and the reference does not.</li>
 * </ul>
 *
 * <p>Request space: callers are IAM users (so {@code aws:username} is present); the MFA context is one of
 * three atoms (absent: long-term keys; {@code "true"} with {@code aws:MultiFactorAuthAge} present;
 * {@code "false"}); actions are catalog actions, literal action names of the policies, and the lower-case
 * shape {@code [a-z0-9-]+:[a-z0-9]+}; resources are all strings. Conditions the checker does not model
 * (src/site/markdown/semantic-analysis.md section 6) are first fixed so that they cannot help a counterexample (an
 * error counterexample needs none of them), then so that they can (a warning counterexample names them).
 *
 * <p>Every automaton is built per call and never leaves it, so one checker can serve many threads.
 */
public final class SemanticChecker {

    static final String ACCOUNT = "123456789012";
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-";
    private static final String FRESH_ORDER = "zyxwvqjkZYXWVQJK0123456789uts";
    private static final int MAX_USERS = 64;
    private static final int MAX_ATOMS = 4096;

    private final ActionCatalog catalog;
    private final AnalysisSession session;

    /**
     * A checker over {@code catalog}; its memos live in the catalog's analysis session, or, for a catalog seen
     * outside any session, in a session of the checker's own that lives as long as the checker.
     */
    public SemanticChecker(ActionCatalog catalog) {
        this.catalog = catalog.session() != null ? catalog : catalog.within(new AnalysisSession());
        this.session = this.catalog.session();
    }

    /** One statement of either policy, prepared for the search. */
    private static final class Stmt {
        final Policy policy;
        final Statement st;
        final boolean vars;
        final boolean allow;
        final boolean candidate;
        final int resKey;
        boolean usesUser;
        final List<Integer> unmodelled = new ArrayList<>();
        final Map<Integer, String> unknownKeys = new HashMap<>();
        String outside;

        Stmt(Policy policy, Statement st, boolean vars, boolean candidate, int resKey) {
            this.policy = policy;
            this.st = st;
            this.vars = vars;
            this.allow = st.isAllow();
            this.candidate = candidate;
            this.resKey = resKey;
        }
    }

    /** The session's resource-list languages across calls (clones in and out: automata are mutable). */
    private static final CacheKey<String, Automaton> LISTS = new CacheKey<>("resource-list languages", 2048);
    /** The session's case differences across calls, keyed by the lists' texts. */
    private static final CacheKey<String, Automaton> DIFFS = new CacheKey<>("case differences", 4096);

    /** Per-call state: statements, memo tables. */
    private final class Run {
        final List<Stmt> stmts = new ArrayList<>();
        final Map<String, Integer> resKeys = new HashMap<>();
        final List<Stmt> resOwners = new ArrayList<>();
        final List<String> resTexts = new ArrayList<>();
        final Map<String, Automaton> resMemo = new HashMap<>();
        final Map<String, Automaton> diffMemo = new HashMap<>();
        final Set<Character> literalChars = new java.util.HashSet<>();
        int maxQmarks;
        final Unmodelled unknowns = new Unmodelled();
        /** Callers are role sessions (no {@code aws:username}) rather than IAM users. */
        boolean sessions;
        /** Why the caller names may be incomplete (the sub-problem that reached a cap), or {@code null}. */
        String usersCapped;

        final List<Statement.Condition> conditions = new ArrayList<>();

        void add(List<Policy> policies, boolean candidate) {
            for (Policy p : policies) {
                boolean vars = Evaluator.variablesEnabled(p);
                for (Statement s : Statement.of(p.document())) {
                    if (!s.isAllow() && !s.isDeny()) {
                        continue;
                    }
                    String key = (s.resource() != null ? "R" : s.notResource() != null ? "N" : "-") + vars + "\u0000"
                            + String.join(
                                    "\u0000",
                                    s.resourceEntries().stream()
                                            .map(e -> e.value())
                                            .toList());
                    Integer id = resKeys.get(key);
                    Stmt st = new Stmt(p, s, vars, candidate, id == null ? resKeys.size() : id);
                    if (id == null) {
                        resKeys.put(key, resKeys.size());
                        resOwners.add(st);
                        resTexts.add(key);
                    }
                    classify(st);
                    stmts.add(st);
                }
            }
        }

        private void classify(Stmt st) {
            for (var e : st.st.resourceEntries()) {
                String v = e.value();
                noteLiterals(v);
                String other = Languages.otherVariable(v, st.vars);
                if (other != null && st.outside == null) {
                    st.outside = "the policy variable " + other + " in statement \"" + st.st.label() + "\"";
                }
                Languages.Tokens t = Languages.tokens(v, st.vars);
                st.usesUser |= Languages.userCount(t) > 0;
                if (Languages.userCount(t) > 1 && st.outside == null) {
                    st.outside = "${aws:username} used twice in one resource of statement \"" + st.st.label() + "\"";
                }
            }
            List<Statement.Condition> cs = st.st.conditions();
            for (int i = 0; i < cs.size(); i++) {
                Statement.Condition c = cs.get(i);
                c.texts().forEach(this::noteLiterals);
                conditions.add(c);
                if (!modelled(c, st.vars)) {
                    st.unmodelled.add(i);
                    String key = Unmodelled.key(c, st.vars);
                    st.unknownKeys.put(i, key);
                    unknowns.note(key, st.candidate == st.allow);
                }
            }
        }

        private void noteLiterals(String v) {
            int q = 0;
            for (char c : v.toCharArray()) {
                literalChars.add(Character.toLowerCase(c));
                literalChars.add(Character.toUpperCase(c));
                q += c == '?' ? 1 : 0;
            }
            maxQmarks = Math.max(maxQmarks, q);
        }

        Automaton res(Stmt owner, String user) {
            String key = resTexts.get(owner.resKey) + "\u0001" + (owner.usesUser ? caller(user) : "");
            Automaton a = resMemo.get(key);
            if (a == null) {
                a = session.cache(LISTS).get(key);
                if (a != null) {
                    a = a.clone();
                    resMemo.put(key, a);
                    return a;
                }
            }
            if (a == null) {
                Statement s = owner.st;
                Automaton u = BasicAutomata.makeEmpty();
                for (var e : s.resourceEntries()) {
                    u = u.union(Languages.resource(session, e.value(), owner.vars, user));
                }
                if (s.resource() == null) {
                    u = s.notResource() == null ? BasicAutomata.makeEmpty() : u.complement();
                }
                u.minimize();
                a = u;
                resMemo.put(key, a);
                session.cache(LISTS).put(key, a.clone());
            }
            return a;
        }
    }

    /** The conditions the checker models exactly (src/site/markdown/semantic-analysis.md section 6). */
    static boolean modelled(Statement.Condition c, boolean vars) {
        Evaluator.Operator op = Evaluator.Operator.parse(c.operator());
        if (op.set() != null || !op.known() || c.texts().stream().anyMatch(Values::hasUnknown)) {
            return false; // an unknown value makes the condition an unknown too
        }
        String key = c.key().toLowerCase(Locale.ROOT);
        return switch (key) {
            case Request.USERNAME ->
                switch (op.base()) {
                    case "StringEquals", "StringNotEquals", "StringLike", "StringNotLike" ->
                        c.texts().stream().allMatch(v -> Languages.otherVariable(v, vars) == null);
                    // an IAM user always has a name, so Null decides without assumption
                    case "Null" -> nullValues(c);
                    default -> false;
                };
            case Request.MFA_PRESENT -> op.base().equals("Bool") || op.base().equals("Null") && nullValues(c);
            // absent without MFA, a number of seconds with it: MfaContexts enumerates both
            case Request.MFA_AGE ->
                op.base().equals("Null") ? nullValues(c) : op.base().startsWith("Numeric") && numbers(c);
            default -> false;
        };
    }

    private static boolean nullValues(Statement.Condition c) {
        return c.texts().stream().allMatch(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"));
    }

    private static boolean numbers(Statement.Condition c) {
        return c.texts().stream().allMatch(v -> v.trim().matches("-?\\d+(\\.\\d+)?"));
    }

    // ------------------------------------------------------------------ IAM301

    /**
     * IAM301: is there a caller u and a request (one of {@code credentialActions}, on the user ARN of a user
     * other than u) that {@code candidate} allows?
     *
     * @param credentialActions catalog action names, any case
     */
    public CheckResult otherUserAccess(List<Policy> candidate, List<String> credentialActions) {
        return OpenValues.decide(candidate, null, (c, r) -> otherUserAccessClosed(c, credentialActions));
    }

    private CheckResult otherUserAccessClosed(List<Policy> candidate, List<String> credentialActions) {
        Run run = new Run();
        run.add(candidate, true);
        // a role's inline policy is only ever used by sessions of that role, which have no aws:username
        run.sessions = !candidate.isEmpty() && candidate.stream().allMatch(p -> p.kind() == PolicyKind.INLINE_ROLE);
        List<Atom> atoms = new ArrayList<>();
        for (String a : credentialActions) {
            ActionInfo info = catalog.action(a);
            atoms.add(new Atom(info == null ? a : info.fullName(), a.toLowerCase(Locale.ROOT)));
        }
        return search(run, atoms, null);
    }

    // ------------------------------------------------------------------ IAM302

    /** IAM302: is there a request {@code candidate} allows and {@code reference} does not? */
    public CheckResult exceedsReference(List<Policy> candidate, List<Policy> reference) {
        return OpenValues.decide(candidate, reference, this::exceedsReferenceClosed);
    }

    private CheckResult exceedsReferenceClosed(List<Policy> candidate, List<Policy> reference) {
        Run run = new Run();
        run.add(candidate, true);
        run.add(reference, false);
        List<String> patterns = new ArrayList<>();
        for (Stmt s : run.stmts) {
            for (var e : s.st.actionEntries()) {
                String v = e.value();
                if (!Values.hasUnknown(v)) {
                    patterns.add(v.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Atom> atoms;
        try {
            atoms = ActionAtoms.atoms(patterns, catalog, MAX_ATOMS);
        } catch (ActionAtoms.CapExceeded e) {
            return new CheckResult.Unknown(e.getMessage());
        }
        return search(run, atoms, reference);
    }

    /** An action to try: display form and lower-case key. */
    record Atom(String display, String key) {}

    // ------------------------------------------------------------------ search

    private CheckResult search(Run run, List<Atom> atoms, List<Policy> reference) {
        boolean iam301 = reference == null;
        // which statements' action parts match which atom
        List<BitSet> actionBits = new ArrayList<>();
        BitSet relevant = new BitSet();
        for (Atom a : atoms) {
            BitSet b = new BitSet();
            for (int i = 0; i < run.stmts.size(); i++) {
                if (actionMatches(run.stmts.get(i).st, a.key())) {
                    b.set(i);
                }
            }
            relevant.or(b);
            actionBits.add(b);
        }
        for (int i = relevant.nextSetBit(0); i >= 0; i = relevant.nextSetBit(i + 1)) {
            if (run.stmts.get(i).outside != null) {
                return new CheckResult.Unknown(run.stmts.get(i).outside + " is outside the decided fragment");
            }
        }
        boolean anyAllow = false;
        for (int i = relevant.nextSetBit(0); i >= 0 && !anyAllow; i = relevant.nextSetBit(i + 1)) {
            anyAllow = run.stmts.get(i).candidate && run.stmts.get(i).allow;
        }
        if (!anyAllow) {
            return new CheckResult.Pass(); // nothing of the candidate allows any action in question
        }
        List<String> users = run.sessions ? java.util.Collections.singletonList(null) : users(run, relevant);
        List<Map<String, String>> mfaContexts = MfaContexts.of(run.conditions);
        Map<String, Automaton> userArns = new HashMap<>();
        // Applicable-statement sets whose difference came out empty without depending on the caller: many
        // atoms, users and MFA contexts share them, and re-deciding each costs more than the set lookup.
        Set<BitSet> emptyForAll = new java.util.HashSet<>();
        for (Unmodelled.Mode mode : run.unknowns.modes()) {
            for (Map<String, String> mfa : mfaContexts) {
                for (String u : users) {
                    Map<String, String> ctx = new LinkedHashMap<>(mfa);
                    if (u != null) {
                        ctx.put("aws:username", u);
                    }
                    Request proto = Request.of("", "", ctx);
                    BitSet cond = new BitSet();
                    for (int i = 0; i < run.stmts.size(); i++) {
                        if (conditionState(run.stmts.get(i), proto, mode)) {
                            cond.set(i);
                        }
                    }
                    Automaton other = null;
                    Set<BitSet> emptyForUser = new java.util.HashSet<>();
                    for (int ai = 0; ai < atoms.size(); ai++) {
                        BitSet app = (BitSet) actionBits.get(ai).clone();
                        app.and(cond);
                        if (emptyForAll.contains(app) || emptyForUser.contains(app)) {
                            continue;
                        }
                        List<Stmt> cAllow = new ArrayList<>();
                        List<Stmt> cDeny = new ArrayList<>();
                        List<Stmt> rAllow = new ArrayList<>();
                        List<Stmt> rDeny = new ArrayList<>();
                        for (int i = app.nextSetBit(0); i >= 0; i = app.nextSetBit(i + 1)) {
                            Stmt s = run.stmts.get(i);
                            (s.candidate ? s.allow ? cAllow : cDeny : s.allow ? rAllow : rDeny).add(s);
                        }
                        if (cAllow.isEmpty()) {
                            emptyForAll.add(app);
                            continue;
                        }
                        boolean byUser = Stream.of(cAllow, cDeny, rAllow, rDeny)
                                .flatMap(List::stream)
                                .anyMatch(s -> run.resOwners.get(s.resKey).usesUser);
                        String key = ids(cAllow) + "|" + ids(cDeny) + "|" + ids(rAllow) + "|" + ids(rDeny) + "|"
                                + (byUser ? caller(u) : "");
                        Automaton d = run.diffMemo.get(key);
                        String global = null;
                        if (d == null) {
                            global = (iam301 ? "301" : "302") + "\u0003" + texts(run, cAllow) + "\u0003"
                                    + texts(run, cDeny) + "\u0003" + texts(run, rAllow) + "\u0003"
                                    + texts(run, rDeny) + "\u0003" + (byUser ? caller(u) : "");
                            Automaton cached = session.cache(DIFFS).get(global);
                            if (cached != null) {
                                d = cached.clone();
                                run.diffMemo.put(key, d);
                            }
                        }
                        if (d == null) {
                            Automaton lc = union(run, cAllow, u).minus(union(run, cDeny, u));
                            if (iam301) {
                                if (other == null) {
                                    other = userArns.computeIfAbsent("", x -> UserArns.userArn(session));
                                }
                                // only emptiness and a witness are asked of d: brics' products drop dead
                                // states, which is all isEmpty needs, so minimising would be wasted work
                                d = lc.isEmpty() ? lc : lc.intersection(other);
                            } else {
                                lc.minimize(); // the reference side is subtracted from it, once per context
                                Automaton lr = union(run, rAllow, u).minus(union(run, rDeny, u));
                                d = lc.minus(lr);
                            }
                            run.diffMemo.put(key, d);
                            session.cache(DIFFS).put(global, d.clone());
                        }
                        if (d.isEmpty()) {
                            (byUser ? emptyForUser : emptyForAll).add(app);
                            continue;
                        }
                        if (iam301) {
                            // another user's ARN: anything but u's own; a readable hint settles it without
                            // automaton work, otherwise subtract u's own ARNs
                            String hint = "arn:aws:iam::" + ACCOUNT + ":user/"
                                    + ("bob".equalsIgnoreCase(u) ? "alice" : "bob");
                            // a role session has no user of its own: any user's ARN is the finding
                            if (u != null && !d.run(hint)) {
                                String ownKey = key + "|own|" + u;
                                Automaton o = run.diffMemo.get(ownKey);
                                if (o == null) {
                                    String g = "own\u0003" + texts(run, cAllow) + "\u0003" + texts(run, cDeny)
                                            + "\u0003" + u;
                                    Automaton cached = session.cache(DIFFS).get(g);
                                    o = cached != null ? cached.clone() : d.minus(UserArns.own(session, u));
                                    if (cached == null) {
                                        session.cache(DIFFS).put(g, o.clone());
                                    }
                                    run.diffMemo.put(ownKey, o);
                                }
                                d = o;
                                if (d.isEmpty()) {
                                    emptyForUser.add(app);
                                    continue;
                                }
                            }
                        }
                        Atom atom = atoms.get(ai);
                        String resource = witness(d, atom, u, iam301);
                        if (mode.overApprox()) {
                            return new CheckResult.Unknown("more than " + Unmodelled.MAX_MIXED
                                    + " distinct unmodelled conditions guard both allowing and denying statements");
                        }
                        return verify(run, atom, resource, ctx, mode, reference, proto);
                    }
                }
            }
        }
        // a cap only leaves open what its names would have decided: a counterexample found without them stands
        return run.usersCapped == null ? new CheckResult.Pass() : new CheckResult.Unknown(run.usersCapped);
    }

    /** The caller in memo keys: a session (no name) must never meet a user named "null". */
    private static String caller(String u) {
        return u == null ? "\u0004session" : u;
    }

    private static String ids(List<Stmt> list) {
        java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
        list.forEach(s -> set.add(s.resKey));
        return set.toString();
    }

    private static String texts(Run run, List<Stmt> list) {
        java.util.TreeSet<String> set = new java.util.TreeSet<>();
        list.forEach(s -> set.add(run.resTexts.get(s.resKey)));
        return String.join("\u0002", set);
    }

    private static Automaton union(Run run, List<Stmt> list, String u) {
        Automaton a = BasicAutomata.makeEmpty();
        Set<Integer> seen = new java.util.HashSet<>();
        for (Stmt s : list) {
            if (seen.add(s.resKey)) {
                a = a.union(run.res(run.resOwners.get(s.resKey), u));
            }
        }
        return a;
    }

    /** Action matching of the checker: a flat case-insensitive glob per entry. */
    private static boolean actionMatches(Statement s, String action) {
        if (s.action() != null) {
            return s.action().stream()
                    .anyMatch(e -> !Values.hasUnknown(e.value()) && Glob.matches(e.value(), action, true));
        }
        if (s.notAction() != null) {
            return s.notAction().stream()
                    .noneMatch(e -> !Values.hasUnknown(e.value()) && Glob.matches(e.value(), action, true));
        }
        return false;
    }

    /**
     * Whether the statement's condition can hold in this context: modelled conditions exactly; unmodelled
     * ones fixed against the counterexample (strict) or for it (lenient).
     */
    private static boolean conditionState(Stmt s, Request proto, Unmodelled.Mode mode) {
        List<Statement.Condition> cs = s.st.conditions();
        for (int i = 0; i < cs.size(); i++) {
            boolean holds;
            if (s.unmodelled.contains(i)) {
                holds = assumed(s, i, mode);
            } else {
                holds = Evaluator.conditionHolds(cs.get(i), s.vars, proto);
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value an unmodelled condition takes. Helping the counterexample means: candidate Allow holds,
     * candidate Deny fails, reference Allow fails, reference Deny holds.
     */
    private static boolean assumed(Stmt s, int i, Unmodelled.Mode mode) {
        return mode.value(s.unknownKeys.get(i), s.candidate == s.allow);
    }

    // ------------------------------------------------------------------ user names

    /**
     * Representative caller names (src/site/markdown/semantic-analysis.md section 4): alice and bob (readable
     * witnesses), generic names of fresh characters of every length 1..K, and names aligned with the policies' literal
     * patterns and {@code aws:username} condition values.
     */
    private List<String> users(Run run, BitSet relevant) {
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
            Stmt s = run.stmts.get(i);
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
            Stmt s = run.stmts.get(i);
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
            Stmt s = run.stmts.get(i);
            for (var e : s.st.resourceEntries()) {
                Languages.Tokens t = Languages.tokens(e.value(), s.vars);
                if (!t.matchesNothing() && !e.value().equals("*")) {
                    (Languages.userCount(t) == 1 ? varPatterns : plainPatterns).add(e.value());
                }
            }
        }
        Set<String> pairs = new java.util.HashSet<>();
        // names aligned with literal patterns: M(q, p) of src/site/markdown/semantic-analysis.md section 4
        for (String q : varPatterns) {
            for (String p : plainPatterns) {
                if (pairs.add(q + "\u0000" + p) && run.usersCapped == null) {
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
                if (!q.equals(r) && pairs.add(q + "\u0000" + r) && run.usersCapped == null) {
                    out.addAll(Aligned.meeting(session, q, r));
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

    // ------------------------------------------------------------------ witnesses

    private String witness(Automaton d, Atom atom, String u, boolean iam301) {
        List<String> hints = new ArrayList<>();
        String other = "bob".equalsIgnoreCase(u) ? "alice" : "bob";
        if (iam301) {
            for (String n : List.of(other, "carol", u == null ? "carol2" : u + "2")) {
                hints.add("arn:aws:iam::" + ACCOUNT + ":user/" + n);
            }
        } else {
            ActionInfo info = catalog.action(atom.key());
            if (info != null) {
                for (ActionInfo.ResourceRef ref : info.resourceTypes()) {
                    ResourceType t = catalog.resourceType(info.service(), ref.type());
                    if (t != null && t.arnFormat() != null) {
                        for (String n : List.of(u, other)) {
                            hints.add(fill(t.arnFormat(), n));
                        }
                    }
                }
            }
            hints.add("*");
        }
        for (String h : hints) {
            if (d.run(h)) {
                return h;
            }
        }
        for (Automaton pref : UserArns.preferences(iam301, u)) {
            String s = d.intersection(pref).getShortestExample(true);
            if (s != null) {
                return s;
            }
        }
        return d.getShortestExample(true);
    }

    private static String fill(String format, String name) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            int open = format.indexOf("${", i);
            if (open < 0) {
                b.append(format, i, format.length());
                break;
            }
            int close = format.indexOf('}', open);
            b.append(format, i, open);
            String v = format.substring(open + 2, close);
            b.append(
                    switch (v) {
                        case "Partition" -> "aws";
                        case "Region" -> "us-east-1";
                        case "Account" -> ACCOUNT;
                        default -> name;
                    });
            i = close + 1;
        }
        return b.toString();
    }

    /** Re-checks the witness with the concrete evaluator before it may be reported. */
    private CheckResult verify(
            Run run,
            Atom atom,
            String resource,
            Map<String, String> ctx,
            Unmodelled.Mode mode,
            List<Policy> reference,
            Request proto) {
        Request r = Request.of(atom.display(), resource, ctx);
        Evaluator.ConditionOracle oracle = oracle(run, mode);
        List<Policy> candidate = run.stmts.stream()
                .filter(s -> s.candidate)
                .map(s -> s.policy)
                .distinct()
                .toList();
        Decision c = Evaluator.evaluate(candidate, r, oracle);
        boolean ok = c.allowed();
        if (reference == null) {
            ok &= UserArns.namesOtherUser(resource, ctx.get("aws:username"));
        } else {
            ok &= !Evaluator.evaluate(reference, r, oracle).allowed();
        }
        if (!ok) {
            return new CheckResult.Unknown("internal: the counterexample " + atom.display() + " on " + resource
                    + " was not confirmed by the concrete evaluator");
        }
        List<String> assumptions = mode.lenient() ? assumptions(run, r) : List.of();
        return new CheckResult.Fail(
                new Counterexample(ctx.get("aws:username"), atom.display(), resource, withoutUser(ctx)),
                r,
                c,
                assumptions);
    }

    private static Map<String, String> withoutUser(Map<String, String> ctx) {
        Map<String, String> m = new LinkedHashMap<>(ctx);
        m.remove("aws:username");
        return m;
    }

    private static Evaluator.ConditionOracle oracle(Run run, Unmodelled.Mode mode) {
        // Statement records are re-read by the evaluator; their object nodes are the same instances
        Map<Object, Stmt> by = new java.util.IdentityHashMap<>();
        run.stmts.forEach(s -> by.put(s.st.node(), s));
        return (st, i, c) -> {
            Stmt s = by.get(st.node());
            if (s == null || !s.unmodelled.contains(i)) {
                return null;
            }
            return assumed(s, i, mode);
        };
    }

    /**
     * The unmodelled conditions a lenient counterexample relies on: those of the statements whose action,
     * resource and modelled conditions match the request and whose assumed value helps it.
     */
    private static List<String> assumptions(Run run, Request r) {
        Evaluator.ConditionOracle modelledOnly = (st, i, c) -> null;
        Set<String> names = new LinkedHashSet<>();
        for (Stmt s : run.stmts) {
            if (s.unmodelled.isEmpty()) {
                continue;
            }
            Evaluator.ConditionOracle skipUnmodelled = (st, i, c) ->
                    st.node() == s.st.node() && s.unmodelled.contains(i) ? Boolean.TRUE : modelledOnly.assume(st, i, c);
            if (Evaluator.applies(s.st, s.vars, r, skipUnmodelled)) {
                for (int i : s.unmodelled) {
                    Statement.Condition c = s.st.conditions().get(i);
                    names.add(c.operator() + " " + c.key());
                }
            }
        }
        return new ArrayList<>(names);
    }
}
