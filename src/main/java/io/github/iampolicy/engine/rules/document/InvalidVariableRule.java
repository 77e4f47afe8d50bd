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

import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.text.PolicyTextLexer;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * IAM009 invalid-variable: a {@code ${...}} that is neither a well-formed policy variable, an escape, nor a
 * template placeholder ("Template syntax" in src/site/markdown/rules/index.md, and
 * src/site/markdown/rules/IAM009.md).
 *
 * <p>Every string value of the document is scanned, after template resolution (so {@code $${aws:username}}
 * and {@code &{aws:username}} are the variable {@code ${aws:username}}, and placeholders are unknown
 * values). Severities:
 * <ul>
 *   <li>{@code error}: {@code ${} without a closing {@code }}; nested braces; an empty {@code ${}}; {@code ${aws:}} or
 *       another empty key; a name that is not {@code prefix:key} syntax (characters outside letters, digits
 *       and {@code _.:/+=@-}, or a malformed default); a placeholder whose name is a policy variable
 *       written with {@code .} for {@code :} ({@code ${aws.username}}), which a template tool leaves as a
 *       placeholder and AWS never substitutes;</li>
 *   <li>{@code warning}: an {@code aws:} key AWS does not document ({@code ${aws:usrname}}), which is absent
 *       from every request, so the resource or condition matches nothing.</li>
 * </ul>
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 *   <li>{@code ${*}}, {@code ${?}} and {@code ${$}} are valid escapes. A default value
 *       ({@code ${aws:PrincipalTag/team, 'none'}}) is valid when it is one single-quoted string.</li>
 *   <li>Keys of other services ({@code ${s3:prefix}}, {@code ${saml:sub}},
 *       {@code ${cognito-identity.amazonaws.com:sub}}) are not checked against a list; only their syntax.
 *       {@code aws:} key names compare case-insensitively.</li>
 *   <li>A {@code ${name}} without {@code :} that survived template resolution (written {@code $${name}} in a
 *       template, or {@code ${!name}} in CloudFormation) is literal text in the deployed policy and is
 *       reported as not a policy variable.</li>
 *   <li>Object keys (condition key names) are not scanned. Each distinct problem is reported once per string
 *       value, at the value.</li>
 * </ul>
 */
