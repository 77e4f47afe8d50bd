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
import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.text.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The statements of one check, prepared for the search (src/site/markdown/semantic-analysis.md sections 2-6):
 * their resource lists as languages per caller, which conditions are modelled, and what the caller names
 * must be told apart by. One per call of the checker; never shared between threads.
 */
final class RequestSpace {

    /** A statement's resource list: the element ({@code R}esource, {@code N}otResource or none), its texts. */
    record ResourceList(char element, boolean vars, List<String> entries) {}

    /** A resource list's language for one caller ({@code byUser} false: the same for every caller). */
    private record ListLanguage(ResourceList list, boolean byUser, String user) {}

    /** The session's resource-list languages across calls (clones in and out: automata are mutable). */
    private static final CacheKey<ListLanguage, Automaton> LISTS = new CacheKey<>("resource-list languages", 2048);

    /** One statement of either policy. */
    static final class Stmt {
        final Policy policy;
        final Statement st;
        final boolean vars;
        final boolean allow;
        final boolean candidate;
        final int resKey;
        boolean usesUser;
        final List<Integer> unmodelled = new ArrayList<>();
        final Map<Integer, Unmodelled.Key> unknownKeys = new HashMap<>();
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

    private final AnalysisSession session;
    final List<Stmt> stmts = new ArrayList<>();
    private final Map<ResourceList, Integer> resKeys = new HashMap<>();
    final List<Stmt> resOwners = new ArrayList<>();
    final List<ResourceList> lists = new ArrayList<>();
    private final Map<ListLanguage, Automaton> resMemo = new HashMap<>();
    final Set<Character> literalChars = new HashSet<>();
    int maxQmarks;
    final Unmodelled unknowns = new Unmodelled();
    /** Callers are role sessions (no {@code aws:username}) rather than IAM users. */
    boolean sessions;
    /** Why the caller names may be incomplete (the sub-problem that reached a cap), or {@code null}. */
    String usersCapped;
    /** Two patterns with the variable whose meeting names were neither found nor proven absent, or {@code null}. */
    String pairOpen;
    /** Whether some difference came out empty only for the names tried, not for every name. */
    boolean nameDependent;

    final List<Statement.Condition> conditions = new ArrayList<>();

    RequestSpace(AnalysisSession session) {
        this.session = session;
    }

    /** Adds the statements of {@code policies}, as their analyses parsed them. */
    void add(List<AnalyzedPolicy> policies, boolean candidate) {
        for (AnalyzedPolicy analysed : policies) {
            Policy p = analysed.policy();
            boolean vars = Evaluator.variablesEnabled(p);
            for (AnalyzedStatement a : analysed.statements()) {
                Statement s = a.statement();
                if (!s.isAllow() && !s.isDeny()) {
                    continue;
                }
                ResourceList key = new ResourceList(
                        s.resource() != null ? 'R' : s.notResource() != null ? 'N' : '-',
                        vars,
                        s.resourceEntries().stream().map(e -> e.value()).toList());
                Integer id = resKeys.get(key);
                Stmt st = new Stmt(p, s, vars, candidate, id == null ? resKeys.size() : id);
                if (id == null) {
                    resKeys.put(key, resKeys.size());
                    resOwners.add(st);
                    lists.add(key);
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
                Unmodelled.Key key = Unmodelled.key(c, st.vars);
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

    /** The language of {@code owner}'s resource list for caller {@code user} ({@code null}: a role session). */
    Automaton res(Stmt owner, String user) {
        ListLanguage key = new ListLanguage(lists.get(owner.resKey), owner.usesUser, owner.usesUser ? user : null);
        Automaton a = resMemo.get(key);
        if (a != null) {
            return a;
        }
        a = session.cache(LISTS).get(key);
        if (a != null) {
            a = a.clone();
            resMemo.put(key, a);
            return a;
        }
        Statement s = owner.st;
        Automaton u = BasicAutomata.makeEmpty();
        for (var e : s.resourceEntries()) {
            u = u.union(Languages.resource(session, e.value(), owner.vars, user));
        }
        if (s.resource() == null) {
            u = s.notResource() == null ? BasicAutomata.makeEmpty() : u.complement();
        }
        u.minimize();
        resMemo.put(key, u);
        session.cache(LISTS).put(key, u.clone());
        return u;
    }

    /** The union of the resource languages of {@code list} for caller {@code u}. */
    Automaton union(List<Stmt> list, String u) {
        Automaton a = BasicAutomata.makeEmpty();
        Set<Integer> seen = new HashSet<>();
        for (Stmt s : list) {
            if (seen.add(s.resKey)) {
                a = a.union(res(resOwners.get(s.resKey), u));
            }
        }
        return a;
    }

    /** The distinct resource lists of {@code list}. */
    Set<ResourceList> listsOf(List<Stmt> list) {
        Set<ResourceList> out = new HashSet<>();
        list.forEach(s -> out.add(lists.get(s.resKey)));
        return Set.copyOf(out);
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

    /**
     * Whether the statement's condition can hold in this context: modelled conditions exactly; unmodelled
     * ones fixed against the counterexample (strict) or for it (lenient).
     */
    static boolean conditionState(Stmt s, Request proto, Unmodelled.Mode mode) {
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
    static boolean assumed(Stmt s, int i, Unmodelled.Mode mode) {
        return mode.value(s.unknownKeys.get(i), s.candidate == s.allow);
    }
}
