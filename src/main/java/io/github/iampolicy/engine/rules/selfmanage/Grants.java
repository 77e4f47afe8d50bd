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

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.analysis.Granted;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a statement grants, shared by the IAM1xx and IAM2xx rules: the catalog actions its {@code Action}
 * entries expand to (or, for {@code NotAction}, every catalog action no entry matches), each with the entry
 * that named it, and which resource entries can grant each action anything.
 */
public final class Grants {

    private Grants() {}

    /**
     * The catalog actions of the given services that the statement's {@code Action} (expanded) or
     * {@code NotAction} (complement) covers and {@code filter} accepts, in entry order then catalog order, each
     * once. Unknown actions are not catalog actions and are never returned (IAM005 reports them). Each
     * service's expansion is computed once per statement by the analysis ({@link AnalyzedStatement#granted}).
     */
    public static List<Granted> actions(AnalyzedStatement st, Set<String> services, Predicate<ActionInfo> filter) {
        List<Granted> out = new ArrayList<>();
        for (String service : services) {
            for (Granted g : st.granted(service)) {
                if (filter.test(g.action())) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /** The actions of services of the self-manage set S ({@code iam} unless configured otherwise) the filter accepts. */
    public static List<Granted> selfManageActions(
            PolicyContext context, AnalyzedStatement st, Predicate<ActionInfo> filter) {
        return actions(st, context.selfManageServices(), filter);
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
