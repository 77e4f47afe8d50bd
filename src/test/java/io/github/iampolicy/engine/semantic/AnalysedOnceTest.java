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

import static io.github.iampolicy.engine.semantic.SemanticCheckerEdgeCasesTest.allow;
import static io.github.iampolicy.engine.semantic.SemanticCheckerEdgeCasesTest.deny;
import static io.github.iampolicy.engine.semantic.SemanticCheckerEdgeCasesTest.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.session.AnalysisSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The semantic checker reads the analyses it is given and analyses each policy it derives once (issue 9): the
 * checked policy's statements come from the rules' analysis, the reference's from one analysis per goal
 * execution, and every bound or instance of open values is parsed once.
 */
class AnalysedOnceTest {

    private static final String KEYS = "iam:UpdateAccessKey";
    private final ActionCatalog catalog = ActionCatalog.defaultCatalog().within(new AnalysisSession());

    /** A checker that records each policy it analyses itself. */
    private final List<Policy> analysed = new ArrayList<>();

    private final SemanticChecker checker = new SemanticChecker(catalog, analysed::add);

    private static void eachOnce(List<Policy> seen) {
        Map<Policy, Boolean> distinct = new IdentityHashMap<>();
        seen.forEach(p -> assertTrue(distinct.put(p, true) == null, "analysed twice: " + p.document()));
    }

    @Test
    void analysedInputIsReadAsItIs() {
        AnalyzedPolicy candidate =
                new AnalyzedPolicy(doc(allow(KEYS, "Resource", "arn:aws:iam::*:user/*", null)), catalog);
        AnalyzedPolicy reference =
                new AnalyzedPolicy(doc(allow(KEYS, "Resource", "arn:aws:iam::*:user/${aws:username}", null)), catalog);
        assertInstanceOf(CheckResult.Fail.class, checker.exceedsReferenceOf(List.of(candidate), List.of(reference)));
        assertInstanceOf(
                CheckResult.Fail.class, checker.otherUserAccessOf(List.of(candidate), SemanticCheckerTest.CRED));
        assertEquals(List.of(), analysed, "the checker parsed statements it was handed");
    }

    @Test
    void policiesHandedAsDocumentsAreAnalysedOnceEach() {
        Policy candidate = doc(allow(KEYS, "Resource", "arn:aws:iam::*:user/*", null));
        Policy reference = doc(allow("iam:*", "Resource", "*", null));
        assertInstanceOf(CheckResult.Pass.class, checker.exceedsReference(List.of(candidate), List.of(reference)));
        assertEquals(2, analysed.size(), analysed.toString());
        assertSame(candidate, analysed.get(0));
        assertSame(reference, analysed.get(1));
    }

    @Test
    void eachBoundAndInstanceOfOpenValuesIsAnalysedOnce() {
        AnalyzedPolicy open = new AnalyzedPolicy(
                doc(
                        allow("iam:${var.key_action}", "Resource", "arn:aws:iam::${Acct}:user/*", null),
                        deny(KEYS, "Resource", "arn:aws:iam::${Other}:user/admin", null)),
                catalog);
        CheckResult r = checker.otherUserAccessOf(List.of(open), SemanticCheckerTest.CRED);
        assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        // the safest and loosest bounds, the widest reading and at least one instance: each a policy of its own
        assertTrue(analysed.size() >= 4, analysed.toString());
        eachOnce(analysed);
        analysed.forEach(p -> assertNotSame(open.policy(), p));
    }

    @Test
    void theReferenceIsAnalysedOncePerGoalExecution() throws Exception {
        Policy p = doc(allow(KEYS, "Resource", "arn:aws:iam::*:user/${aws:username}", null));
        SemanticOptions.Reference ref = new SemanticOptions.Reference("test", List.of(p));
        List<AnalyzedPolicy> first = ref.analyses(catalog);
        assertSame(first, ref.analyses(catalog));
        assertEquals(
                Statement.of(p.document()),
                first.get(0).statements().stream()
                        .map(AnalyzedStatement::statement)
                        .toList());
        // the scan's threads asking at once still share one analysis
        ActionCatalog fresh = ActionCatalog.defaultCatalog().within(new AnalysisSession());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<AnalyzedPolicy>>> asks = Collections.nCopies(8, () -> ref.analyses(fresh));
            List<List<AnalyzedPolicy>> got = new ArrayList<>();
            for (Future<List<AnalyzedPolicy>> f : pool.invokeAll(asks)) {
                got.add(f.get());
            }
            got.forEach(g -> assertSame(got.get(0), g));
            assertNotSame(first, got.get(0), "another goal execution (session) analyses the reference anew");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aForbiddenAccessComplementIsAnalysedOncePerGoalExecution() {
        ForbiddenAccess.Entry entry = new ForbiddenAccess.Entry(List.of("iam:PassRole"), List.of("*"));
        AnalyzedPolicy first = ForbiddenAccess.complementAnalysis(entry, catalog);
        assertSame(first, ForbiddenAccess.complementAnalysis(entry, catalog));
        assertNotSame(
                first,
                ForbiddenAccess.complementAnalysis(
                        entry, ActionCatalog.defaultCatalog().within(new AnalysisSession())));
        AnalyzedPolicy candidate = new AnalyzedPolicy(doc(allow("iam:PassRole", "Resource", "*", null)), catalog);
        assertInstanceOf(CheckResult.Fail.class, ForbiddenAccess.check(checker, catalog, List.of(candidate), entry));
        assertEquals(List.of(), analysed, "the check re-analysed the candidate or the complement");
    }

    /**
     * Only the concrete evaluator, the independent check on the rest, parses documents on its own: any other
     * class of the checker that calls {@code Statement.of} parses statements its analysis already holds.
     */
    @Test
    void onlyTheEvaluatorParsesStatements() throws IOException {
        Path dir = Path.of("src/main/java/io/github/iampolicy/engine/semantic");
        List<String> parsing = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                if (Files.readString(f).contains("Statement.of(")) {
                    parsing.add(f.getFileName().toString());
                }
            }
        }
        assertEquals(List.of("Evaluator.java"), parsing);
    }
}
