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

import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.CRED;
import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.IAM_ACTIONS;
import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.NAMES;
import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.SEED;
import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.TRIES;
import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.pick;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Policy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The differential property for the conditions issue 8 decides: {@code aws:MultiFactorAuthAge} with Numeric
 * operators, {@code Null aws:username}, and an unmodelled key ({@code aws:RequestedRegion}) that takes one
 * value per request whichever statements test it. The brute force varies the MFA age and the region with
 * the other parts of the request: a PASS has no counterexample among them, an error holds for every region,
 * a warning for at least one.
 */
class ConditionsDifferentialTest {

    static final List<String> REGIONS = List.of("", "us-east-1", "eu-west-1");
    static final List<Map<String, String>> MFA = List.of(
            mfa("true", "60"),
            mfa("true", "3600"),
            mfa("true", "7200"),
            Map.of(),
            Map.of("aws:MultiFactorAuthPresent", "false"));

    static Map<String, String> mfa(String present, String age) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("aws:MultiFactorAuthPresent", present);
        m.put("aws:MultiFactorAuthAge", age);
        return m;
    }

    static String condition(Random r) {
        List<String> parts = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            parts.add("\""
                    + pick(
                            r,
                            "NumericLessThan",
                            "NumericGreaterThan",
                            "NumericLessThanIfExists",
                            "NumericGreaterThanEqualsIfExists",
                            "NumericEquals")
                    + "\":{\"aws:MultiFactorAuthAge\":\"" + pick(r, "3600", "60", "7200.5") + "\"}");
        }
        if (r.nextInt(3) == 0) {
            // one operator only: conditions that differ are independent unknowns, which StringEquals and
            // StringNotEquals on one key are not (README, Limits)
            parts.add("\"StringEquals\":{\"aws:RequestedRegion\":\"" + pick(r, "us-east-1", "eu-west-1") + "\"}");
        }
        if (r.nextInt(8) == 0) {
            parts.add("\"Null\":{\"aws:username\":\"" + pick(r, "true", "false") + "\"}");
        }
        return parts.isEmpty() ? "" : ",\"Condition\":{" + String.join(",", parts) + "}";
    }

    static Policy policy(Random r) {
        int n = 1 + r.nextInt(3);
        List<String> st = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            st.add("{\"Effect\":\"" + pick(r, "Allow", "Allow", "Deny") + "\",\"Action\":\"" + pick(r, IAM_ACTIONS)
                    + "\",\"Resource\":\""
                    + pick(r, "*", "arn:aws:iam::*:user/*", "arn:aws:iam::*:user/${aws:username}")
                    + "\"" + condition(r) + "}");
        }
        return TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", st) + "]}");
    }

    /** Requests of the bounded space for one region ("" = the key absent), allowed ones only. */
    static List<Request> allowed(Policy policy, String region) {
        Evaluator.Prepared p = Evaluator.prepare(List.of(policy));
        List<Request> out = new ArrayList<>();
        for (String action : CRED) {
            for (String u : NAMES) {
                for (String v : NAMES) {
                    if (v.equalsIgnoreCase(u)) {
                        continue;
                    }
                    for (Map<String, String> m : MFA) {
                        Map<String, String> ctx = new LinkedHashMap<>(m);
                        ctx.put("aws:username", u);
                        if (!region.isEmpty()) {
                            ctx.put("aws:RequestedRegion", region);
                        }
                        Request req = Request.of(action, "arn:aws:iam::123456789012:user/" + v, ctx);
                        if (p.evaluate(req).allowed()) {
                            out.add(req);
                        }
                    }
                }
            }
        }
        return out;
    }

    static Request withRegion(Request r, String region) {
        Map<String, List<String>> ctx = new LinkedHashMap<>(r.context());
        ctx.remove("aws:requestedregion");
        if (!region.isEmpty()) {
            ctx.put("aws:RequestedRegion", List.of(region));
        }
        return new Request(r.action(), r.resource(), ctx);
    }

    @Test
    void decidedConditionsAgreeWithBruteForce() {
        Map<DifferentialPropertyTest.Outcome, Integer> stats = new EnumMap<>(DifferentialPropertyTest.Outcome.class);
        int tries = Math.max(1, TRIES / 10);
        for (int t = 0; t < tries; t++) {
            long seed = SEED + 3_000_000L + t;
            Random r = new Random(seed);
            Policy p = policy(r);
            CheckResult result = DifferentialPropertyTest.CHECKER.otherUserAccess(List.of(p), CRED);
            String where = "generator seed " + seed + DifferentialPropertyTest.render(p) + "\n  -> " + result;
            stats.merge(DifferentialPropertyTest.outcome(result), 1, Integer::sum);
            if (result instanceof CheckResult.Fail f) {
                assertTrue(
                        UserArns.namesOtherUser(
                                f.request().resource(), f.request().username()),
                        where);
                Evaluator.Prepared prepared = Evaluator.prepare(List.of(p));
                boolean every = true;
                boolean some = false;
                for (String region : REGIONS) {
                    boolean ok =
                            prepared.evaluate(withRegion(f.request(), region)).allowed();
                    every &= ok;
                    some |= ok;
                }
                if (f.assumptions().isEmpty()) {
                    assertTrue(every, "error does not hold for every region: " + where);
                } else {
                    assertTrue(some, "warning holds for no region: " + where);
                }
            } else if (result instanceof CheckResult.Pass) {
                for (String region : REGIONS) {
                    List<Request> cex = allowed(p, region);
                    if (!cex.isEmpty()) {
                        fail("PASS, but brute force finds " + cex.get(0) + ": " + where);
                    }
                }
            } else {
                fail("UNKNOWN on a policy inside the fragment: " + where);
            }
        }
        System.out.println("decided-conditions property outcomes (seed " + SEED + "): " + stats);
        if (tries >= 100) {
            assertTrue(stats.getOrDefault(DifferentialPropertyTest.Outcome.PASS, 0) >= tries / 10, stats.toString());
            assertTrue(stats.getOrDefault(DifferentialPropertyTest.Outcome.FAIL, 0) >= tries / 10, stats.toString());
        }
    }

    static final List<String> NAME_PATTERNS = List.of("*b*", "b*", "*a", "ab", "?b", "a*b");

    static String usernameConditions(Random r) {
        List<String> parts = new ArrayList<>();
        List<String> ops = new ArrayList<>(List.of("StringLike", "StringNotLike", "StringEquals", "StringNotEquals"));
        java.util.Collections.shuffle(ops, r);
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            parts.add("\"" + ops.get(i) + "\":{\"aws:username\":\"" + NAME_PATTERNS.get(r.nextInt(NAME_PATTERNS.size()))
                    + "\"}");
        }
        return parts.isEmpty() ? "" : ",\"Condition\":{" + String.join(",", parts) + "}";
    }

    /** Names constrained by several operators and statements together (issue 8, cause 3). */
    @Test
    void combinedUsernameConditionsAgreeWithBruteForce() {
        Map<DifferentialPropertyTest.Outcome, Integer> stats = new EnumMap<>(DifferentialPropertyTest.Outcome.class);
        int tries = Math.max(1, TRIES / 10);
        List<String> names = List.of("a", "b", "ab", "ba", "bab", "aab", "xbx", "bb", "cb", "zz");
        for (int t = 0; t < tries; t++) {
            long seed = SEED + 5_000_000L + t;
            Random r = new Random(seed);
            int n = 1 + r.nextInt(2);
            List<String> st = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                st.add("{\"Effect\":\"" + pick(r, "Allow", "Allow", "Deny") + "\",\"Action\":\"iam:CreateAccessKey\","
                        + "\"Resource\":\"arn:aws:iam::*:user/*\"" + usernameConditions(r) + "}");
            }
            Policy p = TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", st) + "]}");
            CheckResult result = DifferentialPropertyTest.CHECKER.otherUserAccess(List.of(p), CRED);
            String where = "generator seed " + seed + DifferentialPropertyTest.render(p) + "\n  -> " + result;
            stats.merge(DifferentialPropertyTest.outcome(result), 1, Integer::sum);
            if (result instanceof CheckResult.Fail f) {
                assertTrue(Evaluator.evaluate(List.of(p), f.request()).allowed(), where);
                assertTrue(
                        UserArns.namesOtherUser(
                                f.request().resource(), f.request().username()),
                        where);
            } else if (result instanceof CheckResult.Pass) {
                Evaluator.Prepared prepared = Evaluator.prepare(List.of(p));
                for (String u : names) {
                    Request req = Request.of(
                            "iam:CreateAccessKey",
                            "arn:aws:iam::123456789012:user/" + (u.equals("a") ? "b" : "a"),
                            Map.of("aws:username", u));
                    if (prepared.evaluate(req).allowed()) {
                        fail("PASS, but brute force finds " + req + ": " + where);
                    }
                }
            } else {
                fail("UNKNOWN on a policy inside the fragment: " + where);
            }
        }
        System.out.println("username-combination property outcomes (seed " + SEED + "): " + stats);
        if (tries >= 100) {
            assertTrue(stats.getOrDefault(DifferentialPropertyTest.Outcome.PASS, 0) >= tries / 10, stats.toString());
            assertTrue(stats.getOrDefault(DifferentialPropertyTest.Outcome.FAIL, 0) >= tries / 10, stats.toString());
        }
    }
}
