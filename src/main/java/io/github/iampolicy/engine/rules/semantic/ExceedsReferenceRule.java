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
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.semantic.CheckResult;
import io.github.iampolicy.engine.semantic.SemanticChecker;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import java.util.List;

/**
 * IAM302 exceeds-reference: with a reference policy configured, the policy allows a request (action,
 * resource, IAM-user caller, MFA context) that the reference does not. Off when no reference is set.
 */
public final class ExceedsReferenceRule implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM302",
            "exceeds-reference",
            Severity.ERROR,
            "Semantic check: the policy allows a request the configured reference policy does not; a "
                    + "counterexample is given.",
            "Remove the extra access shown by the counterexample, or widen the reference policy if the access is "
                    + "intended.",
            7.5);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PolicyContext ctx) {
        SemanticOptions.Reference ref = ctx.settings().semantic().reference();
        if (ref == null) {
            return;
        }
        SemanticChecker checker = new SemanticChecker(ctx.catalog());
        List<AnalyzedPolicy> reference = ref.analyses(ctx.catalog());
        Branched.Outcome o =
                Branched.check(ctx, a -> checker.exceedsReferenceOf(SamePrincipal.with(a, ctx), reference));
        CheckResult r = o.result();
        if (r instanceof CheckResult.Fail f) {
            Explain.request(this, ctx, o, f, "The policy allows a request the reference " + ref.name() + " does not");
        } else if (r instanceof CheckResult.Unknown u) {
            Explain.unknown(this, ctx, "whether the policy stays within the reference " + ref.name(), u);
        }
    }
}
