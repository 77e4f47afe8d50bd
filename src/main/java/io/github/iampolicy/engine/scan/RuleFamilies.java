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
package io.github.iampolicy.engine.scan;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.selfmanage.SelfManageRules;
import io.github.iampolicy.engine.rules.semantic.OtherUserAccessRule;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Leaves out the rules that cannot report on a policy, before any of them runs. The self-manage family
 * (IAM201-IAM207) and IAM301 only ever report actions of the self-manage set S, or a Deny with
 * {@code NotAction} or {@code Action: "*"}; a policy none of whose entries can name an action of S's services
 * ({@code iam} unless {@code allowedActions} adds others) is skipped by them, so a build of S3 or Lambda
 * policies never loads their classes' data nor builds the semantic checker's automata. The test is
 * deliberately coarse: any {@code NotAction}, a service part that is a pattern matching such a service, or an
 * entry with a variable or template value keeps every rule, and so does a document that depends on template
 * conditions.
 */
final class RuleFamilies {

    private RuleFamilies() {}

    /** The rules of {@code active} that can report on the policy of {@code context}, in their order. */
    static List<Rule> applicable(List<Rule> active, PolicyContext context) {
        // A document whose statements depend on template conditions is checked branch by branch, and IAM301
        // reports when the branches cannot be enumerated: such a policy keeps every rule.
        if (!context.policy().branches().conditions().isEmpty()
                || mayNameSelfManageAction(
                        context.analysis().statements().stream()
                                .map(AnalyzedStatement::statement)
                                .toList(),
                        context.settings().selfManageServices())) {
            return active;
        }
        List<Rule> out = new ArrayList<>(active.size());
        for (Rule rule : active) {
            if (!selfManageFamily(rule)) {
                out.add(rule);
            }
        }
        return out;
    }

    static boolean selfManageFamily(Rule rule) {
        return rule instanceof OtherUserAccessRule
                || SelfManageRules.ALL.stream().anyMatch(r -> r.getClass() == rule.getClass());
    }

    static boolean mayNameSelfManageAction(List<Statement> statements, Set<String> services) {
        for (Statement st : statements) {
            if (st.notAction() != null) {
                return true;
            }
            if (st.action() == null) {
                continue;
            }
            for (ScalarNode entry : st.action()) {
                if (mayName(entry.value(), services)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayName(String action, Set<String> services) {
        if (action == null
                || action.equals("*")
                || action.indexOf('$') >= 0
                || action.indexOf('{') >= 0
                || action.indexOf(Values.START) >= 0) {
            return true;
        }
        int colon = action.indexOf(':');
        if (colon < 0) {
            return false; // IAM matches no action without a service prefix (the catalog's expand agrees)
        }
        String service = action.substring(0, colon);
        for (String s : services) {
            if (Glob.matches(service, s, true)) {
                return true;
            }
        }
        return false;
    }
}
