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
import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.Values;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
 * <p>The checker reads the policies' {@link AnalyzedPolicy analyses}: statements parsed once, by the rules'
 * analysis for the checked policy and once per goal execution for the reference; the policies it derives
 * (bounds of open values, instances) are analysed once each ({@link Analyses}). Only the concrete
 * {@link Evaluator}, which confirms every counterexample, reads the documents on its own, on purpose.
 *
 * <p>Every automaton is built per call and never leaves it, so one checker can serve many threads.
 */
public final class SemanticChecker {

    static final String ACCOUNT = "123456789012";
    private static final int MAX_ATOMS = 4096;

    private final ActionCatalog catalog;
    private final AnalysisSession session;
    private final WitnessFinder witnesses;
    private final Analyses analyses;

    /**
     * A checker over {@code catalog}; its memos live in the catalog's analysis session, or, for a catalog seen
     * outside any session, in a session of the checker's own that lives as long as the checker.
     */
    public SemanticChecker(ActionCatalog catalog) {
        this(catalog, p -> {});
    }

    /** A checker that shows {@code onAnalysis} each policy it analyses itself (for tests). */
    SemanticChecker(ActionCatalog catalog, Consumer<Policy> onAnalysis) {
        this.catalog = catalog.session() != null ? catalog : catalog.within(new AnalysisSession());
        this.session = this.catalog.session();
        this.witnesses = new WitnessFinder(this.catalog);
        this.analyses = new Analyses(this.catalog, onAnalysis);
    }

    /** The analysis of a policy the caller made for the check (a view, a complement): built once, here. */
    public AnalyzedPolicy analyze(Policy policy) {
        return analyses.of(policy);
    }

    // ------------------------------------------------------------------ IAM301

    /**
     * IAM301: is there a caller u and a request (one of {@code credentialActions}, on the user ARN of a user
     * other than u) that {@code candidate} allows?
     *
     * @param credentialActions catalog action names, any case
     */
    public CheckResult otherUserAccess(List<Policy> candidate, List<String> credentialActions) {
        return otherUserAccessOf(analyses.of(candidate), credentialActions);
    }

    /** {@link #otherUserAccess} over policies analysed already (the rules' analysis of the checked policy). */
    public CheckResult otherUserAccessOf(List<AnalyzedPolicy> candidate, List<String> credentialActions) {
        return OpenValues.decide(analyses, candidate, null, (c, r) -> otherUserAccessClosed(c, credentialActions));
    }

    private CheckResult otherUserAccessClosed(List<AnalyzedPolicy> candidate, List<String> credentialActions) {
        RequestSpace run = new RequestSpace(session);
        run.add(candidate, true);
        // a role's inline policy is only ever used by sessions of that role, which have no aws:username
        run.sessions = !candidate.isEmpty()
                && candidate.stream().allMatch(p -> p.policy().kind() == PolicyKind.INLINE_ROLE);
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
        return exceedsReferenceOf(analyses.of(candidate), analyses.of(reference));
    }

    /**
     * {@link #exceedsReference} over policies analysed already: the rules' analysis of the checked policy and
     * the reference's analysis of the goal execution ({@link SemanticOptions.Reference#analyses}).
     */
    public CheckResult exceedsReferenceOf(List<AnalyzedPolicy> candidate, List<AnalyzedPolicy> reference) {
        return OpenValues.decide(analyses, candidate, reference, this::exceedsReferenceClosed);
    }

    private CheckResult exceedsReferenceClosed(List<AnalyzedPolicy> candidate, List<AnalyzedPolicy> reference) {
        RequestSpace run = new RequestSpace(session);
        run.add(candidate, true);
        run.add(reference, false);
        List<String> patterns = new ArrayList<>();
        for (RequestSpace.Stmt s : run.stmts) {
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

    private CheckResult search(RequestSpace run, List<Atom> atoms, List<AnalyzedPolicy> reference) {
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
        if (iam301 && OwnResources.onlyOwn(run, relevant)) {
            return new CheckResult.Pass(); // the self-manage shape: each caller is granted its own ARN only
        }
        List<String> users =
                run.sessions ? java.util.Collections.singletonList(null) : CallerNames.of(session, run, relevant);
        List<Map<String, String>> mfaContexts = MfaContexts.of(run.conditions);
        DifferenceSolver solver = new DifferenceSolver(session, run, iam301);
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
                        if (RequestSpace.conditionState(run.stmts.get(i), proto, mode)) {
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
                        List<RequestSpace.Stmt> cAllow = new ArrayList<>();
                        List<RequestSpace.Stmt> cDeny = new ArrayList<>();
                        List<RequestSpace.Stmt> rAllow = new ArrayList<>();
                        List<RequestSpace.Stmt> rDeny = new ArrayList<>();
                        for (int i = app.nextSetBit(0); i >= 0; i = app.nextSetBit(i + 1)) {
                            RequestSpace.Stmt s = run.stmts.get(i);
                            (s.candidate ? s.allow ? cAllow : cDeny : s.allow ? rAllow : rDeny).add(s);
                        }
                        if (cAllow.isEmpty()) {
                            emptyForAll.add(app);
                            continue;
                        }
                        boolean byUser = Stream.of(cAllow, cDeny, rAllow, rDeny)
                                .flatMap(List::stream)
                                .anyMatch(s -> run.resOwners.get(s.resKey).usesUser);
                        Automaton d = solver.difference(cAllow, cDeny, rAllow, rDeny, byUser, u);
                        if (d.isEmpty()) {
                            run.nameDependent |=
                                    byUser && !WordEquations.emptyForEveryName(run, cAllow, cDeny, rAllow, rDeny);
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
                                d = solver.withoutOwn(d, cAllow, cDeny, u);
                                if (d.isEmpty()) {
                                    run.nameDependent = true;
                                    emptyForUser.add(app);
                                    continue;
                                }
                            }
                        }
                        Atom atom = atoms.get(ai);
                        String resource = witnesses.witness(d, atom, u, iam301);
                        if (mode.overApprox()) {
                            return new CheckResult.Unknown("more than " + Unmodelled.MAX_MIXED
                                    + " distinct unmodelled conditions guard both allowing and denying statements");
                        }
                        return WitnessFinder.verify(
                                run, atom, resource, ctx, mode, Analyses.policies(reference), proto);
                    }
                }
            }
        }
        // a cap only leaves open what its names would have decided: a counterexample found without them stands
        if (run.usersCapped != null) {
            return new CheckResult.Unknown(run.usersCapped);
        }
        // an unsettled pair of patterns matters only where an emptiness rested on the names tried
        return run.pairOpen == null || !run.nameDependent
                ? new CheckResult.Pass()
                : new CheckResult.Unknown(run.pairOpen);
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
}
