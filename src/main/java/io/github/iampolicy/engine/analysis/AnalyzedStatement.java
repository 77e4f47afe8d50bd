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
package io.github.iampolicy.engine.analysis;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.selfmanage.UserResources;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One statement of an {@link AnalyzedPolicy}, with what a dozen rules want to know about it computed at most
 * once: the catalog actions each action pattern matches, in the whole catalog or within one service, the
 * actions it grants per service, the services it can reach and which resource entries can grant an action.
 * Each value is computed the first time a rule asks, so a policy no rule asks about costs nothing.
 *
 * <p>Immutable to its readers; the caches fill lazily. Confined to the thread that checks the policy, like
 * the {@link io.github.iampolicy.engine.rules.PolicyContext} it is reached through.
 */
public final class AnalyzedStatement {

    private final Statement statement;
    private final int index;
    private final AnalyzedPolicy owner;

    private final Map<String, List<ActionInfo>> expansions = new HashMap<>();
    private final Map<Within, List<ActionInfo>> withinService = new HashMap<>();
    private final Map<String, List<Granted>> grantedByService = new HashMap<>();
    private final Map<ActionInfo, List<ScalarNode>> grantingResources = new HashMap<>();
    private final Map<ScalarNode, ResourcePattern> patterns = new IdentityHashMap<>();
    private Set<String> services;

    private record Within(String pattern, String service) {}

    AnalyzedStatement(Statement statement, int index, AnalyzedPolicy owner) {
        this.statement = statement;
        this.index = index;
        this.owner = owner;
    }

    public Statement statement() {
        return statement;
    }

    /** Position in the policy's {@code Statement} list, from 0. */
    public int index() {
        return index;
    }

    public AnalyzedPolicy policy() {
        return owner;
    }

    private ActionCatalog catalog() {
        return owner.catalog();
    }

    /** The catalog actions an action pattern matches anywhere in the catalog ({@link ActionCatalog#expand}). */
    public List<ActionInfo> expand(String pattern) {
        List<ActionInfo> known = expansions.get(pattern);
        if (known == null) {
            owner.countExpansion();
            known = catalog().expand(pattern);
            expansions.put(pattern, known);
        }
        return known;
    }

    /** The actions of one service an action pattern matches ({@link ActionCatalog#expandWithin}). */
    public List<ActionInfo> expandWithin(String pattern, String service) {
        Within key = new Within(pattern, service);
        List<ActionInfo> known = withinService.get(key);
        if (known == null) {
            owner.countExpansion();
            known = catalog().expandWithin(pattern, service);
            withinService.put(key, known);
        }
        return known;
    }

    /**
     * The statement's actions of one service: those its {@code Action} entries match, each with the entry that
     * reached it first, or for {@code NotAction} every action of the service no entry matches. Expanding within
     * the service makes a {@code *} or {@code NotAction} statement cost the size of the service, not of the
     * catalog. In entry order, then catalog order.
     */
    public List<Granted> granted(String service) {
        List<Granted> known = grantedByService.get(service);
        if (known == null) {
            known = computeGranted(service);
            grantedByService.put(service, known);
        }
        return known;
    }

    /**
     * A statement with {@code "*"} or {@code NotAction} grants thousands of actions over the services the rules
     * ask for, so this runs once per statement and service on the hot path: one pre-sized list and a set of the
     * actions seen (the first entry reaching an action keeps it) rather than an ordered map copied into a list.
     */
    private List<Granted> computeGranted(String service) {
        if (statement.action() != null) {
            List<ScalarNode> entries = statement.action();
            if (entries.size() == 1) {
                ScalarNode e = entries.get(0);
                List<ActionInfo> actions = expandWithin(e.value(), service);
                List<Granted> out = new ArrayList<>(actions.size());
                Set<ActionInfo> seen = new HashSet<>(2 * actions.size());
                for (ActionInfo a : actions) {
                    if (seen.add(a)) {
                        out.add(new Granted(a, e));
                    }
                }
                return Collections.unmodifiableList(out);
            }
            List<Granted> out = new ArrayList<>();
            Set<ActionInfo> seen = new HashSet<>();
            for (ScalarNode e : entries) {
                for (ActionInfo a : expandWithin(e.value(), service)) {
                    if (seen.add(a)) {
                        out.add(new Granted(a, e));
                    }
                }
            }
            return Collections.unmodifiableList(out);
        }
        if (statement.notAction() != null) {
            Set<ActionInfo> excluded = new HashSet<>();
            for (ScalarNode e : statement.notAction()) {
                excluded.addAll(expandWithin(e.value(), service));
            }
            List<ActionInfo> actions = catalog().actions(service);
            List<Granted> out = new ArrayList<>(actions.size());
            Set<ActionInfo> seen = new HashSet<>(2 * actions.size());
            for (ActionInfo a : actions) {
                if (!excluded.contains(a) && seen.add(a)) {
                    out.add(new Granted(a, null));
                }
            }
            return Collections.unmodifiableList(out);
        }
        return List.of();
    }

    /**
     * The catalog services the statement's actions can belong to: those its {@code Action} entries name, every
     * service a wildcard service part matches, every service for {@code NotAction}.
     */
    public Set<String> services() {
        if (services == null) {
            services = Collections.unmodifiableSet(computeServices());
        }
        return services;
    }

    private Set<String> computeServices() {
        ActionCatalog catalog = catalog();
        Set<String> out = new TreeSet<>();
        if (statement.action() == null) {
            if (statement.notAction() != null) {
                out.addAll(catalog.services());
            }
            return out;
        }
        for (ScalarNode e : statement.action()) {
            String v = e.value();
            int colon = v.indexOf(':');
            String service = colon < 0 ? v : v.substring(0, colon);
            if (Glob.hasWildcard(service)) {
                for (String s : catalog.services()) {
                    if (Glob.matches(service, s, true)) {
                        out.add(s);
                    }
                }
            } else if (catalog.hasService(service)) {
                out.add(service.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The resource pattern of one of the statement's {@code Resource}/{@code NotResource} entries, read once
     * however many rules ask (by the entry node: equal texts at two places are two entries).
     */
    public ResourcePattern pattern(ScalarNode entry) {
        return patterns.computeIfAbsent(entry, e -> ResourcePattern.of(e.value()));
    }

    /**
     * The {@code Resource} entries that can grant the action anything (see {@link UserResources#grants}); empty
     * when the statement uses {@code NotResource} or has no resource.
     */
    public List<ScalarNode> grantingResources(ActionInfo action) {
        List<ScalarNode> known = grantingResources.get(action);
        if (known == null) {
            List<ScalarNode> out = new ArrayList<>();
            if (statement.resource() != null) {
                for (ScalarNode r : statement.resource()) {
                    if (UserResources.grants(action, r.value(), catalog())) {
                        out.add(r);
                    }
                }
            }
            known = List.copyOf(out);
            grantingResources.put(action, known);
        }
        return known;
    }

    /**
     * Whether the statement grants the action on some resource: a {@code Resource} entry can match one of its
     * resource types, or the statement has {@code NotResource} that does not exclude all of them.
     */
    public boolean grantsOnSomeResource(ActionInfo action) {
        if (statement.resource() != null) {
            return !grantingResources(action).isEmpty();
        }
        if (statement.notResource() != null) {
            return UserResources.notResourceGrants(
                    action,
                    statement.notResource().stream().map(ScalarNode::value).toList());
        }
        return false;
    }
}
