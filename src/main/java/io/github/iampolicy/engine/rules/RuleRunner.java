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
package io.github.iampolicy.engine.rules;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.document.ParseErrorRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the active rules over one analysed policy: policy rules once, then a single walk over the statements
 * that hands each statement to every statement rule. Each rule reports into its own buffer and the buffers
 * are emitted in rule order, so findings come out in the same order as if each rule had run alone.
 */
public final class RuleRunner {

    private RuleRunner() {}

    /** One rule's state during the walk. */
    private static final class Slot {
        final Rule rule;
        final List<Finding> found = new ArrayList<>();
        final PolicyContext context;
        boolean failed;

        Slot(Rule rule, PolicyContext base) {
            this.rule = rule;
            this.context = base.withSink(found::add);
        }
    }

    /**
     * Checks the policy of {@code context} with {@code active} (identity-only rules only on identity policies)
     * and passes the findings to the context's sink.
     */
    public static void run(PolicyContext context, List<Rule> active) {
        boolean identity = context.isIdentityPolicy();
        List<Slot> slots = new ArrayList<>();
        List<Slot> visitors = new ArrayList<>();
        for (Rule rule : active) {
            if (!identity && rule.identityOnly()) {
                continue;
            }
            Slot slot = new Slot(rule, context);
            slots.add(slot);
            try {
                if (rule instanceof StatementRule sr) {
                    if (sr.appliesTo(slot.context)) {
                        visitors.add(slot);
                    }
                } else {
                    rule.check(slot.context);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail(slot, e);
            }
        }
        for (AnalyzedStatement st : context.analysis().statements()) {
            for (Slot slot : visitors) {
                if (slot.failed) {
                    continue;
                }
                try {
                    ((StatementRule) slot.rule).visitStatement(st, slot.context);
                } catch (RuntimeException | StackOverflowError e) {
                    fail(slot, e);
                }
            }
        }
        for (Slot slot : slots) {
            slot.found.forEach(context::emit);
        }
    }

    /**
     * A defect in a rule must not pass a policy silently, nor hide the other rules' or files' findings: it
     * becomes an error at the policy, the rule stops for this policy, and the scan goes on.
     */
    private static void fail(Slot slot, Throwable e) {
        slot.failed = true;
        PolicyContext context = slot.context;
        if (!context.settings().enabled(ParseErrorRule.INFO.id())) {
            return;
        }
        String id = slot.rule.info().id();
        String message = "Internal error: rule " + id + " failed on this policy (" + e
                + "). The policy could not be fully checked; please report this with the file.";
        slot.found.add(new Finding(
                ParseErrorRule.INFO,
                Severity.ERROR,
                context.policy().file(),
                context.policy().document().location(),
                context.policy().policyPath(),
                null,
                message,
                "internal-error:" + id,
                null));
    }
}
