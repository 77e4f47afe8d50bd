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
package io.github.iampolicy.engine.rules.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;

/** Runs one IAM4xx rule on a trust or resource policy of a given kind. */
final class TrustTesting {

    private TrustTesting() {}

    static List<Finding> run(Rule rule, PolicyKind kind, String json) {
        assertFalse(rule.identityOnly(), "IAM4xx rules must run on policies with principals");
        List<Finding> out = new ArrayList<>();
        PolicyContext ctx = new PolicyContext(
                TestPolicies.policy(json, kind), ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, out::add);
        rule.check(ctx);
        out.forEach(f -> assertEquals(rule.info().id(), f.rule().id()));
        return out;
    }

    /** A policy of one statement. */
    static String doc(String statement) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";
    }

    static List<Finding> trust(Rule rule, String statement) {
        return run(rule, PolicyKind.TRUST, doc(statement));
    }

    static List<Finding> resource(Rule rule, String statement) {
        return run(rule, PolicyKind.RESOURCE, doc(statement));
    }
}
