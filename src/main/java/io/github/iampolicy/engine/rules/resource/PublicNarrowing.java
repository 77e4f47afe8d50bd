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

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The two ways, besides a positive condition on the statement itself, that real resource policies narrow an
 * Allow to {@code Principal "*"} so that it is not public (both seen in AWS's own examples):
 * <ul>
 * <li>{@code "Bool": {"aws:PrincipalIsAWSService": "true"}}: only AWS service principals match, never an
 * anonymous caller nor another account's identity (data perimeter endpoint policies);</li>
 * <li>a Deny to everyone of the same actions and resources unless a narrowing key matches ({@code
 * StringNotEquals aws:SourceVpce}, the private API Gateway policy): the Allow then only reaches callers the
 * Deny lets through.</li>
 * </ul>
 * Values known only at deploy time never narrow where they could match everything: an unknown value of a
 * {@code Like} operator may be {@code *}, an unknown {@code Bool} value may be {@code false}.
 */
final class PublicNarrowing {

    private static final String SERVICE_KEY = "aws:principalisawsservice";

    private PublicNarrowing() {}

    /** Whether the statement's own condition admits AWS service principals only. */
    static boolean servicePrincipalsOnly(Statement st) {
        for (Statement.Condition c : st.conditions()) {
            if (c.operator().equalsIgnoreCase("Bool")
                    && c.key().toLowerCase(Locale.ROOT).equals(SERVICE_KEY)
                    && !c.texts().isEmpty()
                    && c.texts().stream().allMatch(v -> v.equalsIgnoreCase("true"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Deny of the policy to everyone covers every action and resource of {@code allow} and applies
     * unless one of {@code keys} (lower case) matches: its every condition a negated operator on such a key.
     */
    static boolean fencedByDeny(PolicyContext context, Statement allow, Set<String> keys) {
        if (allow.action() == null || allow.resource() == null) {
            return false;
        }
        for (AnalyzedStatement analyzed : context.analysis().statements()) {
            Statement deny = analyzed.statement();
            if (deny.isDeny()
                    && deny.node().get("NotPrincipal") == null
                    && Principals.of(deny).stream().anyMatch(Principals.Entry::isEveryone)
                    && deny.action() != null
                    && deny.resource() != null
                    && covers(deny.action(), allow.action(), true)
                    && covers(deny.resource(), allow.resource(), false)
                    && fences(deny.conditions(), keys)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(List<ScalarNode> deny, List<ScalarNode> allow, boolean ignoreCase) {
        return allow.stream()
                .allMatch(a -> deny.stream().anyMatch(d -> Glob.matches(d.value(), a.value(), ignoreCase)));
    }

    private static boolean fences(List<Statement.Condition> conditions, Set<String> keys) {
        if (conditions.isEmpty()) {
            return false;
        }
        for (Statement.Condition c : conditions) {
            String op = c.operator().toLowerCase(Locale.ROOT);
            boolean like = op.contains("like");
            boolean narrowing = op.contains("not")
                    && (op.startsWith("string") || op.startsWith("arn"))
                    && keys.contains(c.key().toLowerCase(Locale.ROOT))
                    && !c.texts().isEmpty()
                    && c.texts().stream().noneMatch(v -> Principals.onlyWildcards(v) || (like && Values.hasUnknown(v)));
            if (!narrowing) {
                return false;
            }
        }
        return true;
    }
}
