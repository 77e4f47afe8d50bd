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
package io.github.iampolicy.engine.rules.privilege;

import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.doc;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.locate;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EscalationOutsideIamRuleTest {

    private final EscalationOutsideIamRule rule = new EscalationOutsideIamRule();

    private static String allow(String actions, String resource) {
        return "{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":\"" + resource + "\"}";
    }

    @Test
    void passRoleOnAnyRoleWithRunInstancesAcrossStatementsIsAnError() {
        String text = doc(
                allow("[\"ec2:RunInstances\",\"ec2:Describe*\"]", "*"),
                allow("\"iam:PassRole\"", "arn:aws:iam::123456789012:role/*"));
        List<Finding> f = onPolicy(rule, text);
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(locate(text, "\"iam:PassRole\"", 0), f.get(0).location());
        assertEquals("Statement[1]", f.get(0).statement());
        assertTrue(f.get(0).message().contains("ec2-run-instances (ec2:RunInstances + iam:PassRole)"));
    }

    @Test
    void theRolesPassRoleReachesGradeTheSeverity() {
        String compute = allow("[\"lambda:CreateFunction\",\"lambda:InvokeFunction\"]", "*");
        assertEquals(
                Severity.WARNING,
                onPolicy(rule, doc(compute, allow("\"iam:PassRole\"", "arn:aws:iam::123456789012:role/app-*")))
                        .get(0)
                        .severity());
        assertEquals(
                List.of(),
                onPolicy(rule, doc(compute, allow("\"iam:PassRole\"", "arn:aws:iam::123456789012:role/app-fn"))));
        assertEquals(
                Severity.ERROR,
                onPolicy(
                                rule,
                                doc(
                                        compute,
                                        "{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"NotResource\":"
                                                + "\"arn:aws:iam::123456789012:role/admin\"}"))
                        .get(0)
                        .severity());
    }

    @Test
    void anIncompleteMethodIsNotReported() {
        // CreateFunction without a way to run it, PassRole alone, RunInstances alone
        assertEquals(List.of(), onPolicy(rule, doc(allow("[\"lambda:CreateFunction\",\"iam:PassRole\"]", "*"))));
        assertEquals(List.of(), onPolicy(rule, doc(allow("\"iam:PassRole\"", "*"))));
        assertEquals(List.of(), onPolicy(rule, doc(allow("\"ec2:RunInstances\"", "*"))));
    }

    @Test
    void anUnconditionalDenyTakesAStepBack() {
        String text = doc(
                allow("[\"ec2:RunInstances\",\"iam:PassRole\"]", "*"),
                "{\"Effect\":\"Deny\",\"Action\":\"ec2:Run*\",\"Resource\":\"*\"}");
        assertEquals(List.of(), onPolicy(rule, text));
        String conditional = doc(
                allow("[\"ec2:RunInstances\",\"iam:PassRole\"]", "*"),
                "{\"Effect\":\"Deny\",\"Action\":\"ec2:Run*\",\"Resource\":\"*\",\"Condition\":"
                        + "{\"StringNotEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}}");
        assertEquals(1, onPolicy(rule, conditional).size());
    }

    @Test
    void updatingCodeOfAnyFunctionIsAWarningOfNamedFunctionsNothing() {
        List<Finding> f = onPolicy(rule, doc(allow("\"lambda:UpdateFunctionCode\"", "arn:aws:lambda:*:*:function:*")));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("lambda-update-code"));
        assertEquals(
                List.of(),
                onPolicy(
                        rule,
                        doc(allow(
                                "\"lambda:UpdateFunctionCode\"",
                                "arn:aws:lambda:eu-west-1:123456789012:function:my-app"))));
    }

    static Stream<EscalationMethods.Method> methods() {
        return EscalationMethods.ALL.stream();
    }

    /** Each documented method, alone, with its first action of each step, is found and named. */
    @ParameterizedTest
    @MethodSource("methods")
    void everyMethodIsFound(EscalationMethods.Method m) {
        List<String> actions = new ArrayList<>();
        m.steps().forEach(s -> actions.add(s.get(0)));
        if (m.passRole()) {
            actions.add("iam:PassRole");
        }
        String list = actions.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",", "[", "]"));
        List<Finding> f = onPolicy(rule, doc(allow(list, "*")));
        assertEquals(1, f.size(), m.id());
        assertTrue(f.get(0).message().contains(m.id() + " ("), f.get(0).message());
        assertEquals(m.passRole() ? Severity.ERROR : Severity.WARNING, f.get(0).severity());
        // and without its last step it is not (other methods may still match, never this one)
        List<String> fewer = new ArrayList<>(actions.subList(0, actions.size() - 1));
        String less = fewer.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",", "[", "]"));
        List<Finding> g = fewer.isEmpty() ? List.of() : onPolicy(rule, doc(allow(less, "*")));
        assertTrue(g.stream().noneMatch(x -> x.message().contains(m.id() + " (")), m.id());
    }

    /** The page's table of methods and the code's list agree: every method has its row, with its actions. */
    @Test
    void thePageDocumentsEveryMethod() throws java.io.IOException {
        java.nio.file.Path page = java.nio.file.Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("src/site/markdown/rules/IAM106.md");
        String text = java.nio.file.Files.readString(page);
        for (EscalationMethods.Method m : EscalationMethods.ALL) {
            String row = text.lines()
                    .filter(l -> l.startsWith("| `" + m.id() + "` |"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + m.id()));
            m.steps().forEach(step -> step.forEach(a -> assertTrue(row.contains("`" + a + "`"), m.id() + ": " + a)));
            assertEquals(m.passRole(), row.contains("`iam:PassRole`"), m.id());
        }
        assertEquals(
                EscalationMethods.ALL.size(),
                text.lines().filter(l -> l.matches("\\| `[a-z0-9-]+` \\|.*")).count());
    }

    @Test
    void everyActionOfTheTableIsInTheCatalog() {
        ActionCatalog catalog = ActionCatalog.defaultCatalog();
        for (String key : EscalationMethods.allKeys()) {
            assertNotNull(catalog.action(key), key);
        }
    }
}
