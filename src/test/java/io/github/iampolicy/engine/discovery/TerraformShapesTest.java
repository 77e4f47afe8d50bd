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
package io.github.iampolicy.engine.discovery;

import static io.github.iampolicy.engine.discovery.Fixtures.at;
import static io.github.iampolicy.engine.discovery.Fixtures.clean;
import static io.github.iampolicy.engine.discovery.Fixtures.extract;
import static io.github.iampolicy.engine.discovery.Fixtures.policy;
import static io.github.iampolicy.engine.discovery.Fixtures.resourceTexts;
import static io.github.iampolicy.engine.discovery.Fixtures.resources;
import static io.github.iampolicy.engine.discovery.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The Terraform item of "Shapes" in src/site/markdown/rules/index.md: Terraform JSON configurations and plans. */
class TerraformShapesTest {

    private static final String MAIN = "tf/main.tf.json";

    private static Map<String, PolicyKind> kinds(ExtractedFile f) {
        Map<String, PolicyKind> kinds = new TreeMap<>();
        f.policies().forEach(p -> kinds.put(p.policyPath(), p.kind()));
        return kinds;
    }

    @Test
    void policyAttributesWithTheirKinds() {
        ExtractedFile f = extract(MAIN);
        assertEquals(
                Map.of(
                        "resource.aws_iam_policy.quotes.policy", PolicyKind.MANAGED,
                        "resource.aws_iam_user_policy.self.policy", PolicyKind.INLINE_USER,
                        "resource.aws_iam_group_policy.grp.policy", PolicyKind.INLINE_GROUP,
                        "resource.aws_iam_role.svc.assume_role_policy", PolicyKind.TRUST,
                        "resource.aws_iam_role.svc.inline_policy[0].policy", PolicyKind.INLINE_ROLE),
                kinds(f));
        assertEquals(
                List.of("inline-res"), resourceTexts(policy(f, "resource.aws_iam_role.svc.inline_policy[0].policy")));
    }

