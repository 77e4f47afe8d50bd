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
package io.github.iampolicy.engine.rules.document;

import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;
import java.util.Locale;

/**
 * How IAM003 reports one policy, and the element checks its parts share (string lists, optional strings,
 * unknown keys): the statement, principal and condition checks all report through it.
 */
final class StructureReport {

    private final Rule rule;
    private final PolicyContext context;

    StructureReport(Rule rule, PolicyContext context) {
        this.rule = rule;
        this.context = context;
    }

    PolicyContext context() {
        return context;
    }

    /** A string or a non-empty list of strings; {@code key} is the subject of findings. */
    void stringList(Node n, String key, String what, Statement s) {
        if (n instanceof ScalarNode sn && sn.type() == ScalarNode.Type.STRING) {
            return;
        }
        if (n instanceof ArrayNode a) {
            if (a.size() == 0) {
                report(
                        a.location(),
                        s,
                        key,
                        what + " is an empty list; it matches nothing and AWS rejects it. "
                                + "List at least one value or remove the element.");
            }
            for (Node e : a.elements()) {
                if (!e.isString()) {
                    report(
                            e.location(),
                            s,
                            key,
                            what + " contains " + Describe.node(e) + "; its entries must be strings." + quoteHint(e));
                }
            }
            return;
        }
        report(
                n.location(),
                s,
                key,
                what + " is " + Describe.node(n) + "; it must be a string or a list of " + "strings." + quoteHint(n));
    }

    static String quoteHint(Node n) {
        return n instanceof ScalarNode sn && sn.type() != ScalarNode.Type.NULL
                ? " Quote it: \"" + sn.raw() + "\"."
                : "";
    }

    /** An optional element that, when present, must be a string. */
    void stringElement(ObjectNode o, String key, String owner, Statement s) {
        Node n = o.get(key);
        if (n != null && !n.isString()) {
            report(
                    n.location(),
                    s,
                    key,
                    owner + " \"" + key + "\" is " + Describe.node(n) + "; it must be a string." + quoteHint(n));
        }
    }

    void unknownKeys(ObjectNode o, List<String> allowed, String owner, Statement s) {
        for (ObjectNode.Member m : o.distinctMembers()) {
            if (allowed.contains(m.key()) || Values.isUnknown(m.key())) {
                // a key known only at deploy time (a principal type from a variable) may be any allowed one
                continue;
            }
            String suggestion = allowed.stream()
                    .filter(k ->
                            k.toLowerCase(Locale.ROOT).equals(m.key().strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .map(k -> " Did you mean \"" + k + "\"? Element names are case-sensitive.")
                    .orElse(" Allowed here: " + String.join(", ", allowed) + ".");
            report(
                    m.keyLocation(),
                    s,
                    m.key(),
                    owner.substring(0, 1).toUpperCase(Locale.ROOT) + owner.substring(1) + " has the unknown element \""
                            + m.key() + "\"; AWS rejects the policy." + suggestion);
        }
    }

    void report(Location at, Statement s, String subject, String message) {
        context.report(rule, Severity.ERROR, at, s, subject, message);
    }
}
