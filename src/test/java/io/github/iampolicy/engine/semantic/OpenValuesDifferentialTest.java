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

import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.CONTEXTS;
import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.CRED;
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
 * The differential property with unknown template values in every position (issue 8): Effect, Action,
 * NotAction, Resource and NotResource, in Allow and Deny. The oracle instantiates the unknowns from a small
 * domain - a 12-digit account, the callers' names, a {@code *}-free string, the policy's literals - and
 * brute-forces each instance: an {@code error} must hold for every instantiation, a {@code warning} for the
 * values it names, a PASS for none.
 */
class OpenValuesDifferentialTest {

    static final List<String> DOMAIN = List.of("123456789012", "x", "a", "b", "CreateAccessKey", "Allow");
    static final List<String> CALLERS = List.of("a", "b", "x");
    static final List<String> TARGETS = List.of("a", "b", "x", "aa", "CreateAccessKey", "Allow", "123456789012");
    static final List<String> ACCOUNTS = DOMAIN;

    static String statement(Random r, String h1, String h2) {
        String effect = pick(r, "Allow", "Allow", "Deny", "${" + h1 + "}");
        String actionKey = pick(r, "Action", "Action", "NotAction");
        String action = pick(r, "iam:CreateAccessKey", "iam:*AccessKey", "iam:${" + h2 + "}", "${" + h1 + "}", "*");
        String resourceKey = pick(r, "Resource", "Resource", "NotResource");
        String resource = pick(
                r,
                "arn:aws:iam::${" + h1 + "}:user/*",
                "arn:aws:iam::*:user/${" + h2 + "}",
                "arn:aws:iam::${" + h1 + "}:user/${aws:username}",
                "arn:aws:iam::*:user/*",
                "arn:aws:iam::*:user/${aws:username}",
                "arn:aws:iam::123456789012:user/a*");
        return "{\"Effect\":\"" + effect + "\",\"" + actionKey + "\":\"" + action + "\",\"" + resourceKey + "\":\""
                + resource + "\"}";
    }

    static Policy policy(Random r) {
        int n = 1 + r.nextInt(3);
        List<String> st = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            st.add(statement(r, "P", "Q"));
        }
        return TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", st) + "]}");
    }

    static List<Map<String, String>> instantiations() {
        List<Map<String, String>> out = new ArrayList<>();
        for (String p : DOMAIN) {
            for (String q : DOMAIN) {
                out.add(Map.of("P", p, "Q", q));
            }
        }
        return out;
    }

    static Request brute(Policy instance) {
        Evaluator.Prepared p = Evaluator.prepare(List.of(instance));
        for (String action : CRED) {
            for (String u : CALLERS) {
                for (String v : TARGETS) {
                    if (v.equalsIgnoreCase(u)) {
                        continue;
                    }
                    for (String account : ACCOUNTS) {
                        for (Map<String, String> c : CONTEXTS) {
                            Map<String, String> ctx = new LinkedHashMap<>(c);
                            ctx.put("aws:username", u);
                            for (String partition : List.of("aws", "aws-cn")) {
                                Request req =
                                        Request.of(action, "arn:" + partition + ":iam::" + account + ":user/" + v, ctx);
                                if (p.evaluate(req).allowed()) {
                                    return req;
                                }
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    @Test
    void verdictsOnUnknownValuesHoldForTheirInstances() {
        Map<DifferentialPropertyTest.Outcome, Integer> stats = new EnumMap<>(DifferentialPropertyTest.Outcome.class);
        int tries = Math.max(1, TRIES / 20);
        for (int t = 0; t < tries; t++) {
            long seed = SEED + 4_000_000L + t;
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
                if (f.definite()) {
                    for (Map<String, String> values : instantiations()) {
                        Request cex = brute(Instances.apply(List.of(p), values).get(0));
                        if (cex == null) {
                            fail("error, but no counterexample with " + values + ": " + where);
                        }
                    }
                } else {
                    Map<String, String> values = new LinkedHashMap<>();
                    f.unknowns().values().forEach((k, v) -> values.put(k.substring(2, k.length() - 1), v));
                    Policy instance = Instances.apply(List.of(p), values).get(0);
                    assertTrue(
                            Evaluator.evaluate(List.of(instance), f.request()).allowed(), "warning: " + where);
                }
            } else if (result instanceof CheckResult.Pass) {
                for (Map<String, String> values : instantiations()) {
                    Request cex = brute(Instances.apply(List.of(p), values).get(0));
                    if (cex != null) {
                        fail("PASS, but with " + values + " brute force finds " + cex + ": " + where);
                    }
                }
            }
        }
        System.out.println("open-values property outcomes (seed " + SEED + "): " + stats);
        if (tries >= 100) {
            assertTrue(stats.getOrDefault(DifferentialPropertyTest.Outcome.PASS, 0) >= tries / 20, stats.toString());
            assertTrue(stats.getOrDefault(DifferentialPropertyTest.Outcome.FAIL, 0) >= tries / 10, stats.toString());
        }
    }
}
