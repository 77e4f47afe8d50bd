package io.github.iampolicy.engine.rules.selfmanage;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.Statement;
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

    /** An action the statement names, and the {@code Action} entry that reached it first ({@code null} for NotAction). */
    public record Granted(ActionInfo action, ScalarNode source) {
    }

    private Grants() {
    }

    /**
     * The catalog actions the statement's {@code Action} (expanded) or {@code NotAction} (complement) covers
     * and {@code filter} accepts, in entry order then catalog order, each once. Unknown actions are not
     * catalog actions and are never returned (IAM005 reports them).
     */
    public static List<Granted> actions(Statement st, ActionCatalog catalog, Predicate<ActionInfo> filter) {
        Map<String, Granted> out = new LinkedHashMap<>();
        if (st.action() != null) {
            for (ScalarNode e : st.action()) {
                for (ActionInfo a : catalog.expand(e.value())) {
                    if (filter.test(a)) {
                        out.putIfAbsent(a.key(), new Granted(a, e));
                    }
                }
            }
        } else if (st.notAction() != null) {
            Set<String> excluded = new HashSet<>();
            for (ScalarNode e : st.notAction()) {
                catalog.expand(e.value()).forEach(a -> excluded.add(a.key()));
            }
            for (ActionInfo a : catalog.expand("*")) {
                if (filter.test(a) && !excluded.contains(a.key())) {
                    out.putIfAbsent(a.key(), new Granted(a, null));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The {@code Resource} entries that can grant the action anything (see {@link UserResources#grants}); empty
     * when the statement uses {@code NotResource} or has no resource.
     */
    public static List<ScalarNode> grantingResources(Statement st, ActionInfo action, ActionCatalog catalog) {
        List<ScalarNode> out = new ArrayList<>();
        if (st.resource() != null) {
            for (ScalarNode r : st.resource()) {
                if (UserResources.grants(action, ResourcePattern.of(r.value()), catalog)) {
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
