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
package io.github.iampolicy.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.AttachmentRule;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.PolicyRule;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleRunner;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.rules.StatementRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The analysis of a policy is built once and every rule reads its expansions from it. */
class AnalyzedPolicyTest {

    private static final String POLICY = """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Action":["iam:*","s3:Get*","ec2:Describe*"],"Resource":"*"},
              {"Effect":"Allow","NotAction":["iam:*","s3:*"],"Resource":"*"},
              {"Effect":"Allow","Action":["iam:CreateAccessKey","iam:Get*","sts:AssumeRole"],
               "Resource":"arn:aws:iam::*:user/${aws:username}"},
              {"Effect":"Deny","NotAction":["iam:ChangePassword","iam:*MFADevice"],"Resource":"*",
               "Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}},
              {"Effect":"Allow","Action":"*:*","Resource":"*","Condition":{"StringEquals":{"s3:prefix":"a"}}}
            ]}""";

    private static final String BUCKET_POLICY = """
            {"Version":"2012-10-17","Statement":[
              {"Sid":"Public","Effect":"Allow","Principal":"*","Action":["s3:GetObject","s3:Put*"],
               "Resource":"arn:aws:s3:::bucket/*"},
              {"Sid":"Public","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
               "Action":"s3:*","Resource":["arn:aws:s3:::bucket","arn:aws:s3:::bucket/*"]}
            ]}""";

    private static PolicyContext context(Policy policy, List<Finding> out) {
        return new PolicyContext(policy, ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, out::add);
    }

    @Test
    void eachResourceEntryIsReadOncePerEntry() {
        AnalyzedPolicy analysis =
                new AnalyzedPolicy(TestPolicies.policy(BUCKET_POLICY), ActionCatalog.defaultCatalog());
        AnalyzedStatement second = analysis.statements().get(1);
        var entries = second.statement().resource();
        var first = second.pattern(entries.get(0));
        assertSame(first, second.pattern(entries.get(0)));
        assertEquals(io.github.iampolicy.engine.text.ResourcePattern.of("arn:aws:s3:::bucket"), first);
        assertNotSame(first, second.pattern(entries.get(1)));
        assertEquals("arn:aws:s3:::bucket/*", second.pattern(entries.get(1)).text());
    }

    @Test
    void nothingIsExpandedUntilARuleAsks() {
        AnalyzedPolicy analysis = new AnalyzedPolicy(TestPolicies.policy(POLICY), ActionCatalog.defaultCatalog());
        assertEquals(5, analysis.statements().size());
        assertEquals(0, analysis.expansionsComputed());
    }

    @Test
    void aStatementExpandsEachPatternOnceAndSharesTheResult() {
        AnalyzedPolicy analysis = new AnalyzedPolicy(TestPolicies.policy(POLICY), ActionCatalog.defaultCatalog());
        AnalyzedStatement first = analysis.statements().get(0);
        List<Granted> iam = first.granted("iam");
        int afterFirst = analysis.expansionsComputed();
        assertTrue(afterFirst > 0 && !iam.isEmpty());
        assertSame(iam, first.granted("iam"));
        assertSame(first.expand("s3:Get*"), first.expand("s3:Get*"));
        assertSame(first.expandWithin("iam:*", "iam"), first.expandWithin("iam:*", "iam"));
        assertEquals(afterFirst + 1, analysis.expansionsComputed()); // only s3:Get* over the catalog was new
        assertEquals(ActionCatalog.defaultCatalog().expand("s3:Get*"), first.expand("s3:Get*"));
    }

    @Test
    void rulesRunAgainOverTheSameAnalysisExpandNothingMore() {
        List<Finding> out = new ArrayList<>();
        PolicyContext context = context(TestPolicies.policy(POLICY), out);
        RuleRunner.run(context, RuleRegistry.all());
        int once = context.analysis().expansionsComputed();
        assertTrue(once > 0, "the rules asked for no expansion");
        assertTrue(!out.isEmpty());
        RuleRunner.run(context.withSink(f -> {}), RuleRegistry.all());
        for (Rule rule : RuleRegistry.all()) {
            rule.check(context.withSink(f -> {}));
        }
        assertEquals(once, context.analysis().expansionsComputed());
    }

    @Test
    void theRunnerReportsWhatEachRuleAloneReportsInRuleOrder() {
        for (String json : List.of(POLICY, BUCKET_POLICY)) {
            Policy policy = TestPolicies.policy(json);
            List<Finding> together = new ArrayList<>();
            RuleRunner.run(context(policy, together), RuleRegistry.all());
            List<Finding> alone = new ArrayList<>();
            for (Rule rule : RuleRegistry.all()) {
                PolicyContext fresh = context(policy, alone);
                if (fresh.isIdentityPolicy() || !rule.identityOnly()) {
                    rule.check(fresh);
                }
            }
            assertEquals(alone, together);
        }
    }

    /**
     * Every rule is a visitor of the analysis (the semantic rules hand the policy to their own engine, and
     * attachment rules see no policy), and no rule source expands actions or parses statements itself.
     */
    @Test
    void everyRuleVisitsThroughTheAnalysis() throws IOException {
        for (Rule rule : RuleRegistry.all()) {
            boolean visitor = rule instanceof StatementRule || rule instanceof PolicyRule;
            boolean exempt = rule instanceof AttachmentRule
                    || rule.getClass().getPackageName().endsWith(".rules.semantic");
            assertTrue(visitor || exempt, rule.info().id() + " is neither a statement nor a policy rule");
        }
        Path rules = Path.of("src/main/java/io/github/iampolicy/engine/rules");
        assertTrue(Files.isDirectory(rules), "run from the project directory");
        Pattern own = Pattern.compile("catalog(\\(\\))?\\.expand(Within)?\\(|Statement\\.of\\(|\\.memo\\(");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                String name = rules.relativize(f).toString().replace('\\', '/');
                if (name.startsWith("semantic/") || name.equals("selfmanage/UserResources.java")) {
                    continue; // the semantic engine keeps its own model (issue 9, item 3)
                }
                if (own.matcher(Files.readString(f)).find()) {
                    offenders.add(name);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void aRuleThatFailsOnAStatementKeepsWhatItFoundAndStopsForThePolicy() {
        StatementRule broken = new StatementRule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("IAM098", "Broken", Severity.WARNING, "a rule with a defect", "", 5.0);
            }

            @Override
            public void visitStatement(AnalyzedStatement statement, PolicyContext context) {
                if (statement.index() == 1) {
                    throw new IllegalStateException("boom");
                }
                context.report(
                        this,
                        Severity.WARNING,
                        statement.statement().location(),
                        statement.statement(),
                        "s" + statement.index(),
                        "seen");
            }
        };
        List<Finding> out = new ArrayList<>();
        RuleRunner.run(context(TestPolicies.policy(POLICY), out), List.of(broken));
        assertEquals(
                List.of("s0", "internal-error:IAM098"),
                out.stream().map(Finding::subject).toList());
    }
}
