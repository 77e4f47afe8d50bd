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
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Policies that always apply together: AWS evaluates every policy of a principal at once, so a Deny in one of
 * a user's inline policies cancels an Allow in another. The semantic rules check a policy together with the
 * Deny statements of each policy of its file that applies to every caller of it ({@link
 * Policy.Attachment#alwaysWith}). Only the Denies join: a request is allowed by the union exactly when some
 * policy allows it and no Deny of the union matches, so each policy answers for its own Allows and a finding is
 * located on the Allow, reported once.
 */
final class SamePrincipal {

    private SamePrincipal() {}

    /** The checked policy followed by the Deny-only views of its companions, each view analysed once. */
    static List<AnalyzedPolicy> with(AnalyzedPolicy checked, PolicyContext ctx) {
        Policy p = checked.policy();
        List<AnalyzedPolicy> out = new ArrayList<>();
        out.add(checked);
        for (Policy q : ctx.filePolicies()) {
            if (q == ctx.policy() || !ctx.policy().attachment().alwaysWith(q.attachment())) {
                continue;
            }
            // a companion whose statements depend on template conditions may lack its Deny when deployed:
            // leaving it out can only report more, never hide access
            if (!q.branches().conditions().isEmpty()) {
                continue;
            }
            Policy denies = denies(q, p);
            if (denies != null) {
                out.add(new AnalyzedPolicy(denies, ctx.catalog()));
            }
        }
        return out;
    }

    /**
     * {@code q} with its explicit Deny statements only, or {@code null} when it has none. It takes the kind of
     * {@code p}: who calls is decided by the checked policy.
     */
    private static Policy denies(Policy q, Policy p) {
        List<Node> kept = new ArrayList<>();
        for (Statement s : Statement.of(q.document())) {
            if (s.isDeny() && !s.hasPrincipal()) {
                kept.add(s.node());
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        ObjectNode doc = q.document();
        List<ObjectNode.Member> members = new ArrayList<>();
        for (ObjectNode.Member m : doc.members()) {
            members.add(
                    m.key().equals("Statement")
                            ? new ObjectNode.Member(
                                    m.key(),
                                    m.keyLocation(),
                                    new ArrayNode(m.value().location(), null, kept))
                            : m);
        }
        return new Policy(
                q.file(), q.policyPath(), p.kind(), new ObjectNode(doc.location(), doc.tag(), members), q.sizeChars());
    }
}
