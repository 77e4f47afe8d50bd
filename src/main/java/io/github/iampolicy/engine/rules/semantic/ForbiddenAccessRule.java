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

import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.resource.Principals;
import io.github.iampolicy.engine.semantic.CheckResult;
import io.github.iampolicy.engine.semantic.ForbiddenAccess;
import io.github.iampolicy.engine.semantic.SemanticChecker;
import java.util.List;

/**
 * IAM303 forbidden-access: with forbidden-access entries configured, the policy allows a request of one of
 * them (offline CheckAccessNotGranted). An identity policy is checked for its caller; a resource policy for
 * each principal it names ({@link ResourcePolicyAccess}). One finding per entry (and, for a resource policy,
 * per principal) the policy violates. Off when none is set.
 */
public final class ForbiddenAccessRule implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM303",
            "forbidden-access",
            Severity.ERROR,
            "Semantic check: the policy allows a request of a configured forbidden-access entry; a counterexample "
                    + "is given.",
            "Remove the access shown by the counterexample (narrow the Action or Resource, or add a Deny), or "
                    + "drop the entry if the access is intended.",
            8.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Resource policies are checked too: there the access is held by the principals they name. */
    @Override
    public boolean identityOnly() {
        return false;
    }

    @Override
    public void check(PolicyContext ctx) {
        List<ForbiddenAccess.Entry> entries = ctx.settings().semantic().forbidden();
        if (entries.isEmpty()) {
            return;
        }
        if (ctx.isIdentityPolicy()) {
            checkIdentity(ctx, entries);
        } else if (Principals.isResourcePolicy(ctx) && ctx.policy().kind() != PolicyKind.ENDPOINT) {
            ResourcePolicyAccess.check(this, ctx, entries);
        }
    }

    private void checkIdentity(PolicyContext ctx, List<ForbiddenAccess.Entry> entries) {
        SemanticChecker checker = new SemanticChecker(ctx.catalog());
        for (ForbiddenAccess.Entry entry : entries) {
            Branched.Outcome o = Branched.check(
                    ctx, a -> ForbiddenAccess.check(checker, ctx.catalog(), SamePrincipal.with(a, ctx), entry));
            CheckResult r = o.result();
            if (r instanceof CheckResult.Fail f) {
                Explain.request(this, ctx, o, f, "The policy allows forbidden access (" + entry.label() + ")");
            } else if (r instanceof CheckResult.Unknown u) {
                Explain.unknown(this, ctx, "whether the policy allows the forbidden access " + entry.label(), u);
            }
        }
    }
}