    @Test
    void interpolationsWithInnerQuotesBecomeUnknownBeforeParsing() {
        Policy p = policy(extract(MAIN), "resource.aws_iam_policy.quotes.policy");
        ScalarNode r = resources(p).get(0);
        assertEquals(3, Values.unknownHints(r.value()).size());
        assertTrue(r.value().startsWith("arn:aws:sns:" + Values.unknown("var.region") + ":"), r.value());
        // inside a JSON string every node stands at the string
        assertEquals(
                at(
                        text(MAIN),
                        "\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"sns"),
                r.location());
        assertEquals(r.location(), p.document().location());
    }

    @Test
    void escapesKeepPolicyVariables() {
        Policy p = policy(extract(MAIN), "resource.aws_iam_user_policy.self.policy");
        List<ScalarNode> rs = resources(p);
        // $${aws:username} is the literal ${aws:username}; ${local.account} an interpolation
        assertEquals(List.of("local.account"), Values.unknownHints(rs.get(0).value()));
        assertTrue(rs.get(0).value().endsWith(":user/${aws:username}"));
        // &{aws:username} (aws_iam_policy_document's escape) is ${aws:username}
        assertEquals("arn:aws:iam::*:user/${aws:username}", rs.get(1).value());
    }

    @Test
    void unanalysableStringsAreSkippedButABrokenPolicyIsAProblem() {
        ExtractedFile f = extract(MAIN);
        assertFalse(Fixtures.paths(f).contains("resource.aws_iam_policy.reference.policy"));
        assertFalse(Fixtures.paths(f).contains("resource.aws_iam_policy.notjson.policy"));
        assertEquals(1, f.problems().size(), f.problems().toString());
        FileProblem broken = f.problems().get(0);
        assertTrue(broken.policyLike());
        assertFalse(broken.limit());
        assertTrue(broken.message().contains("resource.aws_iam_policy.broken.policy"), broken.message());
        assertEquals(
                at(text(MAIN), "\"{\\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\", \\\"Action\\\": \\\"s3:*\\\" "),
                broken.location());
    }

    @Test
    void arrayFormsAsTerraformAllows() {
        ExtractedFile f = clean("tf/arrays.tf.json");
        assertEquals(
                Map.of(
                        "resource[0].aws_iam_role_policy[0].first.policy", PolicyKind.INLINE_ROLE,
                        "resource[0].aws_iam_role_policy[1].second[0].policy", PolicyKind.INLINE_ROLE,
                        "resource[0].aws_iam_role_policy[1].second[1].policy", PolicyKind.INLINE_ROLE,
                        "resource[1].aws_iam_policy.other.policy", PolicyKind.MANAGED),
                kinds(f));
        assertEquals(
                List.of("second-a"), resourceTexts(policy(f, "resource[0].aws_iam_role_policy[1].second[0].policy")));
        // an interpolation standing for a whole JSON value becomes an unknown string
        ScalarNode whole =
                resources(policy(f, "resource[1].aws_iam_policy.other.policy")).get(0);
        assertEquals(ScalarNode.Type.STRING, whole.type());
        assertTrue(Values.isUnknown(whole.value()), whole.value());
    }

    @Test
    void planPrefersPlannedValuesIncludingChildModules() {
        ExtractedFile f = clean("tf/plan.json");
        assertEquals(
                Map.of(
                        "aws_iam_policy.root.policy", PolicyKind.MANAGED,
                        "module.users.aws_iam_user_policy.u.policy", PolicyKind.INLINE_USER,
                        "module.users.module.deep.aws_iam_role.r.assume_role_policy", PolicyKind.TRUST,
                        "module.users.module.deep.aws_iam_role.r.inline_policy.policy", PolicyKind.INLINE_ROLE,
                        "aws_iam_group_policy.only_in_changes.policy", PolicyKind.INLINE_GROUP),
                kinds(f));
        // rendered values: ${aws:username} is the policy variable, not an interpolation
        assertEquals(
                List.of("arn:aws:iam::123456789012:user/${aws:username}"),
                resourceTexts(policy(f, "aws_iam_policy.root.policy")));
        assertFalse(Values.hasUnknown(
                resources(policy(f, "aws_iam_policy.root.policy")).get(0).value()));
        assertEquals(List.of("changes-res"), resourceTexts(policy(f, "aws_iam_group_policy.only_in_changes.policy")));
    }

    @Test
    void aPlanResourceWithoutAStringTypeIsSkippedAndTheOthersStillCount(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // found by the fuzzer: a missing or non-string "type" reached a Map.of lookup with a null key
        String policy = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\","
                + "\\\"Action\\\":\\\"iam:GetUser\\\",\\\"Resource\\\":\\\"*\\\"}]}";
        java.nio.file.Path plan = dir.resolve("plan.json");
        java.nio.file.Files.writeString(
                plan,
                "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":"
                        + "{\"resources\":["
                        + "{\"address\":\"aws_iam_policy.untyped\",\"mode\":\"managed\",\"values\":{\"policy\":\""
                        + policy + "\"}},"
                        + "{\"address\":\"aws_iam_policy.numbered\",\"mode\":\"managed\",\"type\":7,"
                        + "\"values\":{\"policy\":\"" + policy + "\"}},"
                        + "{\"address\":\"aws_iam_policy.ok\",\"mode\":\"managed\",\"type\":\"aws_iam_policy\","
                        + "\"values\":{\"policy\":\"" + policy + "\"}}]}}}");
        ExtractedFile f = extract(plan);
        assertEquals(List.of(), f.problems());
        assertEquals(Map.of("aws_iam_policy.ok.policy", PolicyKind.MANAGED), kinds(f));
    }

    @Test
    void interpolationScanner() {
        String s = "${a(\"}\", {b = \"${c}\"})} tail";
        assertEquals(s.indexOf(" tail") - 1, EmbeddedPolicy.endOfInterpolation(s, 1));
        assertEquals(-1, EmbeddedPolicy.endOfInterpolation("${unclosed(\"}\"", 1));
        String json = EmbeddedPolicy.substitute(
                "{\"A\": \"x${f(\"q\")}y\", \"B\": ${v}, \"C\": \"$${k}\"}", EmbeddedPolicy.Mode.TERRAFORM);
        assertEquals(
                "{\"A\": \"x" + Values.written("f(\\\"q\\\")") + "y\", \"B\": \"" + Values.written("v")
                        + "\", \"C\": \"${k}\"}",
                json);
        // template syntax: only placeholders are unknown
        assertEquals(
                "{\"A\": \"${aws:username}" + Values.unknown("acct") + "\"}",
                EmbeddedPolicy.substitute("{\"A\": \"${aws:username}${acct}\"}", EmbeddedPolicy.Mode.TEMPLATE));
    }
}
