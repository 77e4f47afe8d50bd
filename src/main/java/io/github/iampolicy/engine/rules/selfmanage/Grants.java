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
package io.github.iampolicy.engine.rules.selfmanage;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a statement grants, shared by the IAM1xx and IAM2xx rules: the catalog actions its {@code Action}
 * entries expand to (or, for {@code NotAction}, every catalog action no entry matches), each with the entry
 * that named it, and which resource entries can grant each action anything.
 */
public final class Grants {

    /** Memo key of S's services: every rule asks for them for every statement. */
    private static final Object SERVICES_KEY = new Object();

    /** An action the statement names, and the {@code Action} entry that reached it first ({@code null} for NotAction). */
    public record Granted(ActionInfo action, ScalarNode source) {}

    private Grants() {}

    /**
     * The catalog actions of the given services that the statement's {@code Action} (expanded) or
     * {@code NotAction} (complement) covers and {@code filter} accepts, in entry order then catalog order, each
     * once. Unknown actions are not catalog actions and are never returned (IAM005 reports them). Each
     * service's expansion is computed once per statement and policy, and a {@code NotAction} or {@code *}
     * statement costs the size of the service, not of the whole catalog.
     */
    public static List<Granted> actions(
            PolicyContext context, Statement st, Set<String> services, Predicate<ActionInfo> filter) {
        List<Granted> out = new ArrayList<>();
        for (String service : services) {
            out.addAll(filter(ofService(context, st, service), filter));
        }
        return out;
    }

    /** The actions of services of the self-manage set S ({@code iam} unless configured otherwise) the filter accepts. */
    public static List<Granted> selfManageActions(PolicyContext context, Statement st, Predicate<ActionInfo> filter) {
        Set<String> services =
                context.memo(SERVICES_KEY, k -> context.settings().selfManageServices());
        return actions(context, st, services, filter);
    }

    private static List<Granted> filter(List<Granted> all, Predicate<ActionInfo> filter) {
        List<Granted> out = new ArrayList<>();
        for (Granted g : all) {
            if (filter.test(g.action())) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The statement's actions of one service, expanding each entry only within that service, so that a
     * {@code *} or {@code NotAction} statement costs the size of the service, not of the whole catalog.
     */
    private static List<Granted> ofService(PolicyContext context, Statement st, String service) {
        return context.memo(new StatementKey(st, service), k -> {
            ActionCatalog catalog = context.catalog();
            Map<ActionInfo, Granted> out = new LinkedHashMap<>();
            if (st.action() != null) {
                for (ScalarNode e : st.action()) {
                    for (ActionInfo a : catalog.expandWithin(e.value(), service)) {
                        out.putIfAbsent(a, new Granted(a, e));
                    }
                }
            } else if (st.notAction() != null) {
                Set<ActionInfo> excluded = new HashSet<>();
                for (ScalarNode e : st.notAction()) {
                    excluded.addAll(catalog.expandWithin(e.value(), service));
                }
                for (ActionInfo a : catalog.actions(service)) {
                    if (!excluded.contains(a)) {
                        out.put(a, new Granted(a, null));
                    }
                }
            }
            return List.copyOf(out.values());
        });
    }

    /** Statements are records with structural equality; the memo wants the very statement. */
    private record StatementKey(Statement statement, String service) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StatementKey k
                    && k.statement == statement
                    && java.util.Objects.equals(k.service, service);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(statement) * 31 + java.util.Objects.hashCode(service);
        }
    }

    /**
     * The {@code Resource} entries that can grant the action anything (see {@link UserResources#grants}); empty
     * when the statement uses {@code NotResource} or has no resource.
     */
    public static List<ScalarNode> grantingResources(Statement st, ActionInfo action, ActionCatalog catalog) {
        List<ScalarNode> out = new ArrayList<>();
        if (st.resource() != null) {
            for (ScalarNode r : st.resource()) {
                if (UserResources.grants(action, r.value(), catalog)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * Whether the statement grants the action on some resource: a {@code Resource} entry can match one of
     * its resource types, or the statement has {@code NotResource} that does not exclude all of them.
     */
    public static boolean grantsOnSomeResource(Statement st, ActionInfo action, ActionCatalog catalog) {
        if (st.resource() != null) {
            return !grantingResources(st, action, catalog).isEmpty();
        }
        if (st.notResource() != null) {
            return UserResources.notResourceGrants(action, texts(st.notResource()));
        }
        return false;
    }

    /** The resolved texts of entries. */
    public static List<String> texts(List<ScalarNode> entries) {
        return entries.stream().map(ScalarNode::value).toList();
    }

    /** {@code Statement "Sid"}, or {@code Statement[2]} for a statement without Sid. */
    public static String name(Statement st) {
        return st.sid() != null && !st.sid().isEmpty() ? "Statement \"" + st.sid() + "\"" : st.label();
    }

    /** An entry as people read it (unknown values as {@code ${hint}}). */
    public static String show(ScalarNode entry) {
        return Values.display(entry.value());
    }

    /**
     * A list for messages: the first {@code max} items joined by {@code ", "}, then {@code "and N more"}.
     */
    public static String list(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }

    /** Where the statement's action element is: the given entry, else the {@code Action}/{@code NotAction} value. */
    public static Location actionLocation(Statement st, ScalarNode source) {
        if (source != null) {
            return source.location();
        }
        return st.locationOf(st.action() != null ? "Action" : "NotAction");
    }
}
