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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential property tests (src/site/markdown/semantic-analysis.md section 9) with seeded generators: random small
 * policies; whenever the checker says PASS, brute force over a bounded request space finds no counterexample; whenever
 * it says FAIL, the concrete evaluator confirms the request. {@code -Dsemantic.tries=N} (per property, default 5000)
 * and {@code -Dsemantic.seed=S} reproduce or extend a run; a failure prints the seed, the try and the policies.
 */
class DifferentialPropertyTest {

    static final int TRIES = Integer.getInteger("semantic.tries", 5000);
    // CI runs a fixed seed so that a red build is reproducible; explore others with -Dsemantic.seed
    static final long SEED = Long.getLong("semantic.seed", 20261128L);
    static final SemanticChecker CHECKER = new SemanticChecker(ActionCatalog.defaultCatalog());

    enum Outcome {
        PASS,
        FAIL,
        UNKNOWN
    }

    static final List<Map<String, String>> CONTEXTS = List.of(
            Map.of("aws:MultiFactorAuthPresent", "true", "aws:MultiFactorAuthAge", "60"),
            Map.of(),
            Map.of("aws:MultiFactorAuthPresent", "false"));

    // ------------------------------------------------------------------ generators

    static String pick(Random r, String... xs) {
        return xs[r.nextInt(xs.length)];
    }

