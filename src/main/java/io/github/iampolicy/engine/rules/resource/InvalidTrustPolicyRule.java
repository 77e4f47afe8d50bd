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
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IAM407 invalid-trust-policy: a role trust policy that AWS rejects ({@code MalformedPolicyDocument}): a
 * {@code Resource} or {@code NotResource} element, {@code NotPrincipal}, or an action other than
 * {@code sts:AssumeRole}, {@code sts:AssumeRoleWithSAML}, {@code sts:AssumeRoleWithWebIdentity},
 * {@code sts:TagSession}, {@code sts:SetSourceIdentity} and {@code sts:SetContext}.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM407.md):
 * <ul>
 * <li>Only policies the container calls trust policies ({@code AssumeRolePolicyDocument},
 * {@code assume_role_policy}): in a policy file a {@code Resource} is normal for a resource policy.</li>
 * <li>Actions: a literal action outside the list, or an entry of another service (wildcards included) is
 * reported; {@code sts:*}, {@code sts:Assume*} and {@code *} are not, AWS's acceptance of them being
 * undocumented. Template values are accepted. {@code NotAction} is reported as an element AWS does not expect
 * in a trust policy only when it is in an Allow statement (it grants every other sts action).</li>
 * <li>One finding per statement naming every problem, at the first offending element.</li>
 * </ul>
 */
public final class InvalidTrustPolicyRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM407",
            "invalid-trust-policy",
            Severity.ERROR,
            "A role trust policy has an element or action AWS rejects in trust policies: Resource, NotPrincipal, "
                    + "or an action other than the sts assume, TagSession, SetSourceIdentity and SetContext actions.",
            "Remove Resource/NotResource (the resource is the role), name principals in Principal, and keep only "
                    + "sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, "
                    + "sts:SetSourceIdentity or sts:SetContext in Action.",
            6.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public boolean identityOnly() {
        return false;
    }

    @Override
    public boolean appliesTo(PolicyContext context) {
        return !(context.policy().kind() != PolicyKind.TRUST);
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        List<String> problems = new ArrayList<>();
        String first = null;
        for (String element : List.of("Resource", "NotResource", "NotPrincipal")) {
            if (st.node().has(element)) {
                problems.add("a " + element + " element");
                first = first == null ? element : first;
            }
        }
        if (st.isAllow() && st.notAction() != null) {
            problems.add("NotAction (it grants every other sts action)");
            first = first == null ? "NotAction" : first;
        }
        List<ScalarNode> bad = new ArrayList<>();
        if (st.action() != null) {
            for (ScalarNode a : st.action()) {
                if (rejected(a.value())) {
                    bad.add(a);
                }
            }
        }
        if (!bad.isEmpty()) {
            problems.add("the action" + (bad.size() == 1 ? " " : "s ")
                    + Grants.list(bad.stream().map(Grants::show).toList(), 4));
        }
        if (problems.isEmpty()) {
            return;
        }
        var at = first != null ? st.locationOf(first) : bad.get(0).location();
        String subject = first != null ? first : Grants.show(bad.get(0));
        String message = Grants.name(st) + " of this trust policy has " + String.join(", ", problems)
                + "; AWS rejects the role (MalformedPolicyDocument). A trust policy names who may assume the "
                + "role (Principal) and only the sts assume, TagSession, SetSourceIdentity and SetContext actions.";
        context.report(this, INFO.defaultSeverity(), at, st, subject, message);
    }

    /** An action entry AWS rejects in a trust policy; see the class comment for what is not judged. */
    static boolean rejected(String action) {
        if (Values.hasUnknown(action) || action.equals("*")) {
            return false;
        }
        String a = action.toLowerCase(Locale.ROOT);
        int colon = a.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String service = a.substring(0, colon);
        if (!service.equals("sts")) {
            return !Glob.hasWildcard(service) || !Glob.matches(service, "sts", true);
        }
        return !Glob.hasWildcard(a) && !Principals.TRUST_ACTIONS.contains(a);
    }
}
