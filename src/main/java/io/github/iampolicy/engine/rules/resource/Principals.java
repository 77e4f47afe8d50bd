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
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the trust and resource rules (IAM4xx) read of a statement: its principals, its conditions, and whether
 * the policy is a role's trust policy. Shared so that every rule of the family agrees on these readings.
 */
public final class Principals {

    /** One principal of a statement: its type ({@code AWS}, {@code Service}, {@code Federated}, ...) and value. */
    public record Entry(String type, ScalarNode value) {

        public String text() {
            return value.value();
        }

        /** {@code "*"} as a whole principal, or {@code {"AWS": "*"}}: everyone, signed or anonymous. */
        public boolean isEveryone() {
            // a type known only at deploy time may be AWS: "*" is then everyone (no other type accepts "*")
            return (type.equals("*") || type.equals("AWS") || Values.isUnknown(type)) && text().equals("*");
        }
    }

    /** The actions AWS accepts in a role trust policy. */
    static final Set<String> TRUST_ACTIONS = Set.of(
            "sts:assumerole",
            "sts:assumerolewithsaml",
            "sts:assumerolewithwebidentity",
            "sts:tagsession",
            "sts:setsourceidentity",
            "sts:setcontext");

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):root");

    private Principals() {}

    /** The entries of the statement's {@code Principal} element ({@code NotPrincipal} is not read here). */
    public static List<Entry> of(Statement st) {
        return entries(st.node().get("Principal"));
    }

    /** The entries of a {@code Principal} or {@code NotPrincipal} element's value. */
    public static List<Entry> entries(Node principal) {
        List<Entry> out = new ArrayList<>();
        if (principal instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            out.add(new Entry("*", s));
        } else if (principal instanceof ObjectNode o) {
            for (ObjectNode.Member m : o.distinctMembers()) {
                if (m.value() instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
                    out.add(new Entry(m.key(), s));
                } else if (m.value() instanceof ArrayNode a) {
                    for (Node e : a.elements()) {
                        if (e instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
                            out.add(new Entry(m.key(), s));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The account of a principal naming a whole account ({@code 123456789012} or
     * {@code arn:aws:iam::123456789012:root}), or {@code null}. Accounts given by a template value are not
     * whole accounts here: they are most often the template's own account ({@code AWS::AccountId}).
     */
    static String wholeAccount(Entry e) {
        if (!e.type().equals("AWS")) {
            return null;
        }
        String t = e.text();
        if (ACCOUNT_ID.matcher(t).matches()) {
            return t;
        }
        var m = ACCOUNT_ROOT.matcher(t);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Whether the policy is a role's trust policy: its container says so, or its attachment is unknown (a
     * policy file), some statement names a principal and every action entry of every statement is an
     * {@code sts:} action.
     */
    public static boolean isTrustPolicy(PolicyContext context) {
        PolicyKind kind = context.policy().kind();
        if (kind == PolicyKind.TRUST) {
            return true;
        }
        if (kind != PolicyKind.IDENTITY || context.isIdentityPolicy()) {
            return false;
        }
        boolean any = false;
        for (AnalyzedStatement analyzed : context.analysis().statements()) {
            Statement st = analyzed.statement();
            for (ScalarNode a : st.actionEntries()) {
                String v = a.value().toLowerCase(Locale.ROOT);
                if (!v.startsWith("sts:assumerole") && !TRUST_ACTIONS.contains(v)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** A resource policy: neither an identity policy nor a trust policy. */
    public static boolean isResourcePolicy(PolicyContext context) {
        return !context.isIdentityPolicy() && !isTrustPolicy(context);
    }

    /**
     * Whether the operator restricts requests to the values it lists: not a negation ({@code StringNotEquals},
     * {@code NotIpAddress}), not {@code Null}, and not {@code ...IfExists}, which lets every request without the
     * key through.
     */
    public static boolean isPositive(String operator) {
        String op = operator.toLowerCase(Locale.ROOT);
        return !op.contains("not") && !op.equals("null") && !op.endsWith("ifexists");
    }

    /**
     * The conditions of the statement on one of the keys (compared case-insensitively, as AWS does) with a
     * positive operator and at least one value that is not only wildcards.
     */
    public static List<Statement.Condition> restricting(Statement st, Set<String> lowerCaseKeys) {
        List<Statement.Condition> out = new ArrayList<>();
        for (Statement.Condition c : st.conditions()) {
            if (isPositive(c.operator())
                    && lowerCaseKeys.contains(c.key().toLowerCase(Locale.ROOT))
                    && c.texts().stream().anyMatch(v -> !onlyWildcards(v))) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@code *}, {@code ?*}, ...: matches anything (an unknown template value does not count). */
    static boolean onlyWildcards(String v) {
        return !v.isEmpty() && v.chars().allMatch(c -> c == '*' || c == '?');
    }

    /** An entry as reports show it. */
    static String show(String text) {
        return Values.display(text);
    }
}