    static String list(Random r, String... xs) {
        int n = 1 + r.nextInt(2);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("\"" + pick(r, xs) + "\"");
        }
        return "[" + String.join(",", out) + "]";
    }

    /** A pattern of at most {@code max} tokens, with {@code ${aws:username}} at most once. */
    static String tokens(Random r, int max, String... alphabet) {
        int n = r.nextInt(max + 1);
        StringBuilder b = new StringBuilder();
        boolean user = false;
        for (int i = 0; i < n; i++) {
            String t = pick(r, alphabet);
            if (t.equals("${aws:username}")) {
                if (user) {
                    t = "*";
                }
                user = true;
            }
            b.append(t);
        }
        return b.toString();
    }

    static String condition(Random r) {
        List<String> parts = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            parts.add("\"" + pick(r, "Bool", "BoolIfExists") + "\":{\"aws:MultiFactorAuthPresent\":\""
                    + pick(r, "true", "false") + "\"}");
        }
        if (r.nextInt(6) == 0) {
            parts.add("\"Null\":{\"aws:MultiFactorAuthAge\":\"" + pick(r, "true", "false") + "\"}");
        }
        if (r.nextInt(6) == 0) {
            parts.add("\""
                    + pick(r, "StringEquals", "StringNotEquals", "StringLike", "StringNotLike", "StringEqualsIfExists")
                    + "\":{\"aws:username\":" + list(r, "a", "b", "a*", "?b", "${aws:username}")
                    + "}");
        }
        return parts.isEmpty() ? "" : ",\"Condition\":{" + String.join(",", parts) + "}";
    }

    static String statement(Random r, String[] actions, String resource) {
        return "{\"Effect\":\"" + pick(r, "Allow", "Allow", "Deny") + "\",\"" + pick(r, "Action", "Action", "NotAction")
                + "\":" + list(r, actions) + ",\"" + pick(r, "Resource", "Resource", "NotResource") + "\":["
                + resource + "]" + condition(r) + "}";
    }

    static Policy policy(Random r, String[] actions, java.util.function.Supplier<String> resources) {
        int n = 1 + r.nextInt(4);
        List<String> st = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            st.add(statement(r, actions, resources.get()));
        }
        return TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", st) + "]}");
    }

    static String text(Policy p) {
        return p.document().toString().length() > 0 ? render(p) : "";
    }

    static String render(Policy p) {
        StringBuilder b = new StringBuilder();
        for (var s : io.github.iampolicy.engine.model.Statement.of(p.document())) {
            b.append("\n  ")
                    .append(s.effect())
                    .append(s.action() != null ? " Action " : " NotAction ")
                    .append(s.actionEntries().stream().map(x -> x.value()).toList())
                    .append(s.resource() != null ? " Resource " : " NotResource ")
                    .append(s.resourceEntries().stream().map(x -> x.value()).toList());
            s.conditions()
                    .forEach(c -> b.append(" ")
                            .append(c.operator())
                            .append(' ')
                            .append(c.key())
                            .append('=')
                            .append(c.texts()));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ IAM301

    static final List<String> CRED = List.of("iam:createaccesskey", "iam:deleteaccesskey");
    static final String[] IAM_ACTIONS = {
        "iam:CreateAccessKey",
        "iam:DeleteAccessKey",
        "iam:*AccessKey*",
        "iam:Create*",
        "iam:GetUser",
        "s3:*",
        "*",
        "iam:?reateAccessKey"
    };
    static final List<String> NAMES = List.of("a", "b", "aa", "ab", "ba", "A", "B", "zz");

    static String iamResource(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "\"*\"";
            case 1 -> "\"arn:aws:iam::*:" + tokens(r, 3, "user", "/", "*", "a") + "\"";
            default ->
                "\"arn:aws:iam::" + pick(r, "*", "123456789012", "1") + ":user/"
                        + tokens(r, 4, "a", "b", "/", "*", "?", "${aws:username}", "${aws:username}") + "\"";
        };
    }

    @Test
    void iam301PassHasNoCounterexampleAndFailIsConfirmed() {
        Map<Outcome, Integer> stats = new EnumMap<>(Outcome.class);
        for (int t = 0; t < TRIES; t++) {
            long seed = SEED + t;
            Random r = new Random(seed);
            Policy p = policy(r, IAM_ACTIONS, () -> iamResource(r));
            CheckResult result = CHECKER.otherUserAccess(List.of(p), CRED);
            String where = "seed " + SEED + " try " + t + " (-Dsemantic.seed=" + seed + " -Dsemantic.tries=1)"
                    + render(p) + "\n  -> " + result;
            stats.merge(outcome(result), 1, Integer::sum);
            if (result instanceof CheckResult.Fail f) {
                assertTrue(Evaluator.evaluate(List.of(p), f.request()).allowed(), "FAIL not confirmed: " + where);
                assertTrue(
                        UserArns.namesOtherUser(
                                f.request().resource(), f.request().username()),
                        "not another user's ARN: " + where);
            } else if (result instanceof CheckResult.Pass) {
                Request cex = bruteIam301(p);
                if (cex != null) {
                    fail("PASS, but brute force finds " + cex + ": " + where);
                }
            } else {
                fail("UNKNOWN on a policy inside the fragment: " + where);
            }
        }
        shares(stats);
    }

    static Request bruteIam301(Policy policy) {
        Evaluator.Prepared p = Evaluator.prepare(List.of(policy));
        for (String action : CRED) {
            for (String u : NAMES) {
                for (String v : NAMES) {
                    if (v.equalsIgnoreCase(u)) {
                        continue;
                    }
                    for (String prefix : List.of(
                            "arn:aws:iam::123456789012:user/",
                            "arn:aws:iam::1:user/",
                            "arn:aws:iam::123456789012:user/a/",
                            "arn:aws:iam::123456789012:user//")) {
                        for (Map<String, String> c : CONTEXTS) {
                            Map<String, String> ctx = new LinkedHashMap<>(c);
                            ctx.put("aws:username", u);
                            Request req = Request.of(action, prefix + v, ctx);
                            if (p.evaluate(req).allowed()) {
                                return req;
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ IAM302

    static final String[] TINY_ACTIONS = {"s:a", "s:b", "s:ab", "t:a", "s:*", "s:a*", "*:a", "*", "s:?"};
    static final List<String> BRUTE_ACTIONS = List.of("s:a", "s:b", "s:ab", "t:a", "u:x", "s:bb");
    static final List<String> BRUTE_USERS = List.of("a", "b", "ab");
    static final List<String> BRUTE_RESOURCES = resources();

    static List<String> resources() {
        List<String> tails = new ArrayList<>(List.of(""));
        for (int len = 1; len <= 2; len++) {
            List<String> next = new ArrayList<>();
            for (String t : tails) {
                if (t.length() == len - 1) {
                    for (String c : List.of("a", "b", "/", ":")) {
                        next.add(t + c);
                    }
                }
            }
            tails.addAll(next);
        }
        List<String> out = new ArrayList<>();
        for (String t : tails) {
            out.add("arn:p:s::1:" + t);
            out.add(t);
        }
        out.addAll(List.of("arn:p:s::1:aab", "arn:p:s::1:abab", "arn:p:s::1:a/b", "arn:p:t::1:a"));
        return out;
    }

    static String tinyResource(Random r) {
        if (r.nextInt(4) == 0) {
            return "\"" + tokens(r, 4, "a", "b", "/", ":", "*", "?", "${aws:username}") + "\"";
        }
        return "\"arn:p:s::1:" + tokens(r, 4, "a", "b", "/", ":", "*", "?", "${aws:username}") + "\"";
    }

    @Test
    void iam302PassHasNoCounterexampleAndFailIsConfirmed() {
        Map<Outcome, Integer> stats = new EnumMap<>(Outcome.class);
        for (int t = 0; t < TRIES; t++) {
            long seed = SEED + 1_000_000L + t;
            Random r = new Random(seed);
            Policy c = policy(r, TINY_ACTIONS, () -> tinyResource(r));
            Policy ref = policy(r, TINY_ACTIONS, () -> tinyResource(r));
            CheckResult result = CHECKER.exceedsReference(List.of(c), List.of(ref));
            String where = "seed " + SEED + " try " + t + " (generator seed " + seed + ")\n candidate:" + render(c)
                    + "\n reference:" + render(ref) + "\n  -> " + result;
            stats.merge(outcome(result), 1, Integer::sum);
            if (result instanceof CheckResult.Fail f) {
                assertTrue(Evaluator.evaluate(List.of(c), f.request()).allowed(), "candidate does not allow: " + where);
                assertTrue(!Evaluator.evaluate(List.of(ref), f.request()).allowed(), "reference allows: " + where);
            } else if (result instanceof CheckResult.Pass) {
                Request cex = brute302(c, ref);
                if (cex != null) {
                    fail("PASS, but brute force finds " + cex + ": " + where);
                }
            } else {
                fail("UNKNOWN on a policy inside the fragment: " + where);
            }
        }
        shares(stats);
    }

    static Request brute302(Policy candidate, Policy reference) {
        Evaluator.Prepared c = Evaluator.prepare(List.of(candidate));
        Evaluator.Prepared ref = Evaluator.prepare(List.of(reference));
        for (String action : BRUTE_ACTIONS) {
            for (String res : BRUTE_RESOURCES) {
                for (String u : BRUTE_USERS) {
                    for (Map<String, String> m : CONTEXTS) {
                        Map<String, String> ctx = new LinkedHashMap<>(m);
                        ctx.put("aws:username", u);
                        Request req = Request.of(action, res, ctx);
                        if (c.evaluate(req).allowed() && !ref.evaluate(req).allowed()) {
                            return req;
                        }
                    }
                }
            }
        }
        return null;
    }

    @Test
    void containmentIsReflexive() {
        for (int t = 0; t < Math.max(1, TRIES / 10); t++) {
            long seed = SEED + 2_000_000L + t;
            Random r = new Random(seed);
            Policy c = policy(r, TINY_ACTIONS, () -> tinyResource(r));
            CheckResult result = CHECKER.exceedsReference(List.of(c), List.of(c));
            assertEquals(
                    CheckResult.Pass.class, result.getClass(), "generator seed " + seed + render(c) + " -> " + result);
        }
    }

    static Outcome outcome(CheckResult r) {
        return r instanceof CheckResult.Pass
                ? Outcome.PASS
                : r instanceof CheckResult.Fail ? Outcome.FAIL : Outcome.UNKNOWN;
    }

    /** The generators must exercise both outcomes, or the properties say little. */
    static void shares(Map<Outcome, Integer> stats) {
        System.out.println("semantic property outcomes (seed " + SEED + "): " + stats);
        if (TRIES >= 100) {
            assertTrue(stats.getOrDefault(Outcome.PASS, 0) >= TRIES / 10, "PASS share too small: " + stats);
            assertTrue(stats.getOrDefault(Outcome.FAIL, 0) >= TRIES / 10, "FAIL share too small: " + stats);
        }
    }
}
