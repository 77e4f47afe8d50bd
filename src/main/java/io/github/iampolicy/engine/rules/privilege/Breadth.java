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
import io.github.iampolicy.engine.analysis.Granted;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.catalog.ResourceType;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.text.Arn;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How widely a policy grants an action, for the rules on risk outside IAM actions (IAM106-IAM109): on any
 * resource, on a pattern, or on named resources. Built on {@link Grants}, so every expansion comes from the
 * policy's shared memo.
 */
final class Breadth {

    enum Scope {
        NAMED,
        PATTERN,
        ANY
    }

    /** An action the policy allows, the statement and entry that allow it, and how widely. */
    record Allowed(ActionInfo action, Statement statement, ScalarNode source, Scope scope) {}

    private Breadth() {}

    /**
     * Whether a resource entry is effectively {@code *} for the action: {@code *}, or an ARN whose resource part is
     * only wildcards and separators, or is the literal start of one of the action's resource types' ARN formats
     * followed by only those ({@code arn:aws:s3:::*}{@code /*}, {@code arn:aws:iam::*:role/*},
     * {@code arn:aws:secretsmanager:*:*:secret:*}). A bucket name is no such start
     * ({@code arn:aws:s3:::app-data/*} names one bucket). A template value names a resource.
     */
    static boolean isAny(String resource, ActionInfo action, ActionCatalog catalog) {
        if (only(resource, "*?")) {
            return true;
        }
        Arn arn = Arn.parse(resource);
        if (arn == null) {
            return false;
        }
        String r = arn.resource();
        // "/*" after an empty name is what an empty template default leaves (arn:aws:s3:::${Bucket}/*): no bucket
        if (only(r, "*?/:") && r.charAt(0) != '/' && r.charAt(0) != ':') {
            return true;
        }
        for (ActionInfo.ResourceRef ref : action.resourceTypes()) {
            ResourceType type = catalog.resourceType(action.service(), ref.type());
            Arn format = type == null ? null : Arn.parse(type.arnFormat());
            if (format == null) {
                continue;
            }
            String f = format.resource();
            int var = f.indexOf("${");
            String prefix = var < 0 ? f : f.substring(0, var);
            if (!prefix.isEmpty()
                    && r.length() > prefix.length()
                    && r.regionMatches(true, 0, prefix, 0, prefix.length())
                    && only(r.substring(prefix.length()), "*?/:")) {
                return true;
            }
        }
        return false;
    }

    private static boolean only(String s, String chars) {
        return !s.isEmpty() && s.chars().allMatch(c -> chars.indexOf(c) >= 0) && s.indexOf('*') >= 0;
    }

    /** The scope of the statement's grant of the action; {@code null} when it grants it on no resource. */
    static Scope scope(AnalyzedStatement analyzed, ActionInfo action, ActionCatalog catalog) {
        Statement st = analyzed.statement();
        if (!analyzed.grantsOnSomeResource(action)) {
            return null;
        }
        if (st.resource() == null) {
            return Scope.ANY; // NotResource that leaves some of the action's resources
        }
        Scope best = Scope.NAMED;
        for (ScalarNode r : analyzed.grantingResources(action)) {
            if (isAny(r.value(), action, catalog)) {
                return Scope.ANY;
            }
            if (Glob.hasWildcard(r.value())) {
                best = Scope.PATTERN;
            }
        }
        return best;
    }

    /**
     * Every grant of the named actions (lower-case {@code service:name}) by the Allow statements of the policy,
     * widest first per action, leaving out actions an unconditional Deny on any resource takes back.
     */
    static List<Allowed> allowed(PolicyContext context, Set<String> services, Set<String> keys) {
        List<Allowed> out = new ArrayList<>();
        for (AnalyzedStatement analyzed : context.analysis().statements()) {
            Statement st = analyzed.statement();
            if (!st.isAllow()) {
                continue;
            }
            for (Granted g : Grants.actions(analyzed, services, a -> keys.contains(a.key()))) {
                Scope scope = scope(analyzed, g.action(), context.catalog());
                if (scope != null && !denied(context, g.action())) {
                    out.add(new Allowed(g.action(), st, g.source(), scope));
                }
            }
        }
        return out;
    }

    /** Whether an unconditional Deny statement takes the action back on every resource. */
    static boolean denied(PolicyContext context, ActionInfo action) {
        for (AnalyzedStatement analyzed : context.analysis().statements()) {
            Statement st = analyzed.statement();
            if (st.isDeny()
                    && st.conditions().isEmpty()
                    && st.resource() != null
                    && st.resource().stream().anyMatch(r -> r.value().equals("*"))
                    && !Grants.actions(analyzed, Set.of(action.service()), a -> a.equals(action))
                            .isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** {@code service:Name} keys in lower case, and their services. */
    static Set<String> services(Set<String> keys) {
        Set<String> out = new java.util.TreeSet<>();
        for (String k : keys) {
            out.add(k.substring(0, k.indexOf(':')).toLowerCase(Locale.ROOT));
        }
        return java.util.Collections.unmodifiableSet(out); // kept in static tables
    }
}
