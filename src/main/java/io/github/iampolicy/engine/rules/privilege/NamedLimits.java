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

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.text.Arn;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How far IAM104's graded actions reach when a resource or a condition names what they act on: {@code
 * iam:PassRole} on named roles, the attach actions under an {@code iam:PolicyARN} condition, the
 * permissions-boundary actions under an {@code iam:PermissionsBoundary} condition. An escalation needs a
 * role or policy the caller chooses; when the statement names them, the risk is what those grant, which the
 * plugin cannot see, hence a warning that names them instead of an error.
 */
final class NamedLimits {

    /**
     * What the statement lets the action reach.
     *
     * @param named       every target is named (no wildcard in a role name or policy ARN, not {@code *})
     * @param description what the action does with those targets, for the message
     */
    record Limit(boolean named, String description) {}

    private static final String PASS_ROLE = "passrole";

    /** Actions a condition on a policy ARN limits, and what they do with the policy. */
    private static final Map<String, String> POLICY_LIMITED = Map.of(
            "attachuserpolicy", "to a user",
            "attachgrouppolicy", "to a group",
            "attachrolepolicy", "to a role",
            "putuserpermissionsboundary", "as a user's permissions boundary",
            "putrolepermissionsboundary", "as a role's permissions boundary");

    /** Policies whose attachment is an escalation whatever else the statement says. */
    private static final Set<String> ADMIN_POLICIES = Set.of("administratoraccess", "iamfullaccess");

    /** Operators that limit a key to the values listed (set operators and IfExists stripped). */
    private static final Set<String> LIMITING =
            Set.of("stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike");

    private static final int MAX_NAMED = 4;

    private NamedLimits() {}

    /** The limit of a graded action in the statement, or {@code null} when the action is not graded so. */
    static Limit of(AnalyzedStatement analyzed, ActionInfo action, ActionCatalog catalog) {
        Statement st = analyzed.statement();
        String name = action.name().toLowerCase(Locale.ROOT);
        if (name.equals(PASS_ROLE)) {
            return passRole(analyzed, action, catalog);
        }
        String target = POLICY_LIMITED.get(name);
        if (target == null) {
            return null;
        }
        String key = name.endsWith("permissionsboundary") ? "iam:PermissionsBoundary" : "iam:PolicyARN";
        List<String> policies = limitedValues(st, key);
        if (policies == null) {
            return null;
        }
        boolean named = policies.stream().allMatch(p -> namesOne(p, "policy/") && !isAdminPolicy(p));
        String verb = name.startsWith("attach") ? "attach " : "set ";
        return new Limit(
                named,
                verb + (named ? "only the policies " : "the policies matching ") + shown(policies) + " " + target);
    }

    private static Limit passRole(AnalyzedStatement analyzed, ActionInfo action, ActionCatalog catalog) {
        Statement st = analyzed.statement();
        List<String> services = limitedValues(st, "iam:PassedToService");
        String to = services == null ? "to any service" : "to " + shown(services);
        if (st.resource() == null) {
            return new Limit(false, "pass any role not excluded, an administrator's too, " + to);
        }
        List<String> roles = new ArrayList<>();
        boolean named = true;
        for (ScalarNode r : analyzed.grantingResources(action)) {
            String role = roleName(r.value());
            if (role == null) {
                named = false;
            } else {
                roles.add(role);
            }
        }
        if (!named) {
            return new Limit(false, "pass any role, an administrator's too, " + to);
        }
        return new Limit(true, "pass only the roles " + shown(roles) + " " + to);
    }

    /**
     * Whether an ARN names one role or policy: no wildcard in its name (after the last {@code /}) and only a
     * path after {@code type}. A wildcard account or partition does not widen it: IAM acts only on the caller's
     * account's roles and policies (and AWS managed policies, whose names are what matters).
     */
    private static boolean namesOne(String arnText, String type) {
        if (Values.isUnknown(arnText)) {
            return true;
        }
        Arn arn = Arn.parse(arnText);
        if (arn == null) {
            return false;
        }
        String r = arn.resource();
        if (!r.startsWith(type)) {
            return Values.hasUnknown(r) && !Glob.hasWildcard(r);
        }
        String last = r.substring(r.lastIndexOf('/') + 1);
        return !last.isEmpty() && !Glob.hasWildcard(last);
    }

    /**
     * The role a resource names, path included, or {@code null} when it can cover several roles: {@code *},
     * a non-role resource that a wildcard can stretch over roles, or a wildcard in the role name. A
     * template value names one role; a wildcard in the path or account does not make the name less unique.
     */
    static String roleName(String resource) {
        if (!namesOne(resource, "role/")) {
            return null;
        }
        Arn arn = Arn.parse(resource);
        if (arn == null) {
            return resource;
        }
        String r = arn.resource();
        return r.startsWith("role/") ? r.substring("role/".length()) : r;
    }

    private static boolean isAdminPolicy(String arn) {
        String last = arn.substring(arn.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return ADMIN_POLICIES.contains(last);
    }

    /**
     * The values a non-negated string or ARN condition on {@code key} limits the request to; {@code null} when
     * no such condition. Several such conditions must all hold: the first one is enough to name the limit.
     */
    static List<String> limitedValues(Statement st, String key) {
        for (Statement.Condition c : st.conditions()) {
            if (c.key().equalsIgnoreCase(key)
                    && LIMITING.contains(baseOperator(c.operator()))
                    && !c.values().isEmpty()) {
                return c.texts();
            }
        }
        return null;
    }

    private static String baseOperator(String operator) {
        String op = operator.toLowerCase(Locale.ROOT);
        int colon = op.indexOf(':');
        if (colon >= 0) {
            op = op.substring(colon + 1);
        }
        return op.endsWith("ifexists") ? op.substring(0, op.length() - "ifexists".length()) : op;
    }

    private static String shown(List<String> values) {
        return Grants.list(values.stream().map(Values::display).toList(), MAX_NAMED);
    }
}
