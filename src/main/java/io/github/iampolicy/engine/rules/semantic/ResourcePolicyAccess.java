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
package io.github.iampolicy.engine.rules.semantic;

import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.semantic.CheckResult;
import io.github.iampolicy.engine.semantic.ForbiddenAccess;
import io.github.iampolicy.engine.semantic.SemanticChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * IAM303 on a resource policy (bucket, key, queue, topic, secret, repository ... policy): for each principal
 * the policy names, does the policy allow that principal a forbidden request? Each principal's view
 * ({@link PrincipalViews}) is decided by the same semantic check as an identity policy, so Deny, NotAction,
 * NotResource, conditions and unknown template values count in the same way.
 */
final class ResourcePolicyAccess {

    private ResourcePolicyAccess() {}

    /** Principals named in a message before the rest are counted. */
    private static final int NAMED = 3;

    static void check(Rule rule, PolicyContext ctx, List<ForbiddenAccess.Entry> entries) {
        List<List<Map.Entry<String, String>>> groups = PrincipalViews.groups(ctx.analysis());
        if (groups.isEmpty()) {
            return;
        }
        SemanticChecker checker = new SemanticChecker(ctx.catalog());
        for (ForbiddenAccess.Entry entry : entries) {
            for (List<Map.Entry<String, String>> group : groups) {
                String key = group.get(0).getKey();
                Branched.Outcome o = Branched.check(
                        ctx,
                        v -> ForbiddenAccess.check(
                                checker, ctx.catalog(), List.of(checker.analyze(PrincipalViews.view(v, key))), entry));
                if (o.result() instanceof CheckResult.Fail f) {
                    report(rule, ctx, o, f, entry, group);
                } else if (o.result() instanceof CheckResult.Unknown u) {
                    Explain.unknown(
                            rule,
                            ctx,
                            "whether the policy allows " + names(group) + " the forbidden access " + entry.label(),
                            u);
                }
            }
        }
    }

    /** {@code principal *}, {@code principals a, b, c and 4 more}. */
    static String names(List<Map.Entry<String, String>> group) {
        List<String> shown =
                group.stream().limit(NAMED).map(Map.Entry::getValue).toList();
        return (group.size() == 1 ? "principal " : "principals ")
                + String.join(", ", shown)
                + (group.size() > NAMED ? " and " + (group.size() - NAMED) + " more" : "");
    }

    private static void report(
            Rule rule,
            PolicyContext ctx,
            Branched.Outcome o,
            CheckResult.Fail f,
            ForbiddenAccess.Entry entry,
            List<Map.Entry<String, String>> group) {
        Counterexample c = f.counterexample();
        Statement at = original(ctx, f.decision().statement());
        // the keys the allowing statement tests; the rest (the checker's MFA defaults) says nothing about a
        // principal that may not even be an IAM user
        Set<String> tested = new HashSet<>();
        at.conditions().forEach(k -> tested.add(k.key().toLowerCase(Locale.ROOT)));
        List<String> context = new ArrayList<>();
        new TreeMap<>(c.context()).forEach((k, v) -> {
            if (tested.contains(k.toLowerCase(Locale.ROOT))) {
                context.add(k + "=" + v);
            }
        });
        ctx.report(
                rule,
                o.severity(f),
                at.location(),
                at,
                c.action(),
                "The policy allows forbidden access (" + entry.label() + ") to " + names(group) + ": "
                        + (group.size() == 1 ? "it runs " : group.get(0).getValue() + " runs ")
                        + c.action() + " on " + c.resource()
                        + (context.isEmpty() ? "" : " (" + String.join(", ", context) + ")") + ", allowed by "
                        + Explain.statement(at) + Explain.assumptions(f.assumptions())
                        + Explain.unknowns(f.unknowns()) + o.clause() + ".",
                new Counterexample(
                        null,
                        c.action(),
                        c.resource(),
                        c.context(),
                        group.get(0).getValue()));
    }

    /** The checked policy's statement at the place of the view's (which lost its position and Sid-less label). */
    private static Statement original(PolicyContext ctx, Statement viewed) {
        for (var analyzed : ctx.analysis().statements()) {
            if (analyzed.statement().location().equals(viewed.location())) {
                return analyzed.statement();
            }
        }
        return viewed;
    }
}