public final class InvalidVariableRule implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM009",
            "invalid-variable",
            Severity.ERROR,
            "A ${...} is not a well-formed policy variable, escape or template placeholder, or names an unknown "
                    + "aws: key.",
            "Write policy variables as ${service:key} with a colon, e.g. ${aws:username} or "
                    + "${aws:PrincipalTag/team}, using keys AWS documents; close every ${ with }; use ${*}, ${?} "
                    + "or ${$} for literal characters.",
            5.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** One problem in one string. */
    private record Problem(Severity severity, String subject, String text) {}

    @Override
    public void check(PolicyContext context) {
        Map<ObjectNode, Statement> statements = new IdentityHashMap<>();
        context.statements().forEach(s -> statements.put(s.node(), s));
        walk(context, context.policy().document(), "The policy", null, statements);
    }

    private void walk(
            PolicyContext context,
            Node node,
            String where,
            Statement statement,
            Map<ObjectNode, Statement> statements) {
        if (node instanceof ScalarNode s) {
            if (s.type() == ScalarNode.Type.STRING) {
                for (Problem p : problems(s.value())) {
                    context.report(
                            this,
                            p.severity(),
                            s.location(),
                            statement,
                            p.subject(),
                            where + " value " + Describe.quoted(s.value()) + ": " + p.text());
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.elements().forEach(e -> walk(context, e, where, statement, statements));
        } else if (node instanceof ObjectNode o) {
            Statement own = statements.get(o);
            for (ObjectNode.Member m : o.members()) {
                String at = own != null
                        ? Describe.statement(own) + " " + m.key()
                        : statement == null ? "The policy's " + m.key() : where;
                walk(context, m.value(), at, own != null ? own : statement, statements);
            }
        }
    }

    private static Set<Problem> problems(String v) {
        Set<Problem> out = new LinkedHashSet<>();
        for (String hint : Values.unknownHints(v)) {
            if (hint.isEmpty()) {
                out.add(new Problem(
                        Severity.ERROR,
                        "${}",
                        "\"${}\" is empty: it is neither a policy variable nor a "
                                + "placeholder. Write a variable such as ${aws:username}, or remove it."));
            } else {
                String variable = dottedVariable(hint);
                if (variable != null) {
                    out.add(new Problem(
                            Severity.ERROR,
                            "${" + hint + "}",
                            "${" + hint + "} is a template "
                                    + "placeholder, not a policy variable: AWS never substitutes it. Write " + variable
                                    + " (a ':' after the service prefix, not a '.')."));
                }
            }
        }
        for (PolicyTextLexer.Token t : PolicyTextLexer.lex(v, PolicyTextLexer.Braces.BALANCED)) {
            if (t.kind() == PolicyTextLexer.Kind.UNTERMINATED) {
                String rest = v.substring(t.start());
                out.add(new Problem(
                        Severity.ERROR,
                        rest,
                        "\"" + Values.display(rest) + "\" opens \"${\" without a "
                                + "closing \"}\". Close the variable, e.g. ${aws:username}, or write $${ for a literal \"${\" in "
                                + "a template."));
                break;
            }
            if (!t.isBraced()) {
                continue;
            }
            String name = t.body();
            if (name.indexOf('{') >= 0) {
                String shown = t.text();
                out.add(new Problem(
                        Severity.ERROR,
                        shown,
                        Values.display(shown) + " nests braces, which no policy "
                                + "variable has. Write a single variable such as ${aws:username}."));
            } else {
                Problem p = variable(name);
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The problem of the variable {@code ${name}}, or {@code null} when it is well formed. */
    private static Problem variable(String name) {
        String shown = "${" + name + "}";
        if (name.equals("*") || name.equals("?") || name.equals("$")) {
            return null;
        }
        if (name.isEmpty()) {
            return new Problem(Severity.ERROR, shown, "\"${}\" is empty. Write a variable such as ${aws:username}.");
        }
        int colon = name.indexOf(':');
        if (colon < 0) {
            return new Problem(
                    Severity.ERROR,
                    shown,
                    shown + " is not a policy variable (it has no service prefix "
                            + "such as aws:) and stays literal text in the deployed policy. Write a variable such as "
                            + "${aws:username}, or remove it.");
        }
        String key = name;
        int comma = name.indexOf(',');
        if (comma >= 0) {
            String fallback = name.substring(comma + 1).strip();
            key = name.substring(0, comma).strip();
            if (fallback.length() < 2
                    || !fallback.startsWith("'")
                    || !fallback.endsWith("'")
                    || fallback.substring(1, fallback.length() - 1).indexOf('\'') >= 0) {
                return new Problem(
                        Severity.ERROR,
                        shown,
                        shown + " has a malformed default value: write it as one "
                                + "single-quoted string, e.g. ${aws:PrincipalTag/team, 'none'}.");
            }
            colon = key.indexOf(':');
            if (colon < 0) {
                return new Problem(
                        Severity.ERROR,
                        shown,
                        shown + " has no service prefix before its default "
                                + "value. Write ${service:key, 'default'}.");
            }
        }
        String prefix = key.substring(0, colon);
        String rest = key.substring(colon + 1);
        if (rest.isEmpty()) {
            return new Problem(
                    Severity.ERROR,
                    shown,
                    shown + " has an empty key after \"" + prefix + ":\". Name the key, " + "e.g. ${aws:username}.");
        }
        if (!validPrefix(prefix) || !validKey(rest)) {
            return new Problem(
                    Severity.ERROR,
                    shown,
                    shown + " is not valid policy variable syntax: write "
                            + "${service:key} using letters, digits and _.:/+=@- only, e.g. ${aws:username}.");
        }
        if (prefix.equalsIgnoreCase("aws") && !GlobalConditionKeys.isKnown(key)) {
            String closest = GlobalConditionKeys.closest(key);
            return new Problem(
                    Severity.WARNING,
                    shown,
                    shown + " names no AWS global condition key, so it is absent "
                            + "from every request and what uses it matches nothing."
                            + (closest != null ? " Did you mean ${" + closest + "}?" : " Use a documented aws: key."));
        }
        return null;
    }

    private static boolean validPrefix(String prefix) {
        if (prefix.isEmpty()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean validKey(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c) || "_.:/+=@-".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The policy variable a placeholder hint spells with {@code .} for {@code :} (and for {@code /}, which
     * hints also replace), e.g. {@code aws.username} -> {@code ${aws:username}}; {@code null} when the hint is
     * not such a spelling (e.g. a CloudFormation reference hint {@code AWS..AccountId}).
     */
    static String dottedVariable(String hint) {
        if (!hint.toLowerCase(Locale.ROOT).startsWith("aws.") || hint.length() <= 4) {
            return null;
        }
        String rest = hint.substring(4);
        String candidate = "aws:" + rest;
        if (GlobalConditionKeys.isKnown(candidate) && !rest.contains(".")) {
            return "${" + canonical(candidate) + "}";
        }
        for (String prefix : GlobalConditionKeys.TAG_PREFIXES) {
            String dotted = prefix.substring(4, prefix.length() - 1) + ".";
            if (rest.toLowerCase(Locale.ROOT).startsWith(dotted.toLowerCase(Locale.ROOT))
                    && rest.length() > dotted.length()) {
                return "${" + prefix + rest.substring(dotted.length()) + "}";
            }
        }
        return null;
    }

    private static String canonical(String key) {
        return GlobalConditionKeys.KEYS.stream()
                .filter(k -> k.equalsIgnoreCase(key))
                .findFirst()
                .orElse(key);
    }
}
