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
package io.github.iampolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.rules.semantic.SemanticRules;
import io.github.iampolicy.engine.semantic.Evaluator;
import io.github.iampolicy.engine.semantic.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The explain goal takes the request a finding prints (issue 8, cause 8): the MFA age is part of it. */
class ExplainContextTest {

    @Test
    void mfaPresentWithoutAgeGetsTheCheckersAge() throws Exception {
        assertEquals(
                Map.of("aws:MultiFactorAuthPresent", "true", "aws:MultiFactorAuthAge", "60"),
                ExplainMojo.withMfaAge(ExplainMojo.parseContext("aws:MultiFactorAuthPresent=true")));
        assertEquals(
                Map.of("aws:MultiFactorAuthPresent", "true", "aws:MultiFactorAuthAge", "7200"),
                ExplainMojo.withMfaAge(
                        ExplainMojo.parseContext("aws:MultiFactorAuthPresent=true,aws:MultiFactorAuthAge=7200")));
        assertEquals(Map.of(), ExplainMojo.withMfaAge(ExplainMojo.parseContext("")));
    }

    /** The request as a reader copies it from the message: action, resource, user and the printed keys. */
    @Test
    void theMessagesRequestIsTheCheckersRequest() throws Exception {
        for (String condition : List.of(
                "{\"Null\":{\"aws:MultiFactorAuthAge\":\"false\"}}",
                "{\"NumericGreaterThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}}")) {
            Policy p = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                    + "\"Resource\":\"arn:aws:iam::*:user/*\",\"Condition\":" + condition + "}");
            List<Finding> out = new ArrayList<>();
            SemanticRules.ALL
                    .get(0)
                    .check(new PolicyContext(p, ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, out::add));
            Counterexample c = out.get(0).counterexample();
            String m = out.get(0).message();
            String printed = m.substring(m.indexOf("(MFA present (") + "(MFA present (".length(), m.indexOf("))"));
            Map<String, String> ctx =
                    new java.util.LinkedHashMap<>(ExplainMojo.withMfaAge(ExplainMojo.parseContext(printed)));
            ctx.put("aws:username", c.username());
            assertTrue(
                    Evaluator.evaluate(List.of(p), Request.of(c.action(), c.resource(), ctx))
                            .allowed(),
                    m);
        }
    }
}
