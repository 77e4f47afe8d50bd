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
package io.github.iampolicy.engine.rules.semantic;

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.resource.Principals;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resource policy seen by one of its principals: the statements that apply to that principal, with the
 * principal element taken as satisfied, so that the identity-policy semantic engine decides what the principal
 * may do through this policy.
 *
 * <p>A principal is one entry of an Allow's {@code Principal} ({@code *}, an account, a role, a service, a
 * federated or canonical user), or "everyone but" the entries of an Allow's {@code NotPrincipal}. A Deny applies
 * to the principal when its {@code Principal} is {@code *} or names the same entry. A Deny that names the
 * principal differently (its account instead of its role) or uses {@code NotPrincipal} is left out: it can only
 * make the check report more access, never hide some.
 */
final class PrincipalViews {

    /** The keys that bind a service principal's access to one source resource or account. */
    static final Set<String> SOURCE_KEYS = Set.of("aws:sourcearn", "aws:sourceaccount", "aws:sourceowner");

    private static final String NOT = "NotPrincipal\u0000";

    private PrincipalViews() {}

    /**
     * The distinct principals the Allow statements of {@code p} name, key to how reports show them, in order of
     * appearance.
     */
    static Map<String, String> principals(AnalyzedPolicy p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (AnalyzedStatement a : p.statements()) {
            Statement s = a.statement();
            if (s.isAllow()) {
                allowed(s).forEach(out::putIfAbsent);
            }
        }
        return out;
    }

    /**
     * The principals of {@link #principals} grouped by the statements that apply to them: principals of one group
     * see the same policy, so one check answers for all of them (a statement may list hundreds of roles).
     */
    static List<List<Map.Entry<String, String>>> groups(AnalyzedPolicy p) {
        List<AnalyzedStatement> statements = p.statements();
        Map<List<Integer>, List<Map.Entry<String, String>>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : principals(p).entrySet()) {
            List<Integer> applying = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                if (applies(statements.get(i).statement(), e.getKey())) {
                    applying.add(i);
                }
            }
            out.computeIfAbsent(applying, k -> new ArrayList<>()).add(e);
        }
        return List.copyOf(out.values());
    }

    /** The principals an Allow grants to, key to display text; service grants bound to a source excluded. */
    private static Map<String, String> allowed(Statement s) {
        Map<String, String> out = new LinkedHashMap<>();
        Node not = s.node().get("NotPrincipal");
        if (not != null) {
            List<String> names = new ArrayList<>();
            for (Principals.Entry e : Principals.entries(not)) {
                names.add(Values.display(e.text()));
            }
            String shown = "everyone but " + String.join(", ", names);
            out.put(NOT + shown, shown);
            return out;
        }
        boolean bound = !Principals.restricting(s, SOURCE_KEYS).isEmpty();
        for (Principals.Entry e : Principals.of(s)) {
            // a service that may act only for one named source resource or account holds the access on that
            // resource's behalf (log delivery, a CDN origin), not as a caller who can be handed the data
            if (bound && (e.isEveryone() || e.type().equals("Service"))) {
                continue;
            }
            out.put(key(e), e.isEveryone() ? "*" : Values.display(e.text()));
        }
        return out;
    }

    private static String key(Principals.Entry e) {
        return e.isEveryone() ? "*" : e.type() + "\u0000" + e.text();
    }

    /**
     * The statements of {@code p} that apply to the principal {@code key} (of {@link #principals}), without
     * principal elements, as an identity policy.
     */
    static Policy view(AnalyzedPolicy analysed, String key) {
        Policy p = analysed.policy();
        List<Node> kept = new ArrayList<>();
        for (AnalyzedStatement a : analysed.statements()) {
            if (applies(a.statement(), key)) {
                kept.add(strip(a.statement()));
            }
        }
        ObjectNode doc = p.document();
        List<ObjectNode.Member> members = new ArrayList<>();
        for (ObjectNode.Member m : doc.members()) {
            if (m.key().equals("Statement")) {
                members.add(new ObjectNode.Member(
                        m.key(), m.keyLocation(), new ArrayNode(m.value().location(), null, kept)));
            } else {
                members.add(m);
            }
        }
        return new Policy(
                p.file(),
                p.policyPath(),
                PolicyKind.IDENTITY,
                new ObjectNode(doc.location(), doc.tag(), members),
                p.sizeChars());
    }

    private static boolean applies(Statement s, String key) {
        if (s.isAllow()) {
            Map<String, String> granted = allowed(s);
            return granted.containsKey(key) || granted.containsKey("*");
        }
        if (s.isDeny() && !s.node().has("NotPrincipal")) {
            return Principals.of(s).stream().anyMatch(e -> e.isEveryone() || key(e).equals(key));
        }
        return false;
    }

    /**
     * The statement without {@code Principal}/{@code NotPrincipal}; a statement without {@code Resource} or
     * {@code NotResource} (an ECR repository or Lambda function policy) applies to the resource the policy is
     * attached to, which is not known here, so it gets {@code "Resource": "*"}.
     */
    private static ObjectNode strip(Statement s) {
        ObjectNode o = s.node();
        List<ObjectNode.Member> members = new ArrayList<>();
        for (ObjectNode.Member m : o.members()) {
            if (!m.key().equals("Principal") && !m.key().equals("NotPrincipal")) {
                members.add(m);
            }
        }
        if (!o.has("Resource") && !o.has("NotResource")) {
            members.add(new ObjectNode.Member("Resource", o.location(), ScalarNode.string(o.location(), "*")));
        }
        return new ObjectNode(o.location(), o.tag(), members);
    }
}
