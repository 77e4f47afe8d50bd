package io.github.iampolicy.engine.rules.document;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;

/** Runs document rules over test policies and collects what they report. */
final class Findings {

    private Findings() {
    }

    static List<Finding> of(Rule rule, Policy policy) {
        List<Finding> out = new ArrayList<>();
        rule.check(new PolicyContext(policy, ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, out::add));
        return out;
    }

    static List<Finding> of(Rule rule, String json) {
        return of(rule, TestPolicies.policy(json));
    }

    static List<Finding> of(Rule rule, String json, PolicyKind kind) {
        return of(rule, TestPolicies.policy(json, kind));
    }

    /** Findings of a one-statement identity policy (Version 2012-10-17). */
    static List<Finding> ofStatement(Rule rule, String statementJson) {
        return of(rule, TestPolicies.statement(statementJson));
    }

    static List<Finding> all(Policy policy) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : DocumentRules.ALL) {
            out.addAll(of(r, policy));
        }
        return out;
    }
}
