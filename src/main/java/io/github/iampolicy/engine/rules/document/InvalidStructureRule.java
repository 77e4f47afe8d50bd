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

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.PolicyRule;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IAM003 invalid-structure: a document AWS would reject or read differently from its author.
 *
 * <p>Flags: an unknown element (document keys other than {@code Version}, {@code Id}, {@code Statement};
 * statement keys other than {@code Sid}, {@code Effect}, {@code Principal}, {@code NotPrincipal},
 * {@code Action}, {@code NotAction}, {@code Resource}, {@code NotResource}, {@code Condition}; keys of a
 * {@code Principal} object other than {@code AWS}, {@code Service}, {@code Federated},
 * {@code CanonicalUser}); a wrong JSON type (a number, boolean, null, object or array where a string is
 * expected, a {@code Statement} element that is not an object, an object inside an {@code Action} list,
 * a condition value that is an object or null); {@code Effect} missing or not exactly {@code Allow} or
 * {@code Deny}; both or neither of {@code Action}/{@code NotAction}; both of
 * {@code Resource}/{@code NotResource}, or neither in an identity policy; an empty list; an unknown
 * condition operator (e.g. {@code ConditionIfBoolExists}); {@code Principal} where it
 * is not allowed or missing where it is required.
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 *   <li><b>Principal.</b> The rule list (src/site/markdown/rules/index.md) makes a policy whose statements
 *       carry {@code Principal} a resource or trust policy. So {@code Principal}/{@code NotPrincipal} is reported only when the
 *       container says the policy is attached to an identity ({@link PolicyKind#MANAGED},
 *       {@code INLINE_USER}, {@code INLINE_GROUP}, {@code INLINE_ROLE}); for {@link PolicyKind#IDENTITY}
 *       (attachment unknown, e.g. a raw JSON file) a {@code Principal} makes the policy a resource policy.
 *       In a resource or trust policy (kind {@code TRUST} or {@code RESOURCE}, or {@code IDENTITY} with
 *       some statement carrying a principal) every statement needs exactly one of
 *       {@code Principal}/{@code NotPrincipal}, and {@code Resource} is not required.</li>
 *   <li>A string {@code Principal} must be {@code "*"} (AWS accepts no other bare string).</li>
 *   <li>Keys are compared exactly, as AWS does: {@code effect} is an unknown element; the message suggests
 *       the intended spelling. Condition operators are compared case-insensitively (see
 *       {@link ConditionOperators#isKnown}); condition keys are not checked.</li>
 *   <li>An element that is wholly an unknown value (a template placeholder, an unresolved reference) is
 *       accepted where a string is expected, including {@code Effect} and {@code Principal}.</li>
 *   <li>An empty {@code Condition} object or operator block is accepted (it constrains nothing and AWS
 *       accepts it); empty lists anywhere else (statements, actions, resources, principals, condition
 *       values) are reported.</li>
 *   <li>A duplicated key is IAM001's; IAM003 checks the value analysis uses (the last one) and reports an
 *       unknown duplicated key once.</li>
 *   <li>The characters of a {@code Sid} are not checked (AWS allows spaces in some resource policies).</li>
 * </ul>
 */
public final class InvalidStructureRule implements PolicyRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM003",
            "invalid-structure",
            Severity.ERROR,
            "The policy document has an unknown element, a value of the wrong JSON type, an invalid Effect, "
                    + "an empty list, an unknown condition operator, or a missing or forbidden element.",
            "Follow the IAM policy grammar: each statement has an Effect of exactly \"Allow\" or \"Deny\", "
                    + "exactly one of Action/NotAction, in identity policies exactly one of Resource/NotResource "
                    + "and no Principal, in resource and trust policies a Principal; element names are "
                    + "case-sensitive; values are strings or lists of strings (condition values may also be "
                    + "booleans or numbers); lists are not empty; condition operators are those AWS documents.",
            5.0);

    static final List<String> DOCUMENT_KEYS = List.of("Version", "Id", "Statement");
    static final List<String> STATEMENT_KEYS = List.of(
            "Sid",
            "Effect",
            "Principal",
            "NotPrincipal",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Condition");
    static final List<String> PRINCIPAL_KEYS = List.of("AWS", "Service", "Federated", "CanonicalUser");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitPolicy(AnalyzedPolicy analysis, PolicyContext context) {
        new Check(this, context).run();
    }

    /** One run over one policy. */
    private static final class Check {

        private final Rule rule;
        private final PolicyContext context;
        private final Map<ObjectNode, Statement> statements = new IdentityHashMap<>();
        private final boolean identityContainer;
        private final boolean resourcePolicy;

        Check(Rule rule, PolicyContext context) {
            this.rule = rule;
            this.context = context;
            context.analysis()
                    .statements()
                    .forEach(a -> statements.put(a.statement().node(), a.statement()));
            PolicyKind kind = context.policy().kind();
            this.identityContainer = kind.isIdentity() && kind != PolicyKind.IDENTITY;
            boolean anyPrincipal = context.analysis().anyPrincipal();
            this.resourcePolicy = !kind.isIdentity() || kind == PolicyKind.IDENTITY && anyPrincipal;
        }

        void run() {
            ObjectNode doc = context.policy().document();
            unknownKeys(doc, DOCUMENT_KEYS, "the policy document", null);
            stringElement(doc, "Version", "The policy's", null);
            stringElement(doc, "Id", "The policy's", null);
            Node st = doc.get("Statement");
            if (st == null) {
                report(
                        doc.location(),
                        null,
                        "Statement",
                        "Policy has no \"Statement\". Add a \"Statement\" list with at least one statement.");
            } else if (st instanceof ObjectNode o) {
                statement(o, "Statement");
            } else if (st instanceof ArrayNode a) {
                if (a.size() == 0) {
                    report(
                            a.location(),
                            null,
                            "Statement",
                            "Policy has an empty \"Statement\" list. Add at least one statement.");
                }
                for (int i = 0; i < a.size(); i++) {
                    Node e = a.get(i);
                    if (e instanceof ObjectNode o) {
                        statement(o, "Statement[" + i + "]");
                    } else if (!(e instanceof ScalarNode u && Values.isUnknown(u.value()))) {
                        // a template value (a macro's output, an import) may well be a statement
                        report(
                                e.location(),
                                null,
                                "Statement[" + i + "]",
                                "Statement[" + i + "] is " + Describe.node(e)
                                        + "; each statement must be an object. Write it as {\"Effect\": ..., "
                                        + "\"Action\": ..., \"Resource\": ...}.");
                    }
                }
            } else {
                report(
                        st.location(),
                        null,
                        "Statement",
                        "The policy's \"Statement\" is " + Describe.node(st)
                                + "; it must be a list of statement objects (or one object).");
            }
        }

        private void statement(ObjectNode o, String position) {
            Statement s = statements.get(o);
            String sid =
                    o.get("Sid") instanceof ScalarNode sn && sn.type() == ScalarNode.Type.STRING ? sn.value() : null;
            String name = Describe.statement(sid, position);
            unknownKeys(o, STATEMENT_KEYS, name, s);
            stringElement(o, "Sid", name, s);
            effect(o, name, s);
            exactlyOne(o, "Action", "NotAction", name, s, true);
            boolean needResource = !resourcePolicy;
            exactlyOne(o, "Resource", "NotResource", name, s, needResource);
            for (String key : List.of("Action", "NotAction", "Resource", "NotResource")) {
                Node n = o.get(key);
                if (n != null) {
                    stringList(n, key, name + " \"" + key + "\"", s);
                }
            }
            principal(o, name, s);
            Node c = o.get("Condition");
            if (c != null) {
                condition(c, name, s);
            }
        }

        private void effect(ObjectNode o, String name, Statement s) {
            Node e = o.get("Effect");
            if (e == null) {
                report(
                        o.location(),
                        s,
                        "Effect",
                        name + " has no \"Effect\". Add \"Effect\": \"Allow\" or " + "\"Effect\": \"Deny\".");
            } else if (!(e instanceof ScalarNode sn) || sn.type() != ScalarNode.Type.STRING) {
                report(
                        e.location(),
                        s,
                        "Effect",
                        name + " \"Effect\" is " + Describe.node(e) + "; it must be the string \"Allow\" or \"Deny\".");
            } else if (!sn.value().equals("Allow") && !sn.value().equals("Deny") && !Values.isUnknown(sn.value())) {
                String v = sn.value();
                String hint = v.strip().equalsIgnoreCase("allow")
                        ? " Write \"Allow\" (the value is case-sensitive)."
                        : v.strip().equalsIgnoreCase("deny")
                                ? " Write \"Deny\" (the value is case-sensitive)."
                                : " Use \"Allow\" or \"Deny\".";
                report(
                        sn.location(),
                        s,
                        "Effect",
                        name + " \"Effect\" is " + Describe.quoted(v) + "; it must be exactly \"Allow\" or \"Deny\"."
                                + hint);
            }
        }

        private void exactlyOne(ObjectNode o, String a, String notA, String name, Statement s, boolean required) {
            ObjectNode.Member m = o.member(a);
            ObjectNode.Member n = o.member(notA);
            if (m != null && n != null) {
                report(
                        n.keyLocation(),
                        s,
                        notA,
                        name + " has both \"" + a + "\" and \"" + notA
                                + "\"; a statement takes exactly one of them. Remove one.");
            } else if (m == null && n == null && required) {
                report(
                        o.location(),
                        s,
                        a,
                        name + " has neither \"" + a + "\" nor \"" + notA + "\". Add \"" + a
                                + "\" with the " + (a.equals("Action") ? "actions" : "resources")
                                + " the statement is about.");
            }
        }

        private void principal(ObjectNode o, String name, Statement s) {
            ObjectNode.Member p = o.member("Principal");
            ObjectNode.Member np = o.member("NotPrincipal");
            if (identityContainer) {
                for (ObjectNode.Member m : new ObjectNode.Member[] {p, np}) {
                    if (m != null) {
                        report(
                                m.keyLocation(),
                                s,
                                m.key(),
                                name + " has \"" + m.key() + "\", but the policy is an "
                                        + context.policy().kind().id() + " identity policy, which applies to the "
                                        + "identity it is attached to. Remove \"" + m.key()
                                        + "\" (principals belong in resource and trust policies).");
                    }
                }
            } else if (resourcePolicy) {
                if (p != null && np != null) {
                    report(
                            np.keyLocation(),
                            s,
                            "NotPrincipal",
                            name + " has both \"Principal\" and "
                                    + "\"NotPrincipal\"; a statement takes exactly one of them. Remove one.");
                } else if (p == null && np == null) {
                    report(
                            o.location(),
                            s,
                            "Principal",
                            name + " has no \"Principal\", which every statement "
                                    + "of a resource or trust policy needs. Add \"Principal\" naming who the statement "
                                    + "applies to.");
                }
            }
            for (ObjectNode.Member m : new ObjectNode.Member[] {p, np}) {
                if (m != null) {
                    principalValue(m.value(), m.key(), name, s);
                }
            }
        }

        private void principalValue(Node v, String key, String name, Statement s) {
            String what = name + " \"" + key + "\"";
            if (v instanceof ScalarNode sn && sn.type() == ScalarNode.Type.STRING) {
                if (!sn.value().equals("*") && !Values.isUnknown(sn.value())) {
                    report(
                            sn.location(),
                            s,
                            key,
                            what + " is " + Describe.quoted(sn.value()) + "; a string principal "
                                    + "must be \"*\". Name principals in an object such as {\"AWS\": \""
                                    + Values.display(sn.value()) + "\"}.");
                }
            } else if (v instanceof ObjectNode po) {
                unknownKeys(po, PRINCIPAL_KEYS, what, s);
                for (ObjectNode.Member m : po.distinctMembers()) {
                    stringList(m.value(), key, what + " \"" + m.key() + "\"", s);
                }
            } else {
                report(
                        v.location(),
                        s,
                        key,
                        what + " is " + Describe.node(v) + "; it must be \"*\" or an object "
                                + "such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}.");
            }
        }

        private void condition(Node c, String name, Statement s) {
            if (!(c instanceof ObjectNode co)) {
                report(
                        c.location(),
                        s,
                        "Condition",
                        name + " \"Condition\" is " + Describe.node(c)
                                + "; it must be an object of operators, such as {\"Bool\": {\"aws:SecureTransport\": "
                                + "\"true\"}}.");
                return;
            }
            for (ObjectNode.Member op : co.distinctMembers()) {
                if (!ConditionOperators.isKnown(op.key())) {
                    report(
                            op.keyLocation(),
                            s,
                            op.key(),
                            name + " uses the unknown condition operator \""
                                    + op.key() + "\"; AWS rejects the policy. Use a documented operator such as "
                                    + "StringEquals, StringLike, Bool, BoolIfExists, NumericLessThan, DateGreaterThan, "
                                    + "IpAddress, ArnLike or Null (optionally with ForAllValues:/ForAnyValue: and IfExists).");
                }
                if (!(op.value() instanceof ObjectNode keys)) {
                    report(
                            op.value().location(),
                            s,
                            op.key(),
                            name + " condition \"" + op.key() + "\" is "
                                    + Describe.node(op.value())
                                    + "; it must be an object of condition keys and values, "
                                    + "such as {\"aws:MultiFactorAuthPresent\": \"true\"}.");
                    continue;
                }
                for (ObjectNode.Member k : keys.distinctMembers()) {
                    conditionValue(k.value(), name + " condition " + op.key() + " \"" + k.key() + "\"", k.key(), s);
                    if (op.key().equalsIgnoreCase("Null")) {
                        nullValues(k.value(), name + " condition Null \"" + k.key() + "\"", k.key(), s);
                    }
                }
            }
        }

        private void conditionValue(Node v, String what, String key, Statement s) {
            if (v instanceof ArrayNode a) {
                if (a.size() == 0) {
                    report(
                            a.location(),
                            s,
                            key,
                            what + " has an empty list of values; it matches nothing. " + "Give at least one value.");
                }
                for (Node e : a.elements()) {
                    if (!isConditionScalar(e)) {
                        report(
                                e.location(),
                                s,
                                key,
                                what + " has " + Describe.node(e) + " in its values; condition "
                                        + "values must be strings, booleans or numbers.");
                    }
                }
            } else if (!isConditionScalar(v)) {
                report(
                        v.location(),
                        s,
                        key,
                        what + " is " + Describe.node(v) + "; condition values must be strings, "
                                + "booleans or numbers, or a list of them.");
            }
        }

        /**
         * AWS documents only {@code true} (the key is absent) and {@code false} (present) for {@code Null};
         * any other value never holds, so the condition silently disables its statement.
         */
        private void nullValues(Node v, String what, String key, Statement s) {
            List<Node> values = v instanceof ArrayNode a ? a.elements() : List.of(v);
            for (Node e : values) {
                if (e instanceof ScalarNode sn
                        && sn.type() != ScalarNode.Type.NULL
                        && !Values.hasUnknown(sn.value())
                        && !sn.value().equalsIgnoreCase("true")
                        && !sn.value().equalsIgnoreCase("false")) {
                    report(
                            e.location(),
                            s,
                            key,
                            what + " has the value \"" + sn.value() + "\"; Null takes only \"true\" (the key is "
                                    + "absent) or \"false\" (the key is present), any other value never holds.");
                }
            }
        }

        private static boolean isConditionScalar(Node n) {
            return n instanceof ScalarNode sn && sn.type() != ScalarNode.Type.NULL;
        }

        /** A string or a non-empty list of strings; {@code key} is the subject of findings. */
        private void stringList(Node n, String key, String what, Statement s) {
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
                                what + " contains " + Describe.node(e) + "; its entries must be strings."
                                        + quoteHint(e));
                    }
                }
                return;
            }
            report(
                    n.location(),
                    s,
                    key,
                    what + " is " + Describe.node(n) + "; it must be a string or a list of " + "strings."
                            + quoteHint(n));
        }

        private static String quoteHint(Node n) {
            return n instanceof ScalarNode sn && sn.type() != ScalarNode.Type.NULL
                    ? " Quote it: \"" + sn.raw() + "\"."
                    : "";
        }

        /** An optional element that, when present, must be a string. */
        private void stringElement(ObjectNode o, String key, String owner, Statement s) {
            Node n = o.get(key);
            if (n != null && !n.isString()) {
                report(
                        n.location(),
                        s,
                        key,
                        owner + " \"" + key + "\" is " + Describe.node(n) + "; it must be a string." + quoteHint(n));
            }
        }

        private void unknownKeys(ObjectNode o, List<String> allowed, String owner, Statement s) {
            for (ObjectNode.Member m : o.distinctMembers()) {
                if (allowed.contains(m.key())) {
                    continue;
                }
                String suggestion = allowed.stream()
                        .filter(k -> k.toLowerCase(Locale.ROOT)
                                .equals(m.key().strip().toLowerCase(Locale.ROOT)))
                        .findFirst()
                        .map(k -> " Did you mean \"" + k + "\"? Element names are case-sensitive.")
                        .orElse(" Allowed here: " + String.join(", ", allowed) + ".");
                report(
                        m.keyLocation(),
                        s,
                        m.key(),
                        owner.substring(0, 1).toUpperCase(Locale.ROOT) + owner.substring(1)
                                + " has the unknown element \"" + m.key() + "\"; AWS rejects the policy." + suggestion);
            }
        }

        private void report(Location at, Statement s, String subject, String message) {
            context.report(rule, Severity.ERROR, at, s, subject, message);
        }
    }
}
