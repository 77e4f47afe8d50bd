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
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;

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

        private final PolicyContext context;
        private final StructureReport out;
        private final PrincipalStructure principals;
        private final ConditionStructure conditions;
        private final boolean identityContainer;
        private final boolean resourcePolicy;

        Check(Rule rule, PolicyContext context) {
            this.context = context;
            this.out = new StructureReport(rule, context);
            PolicyKind kind = context.policy().kind();
            this.identityContainer = kind.isIdentity() && kind != PolicyKind.IDENTITY;
            boolean anyPrincipal = context.analysis().anyPrincipal();
            this.resourcePolicy = !kind.isIdentity() || kind == PolicyKind.IDENTITY && anyPrincipal;
            this.principals = new PrincipalStructure(out, identityContainer, resourcePolicy);
            this.conditions = new ConditionStructure(out);
        }

        void run() {
            ObjectNode doc = context.policy().document();
            out.unknownKeys(doc, DOCUMENT_KEYS, "the policy document", null);
            out.stringElement(doc, "Version", "The policy's", null);
            out.stringElement(doc, "Id", "The policy's", null);
            Node st = doc.get("Statement");
            if (st == null) {
                out.report(
                        doc.location(),
                        null,
                        "Statement",
                        "Policy has no \"Statement\". Add a \"Statement\" list with at least one statement.");
            } else if (st instanceof ObjectNode o) {
                statement(o, "Statement");
            } else if (st instanceof ArrayNode a) {
                if (a.size() == 0) {
                    out.report(
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
                        out.report(
                                e.location(),
                                null,
                                "Statement[" + i + "]",
                                "Statement[" + i + "] is " + Describe.node(e)
                                        + "; each statement must be an object. Write it as {\"Effect\": ..., "
                                        + "\"Action\": ..., \"Resource\": ...}.");
                    }
                }
            } else if (!(st instanceof ScalarNode u && Values.isUnknown(u.value()))) {
                // a value known only at deploy time (Terraform concat(...), a template macro) may be the list
                out.report(
                        st.location(),
                        null,
                        "Statement",
                        "The policy's \"Statement\" is " + Describe.node(st)
                                + "; it must be a list of statement objects (or one object).");
            }
        }

        private void statement(ObjectNode o, String position) {
            Statement s = context.analysis().statementAt(o);
            String sid =
                    o.get("Sid") instanceof ScalarNode sn && sn.type() == ScalarNode.Type.STRING ? sn.value() : null;
            String name = Describe.statement(sid, position);
            out.unknownKeys(o, STATEMENT_KEYS, name, s);
            out.stringElement(o, "Sid", name, s);
            effect(o, name, s);
            exactlyOne(o, "Action", "NotAction", name, s, true);
            boolean needResource = !resourcePolicy;
            exactlyOne(o, "Resource", "NotResource", name, s, needResource);
            for (String key : List.of("Action", "NotAction", "Resource", "NotResource")) {
                Node n = o.get(key);
                if (n != null) {
                    out.stringList(n, key, name + " \"" + key + "\"", s);
                }
            }
            principals.check(o, name, s);
            Node c = o.get("Condition");
            if (c != null) {
                conditions.check(c, name, s);
            }
        }

        private void effect(ObjectNode o, String name, Statement s) {
            Node e = o.get("Effect");
            if (e == null) {
                out.report(
                        o.location(),
                        s,
                        "Effect",
                        name + " has no \"Effect\". Add \"Effect\": \"Allow\" or " + "\"Effect\": \"Deny\".");
            } else if (!(e instanceof ScalarNode sn) || sn.type() != ScalarNode.Type.STRING) {
                out.report(
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
                out.report(
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
                out.report(
                        n.keyLocation(),
                        s,
                        notA,
                        name + " has both \"" + a + "\" and \"" + notA
                                + "\"; a statement takes exactly one of them. Remove one.");
            } else if (m == null && n == null && required) {
                out.report(
                        o.location(),
                        s,
                        a,
                        name + " has neither \"" + a + "\" nor \"" + notA + "\". Add \"" + a
                                + "\" with the " + (a.equals("Action") ? "actions" : "resources")
                                + " the statement is about.");
            }
        }
    }
}
