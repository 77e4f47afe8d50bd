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
import io.github.iampolicy.engine.semantic.RequestSpace.ResourceList;
import io.github.iampolicy.engine.semantic.RequestSpace.Stmt;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.session.CacheKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resources of the counterexamples for one set of applicable statements and one caller: what the
 * candidate's Allows grant minus its Denies, minus what the reference grants (IAM302), or on a user ARN and
 * then on one other than the caller's own (IAM301). Results are memoised per call and across calls in the
 * session, keyed by the resource lists' texts.
 */
final class DifferenceSolver {

    /**
     * The statements that apply, by side, as their resource lists, and the caller when a list depends on it.
     */
    private record DiffKey(
            boolean iam301,
            Set<ResourceList> candidateAllow,
            Set<ResourceList> candidateDeny,
            Set<ResourceList> referenceAllow,
            Set<ResourceList> referenceDeny,
            boolean byUser,
            String user) {}

    /** IAM301's difference without the caller's own user ARNs. */
    private record OwnKey(Set<ResourceList> candidateAllow, Set<ResourceList> candidateDeny, String user) {}

    /** The session's case differences across calls (clones in and out: automata are mutable). */
    private static final CacheKey<DiffKey, Automaton> DIFFS = new CacheKey<>("case differences", 4096);

    private static final CacheKey<OwnKey, Automaton> OWN = new CacheKey<>("differences without own ARNs", 4096);

    private final AnalysisSession session;
    private final RequestSpace run;
    private final boolean iam301;
    private final Map<DiffKey, Automaton> memo = new HashMap<>();
    private final Map<OwnKey, Automaton> ownMemo = new HashMap<>();
    private Automaton userArn;

    DifferenceSolver(AnalysisSession session, RequestSpace run, boolean iam301) {
        this.session = session;
        this.run = run;
        this.iam301 = iam301;
    }

    /** The resources the candidate's applicable statements allow and the rest does not, for caller {@code u}. */
    Automaton difference(
            List<Stmt> cAllow, List<Stmt> cDeny, List<Stmt> rAllow, List<Stmt> rDeny, boolean byUser, String u) {
        DiffKey key = new DiffKey(
                iam301,
                run.listsOf(cAllow),
                run.listsOf(cDeny),
                run.listsOf(rAllow),
                run.listsOf(rDeny),
                byUser,
                byUser ? u : null);
        Automaton d = memo.get(key);
        if (d != null) {
            return d;
        }
        Automaton cached = session.cache(DIFFS).get(key);
        if (cached != null) {
            d = cached.clone();
            memo.put(key, d);
            return d;
        }
        Automaton lc = run.union(cAllow, u).minus(run.union(cDeny, u));
        if (iam301) {
            if (userArn == null) {
                userArn = UserArns.userArn(session);
            }
            // only emptiness and a witness are asked of d: brics' products drop dead states, which is all
            // isEmpty needs, so minimising would be wasted work
            d = lc.isEmpty() ? lc : lc.intersection(userArn);
        } else {
            lc.minimize(); // the reference side is subtracted from it, once per context
            Automaton lr = run.union(rAllow, u).minus(run.union(rDeny, u));
            d = lc.minus(lr);
        }
        memo.put(key, d);
        session.cache(DIFFS).put(key, d.clone());
        return d;
    }

    /** IAM301: {@code d} without the user ARNs of caller {@code u} itself. */
    Automaton withoutOwn(Automaton d, List<Stmt> cAllow, List<Stmt> cDeny, String u) {
        OwnKey key = new OwnKey(run.listsOf(cAllow), run.listsOf(cDeny), u);
        Automaton o = ownMemo.get(key);
        if (o == null) {
            Automaton cached = session.cache(OWN).get(key);
            o = cached != null ? cached.clone() : d.minus(UserArns.own(session, u));
            if (cached == null) {
                session.cache(OWN).put(key, o.clone());
            }
            ownMemo.put(key, o);
        }
        return o;
    }
}
