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
import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.SEED;
import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.TRIES;
import static io.github.iampolicy.engine.semantic.DifferentialPropertyTest.pick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.ExtractedFile;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.rules.semantic.OtherUserAccessRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential property for CloudFormation templates with {@code Fn::If} over one or two conditions
 * (issue 8): statements guarded by a condition ({@code AWS::NoValue} in the other branch) or with an Effect
 * chosen by one. The oracle builds the deployed policy of each combination itself, without the resolver, and
 * brute-forces it: an {@code error} holds in every combination, a {@code warning} in the one it names, no
 * finding in none.
 */
class BranchesDifferentialTest {

    static final PolicyExtractor EXTRACTOR = new PolicyExtractor();

    @TempDir
    Path dir;

    /** One statement: its JSON, and when it is present and with which effect, per combination. */
    record Stmt(String body, String effect, int guard) {

        /** The statement in the template. */
        String template() {
            String e = effect.equals("if") ? "{\"Fn::If\":[\"C1\",\"Allow\",\"Deny\"]}" : "\"" + effect + "\"";
            String st = "{\"Effect\":" + e + "," + body + "}";
            return switch (guard) {
                case 1 -> "{\"Fn::If\":[\"C1\"," + st + ",{\"Ref\":\"AWS::NoValue\"}]}";
                case 2 -> "{\"Fn::If\":[\"C2\",{\"Ref\":\"AWS::NoValue\"}," + st + "]}";
                default -> st;
            };
        }

        /** The statement as deployed with C1 and C2, or {@code null} when absent. */
        String deployed(boolean c1, boolean c2) {
            if (guard == 1 && !c1 || guard == 2 && c2) {
                return null;
            }
            String e = effect.equals("if") ? (c1 ? "Allow" : "Deny") : effect;
            return "{\"Effect\":\"" + e + "\"," + body + "}";
        }
    }

    static List<Stmt> statements(Random r) {
        int n = 1 + r.nextInt(3);
        List<Stmt> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = "\"Action\":\"" + pick(r, IAM_ACTIONS) + "\",\""
                    + pick(r, "Resource", "Resource", "NotResource") + "\":" + DifferentialPropertyTest.iamResource(r);
            out.add(new Stmt(body, pick(r, "Allow", "Allow", "Deny", "if"), r.nextInt(3)));
        }
        return out;
    }

    Policy extract(List<Stmt> st) throws IOException {
        String template =
                "{\"AWSTemplateFormatVersion\":\"2010-09-09\",\"Conditions\":{\"C1\":{\"Fn::Equals\":[\"a\",\"a\"]},"
                        + "\"C2\":{\"Fn::Equals\":[\"a\",\"b\"]}},\"Resources\":{\"P\":{\"Type\":\"AWS::IAM::ManagedPolicy\","
                        + "\"Properties\":{\"PolicyDocument\":{\"Version\":\"2012-10-17\",\"Statement\":["
                        + String.join(",", st.stream().map(Stmt::template).toList()) + "]}}}}}";
        Path f = dir.resolve("stack.json");
        Files.writeString(f, template, StandardCharsets.UTF_8);
        ExtractedFile e = EXTRACTOR.extract(new SourceFile(f, "stack.json"));
        assertEquals(List.of(), e.problems(), template);
        return e.policies().get(0);
    }

    static Policy deployed(List<Stmt> st, boolean c1, boolean c2) {
        List<String> present = new ArrayList<>();
        for (Stmt s : st) {
            String d = s.deployed(c1, c2);
            if (d != null) {
                present.add(d);
            }
        }
        return TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", present) + "]}");
    }

    static Request asRequest(Finding f) {
        Map<String, String> ctx = new LinkedHashMap<>(f.counterexample().context());
        ctx.put("aws:username", f.counterexample().username());
        return Request.of(f.counterexample().action(), f.counterexample().resource(), ctx);
    }

    @Test
    void findingsHoldForTheCombinationsTheyClaim() throws IOException {
        int tries = Math.max(1, TRIES / 25);
        int errors = 0;
        int warnings = 0;
        int none = 0;
        for (int t = 0; t < tries; t++) {
            long seed = SEED + 6_000_000L + t;
            Random r = new Random(seed);
            List<Stmt> st = statements(r);
            Policy p = extract(st);
            List<Finding> fs = new ArrayList<>();
            new OtherUserAccessRule()
                    .check(new PolicyContext(p, ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, fs::add));
            String where = "generator seed " + seed + " " + st + " -> " + fs;
            boolean[][] combos = {{true, true}, {true, false}, {false, true}, {false, false}};
            if (fs.isEmpty()) {
                none++;
                for (boolean[] c : combos) {
                    CheckResult plain =
                            DifferentialPropertyTest.CHECKER.otherUserAccess(List.of(deployed(st, c[0], c[1])), CRED);
                    assertTrue(!(plain instanceof CheckResult.Fail), "C1 " + c[0] + " C2 " + c[1] + ": " + where);
                    Request cex = DifferentialPropertyTest.bruteIam301(deployed(st, c[0], c[1]));
                    if (cex != null) {
                        fail("no finding, but with C1 " + c[0] + " and C2 " + c[1] + " brute force finds " + cex + ": "
                                + where);
                    }
                }
                continue;
            }
            assertEquals(1, fs.size(), where);
            Finding f = fs.get(0);
            assertTrue(f.counterexample() != null, where);
            if (f.severity() == Severity.ERROR) {
                errors++;
                // the plain checker (held to brute force by DifferentialPropertyTest) on each deployed policy
                for (boolean[] c : combos) {
                    Policy d = deployed(st, c[0], c[1]);
                    CheckResult each = DifferentialPropertyTest.CHECKER.otherUserAccess(List.of(d), CRED);
                    assertTrue(
                            each instanceof CheckResult.Fail g && g.definite(),
                            "C1 " + c[0] + " C2 " + c[1] + ": " + where);
                    assertTrue(
                            Evaluator.evaluate(List.of(d), ((CheckResult.Fail) each).request())
                                    .allowed(),
                            where);
                }
            } else {
                warnings++;
                String m = f.message();
                boolean c1 = !m.contains("`C1` false");
                boolean c2 = !m.contains("`C2` false");
                assertTrue(
                        Evaluator.evaluate(List.of(deployed(st, c1, c2)), asRequest(f))
                                .allowed(),
                        where);
            }
        }
        System.out.println("branches property outcomes (seed " + SEED + "): error=" + errors + " warning=" + warnings
                + " none=" + none);
        if (tries >= 100) {
            assertTrue(errors >= tries / 20 && warnings >= tries / 20 && none >= tries / 20, errors + "/" + warnings);
        }
    }
}
