package io.github.iampolicy.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * A false PASS the differential property test found (seed 7711592888026): two resource patterns that both
 * hold {@code ${aws:username}} ({@code ${u}*} allowed, {@code a${u}?} escaped through a Deny's NotResource)
 * meet only for callers named {@code a}, {@code aa}, ...; the representative names are built from characters
 * that no literal uses, and aligned names are only computed against variable-free patterns. The evaluator
 * confirms the request below; the checker does not find it yet.
 */
class KnownFalsePassTest {

    private static final SemanticChecker CHECKER = new SemanticChecker(ActionCatalog.defaultCatalog());

    @Test
    void theEvaluatorAllowsTheRequest() {
        Policy candidate = candidate();
        Request r = Request.of("s:b", "arn:p:s::1:aab", Map.of("aws:username", "a"));
        assertEquals(Decision.Effect.ALLOW, Evaluator.evaluate(List.of(candidate), r).effect());
    }

    @Test
    @Disabled("known false PASS of IAM302 with two variable patterns; see the class comment and issue #3")
    void theCheckerFindsTheCounterexample() {
        Policy reference = TestPolicies.statement(
                "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}");
        assertInstanceOf(CheckResult.Fail.class, CHECKER.exceedsReference(List.of(candidate()), List.of(reference)));
    }

    private static Policy candidate() {
        return TestPolicies.policy("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"NotAction\":[\"s:ab\",\"*:a\"],\"Resource\":\"arn:p:s::1:${aws:username}*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":[\"*\",\"s:a*\"],\"NotResource\":\"arn:p:s::1:a${aws:username}?\"}]}");
    }
}
