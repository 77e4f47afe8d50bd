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
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.PolicyRule;

/**
 * IAM010 policy-size: more non-whitespace characters than AWS accepts for the policy's kind
 * ({@link PolicyKind#sizeLimit()}): managed 6,144, inline user 2,048, inline group 5,120, inline role
 * 10,240; a policy whose attachment is unknown ({@link PolicyKind#IDENTITY}) is held to the managed limit.
 * AWS rejects an oversized policy at deployment, which this finding anticipates.
 *
 * <p>Decisions where the spec is silent: trust policies use AWS's default 2,048 and resource policies
 * 20,480 (the S3 bucket policy limit, the largest common one), as {@link PolicyKind} defines; a policy whose
 * size is unknown ({@code sizeChars} &lt; 0, e.g. one assembled from CloudFormation intrinsics) is not
 * reported. The finding is placed at the start of the policy document.
 */
public final class PolicySizeRule implements PolicyRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM010",
            "policy-size",
            Severity.WARNING,
            "The policy has more non-whitespace characters than AWS accepts for its kind.",
            "Shorten the policy (merge statements with the same Effect and Resource, use wildcards that expand "
                    + "only to intended actions) or split it into several policies; an inline user policy can "
                    + "become a managed policy, whose limit is 6,144 characters.",
            2.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitPolicy(AnalyzedPolicy analysis, PolicyContext context) {
        Policy policy = context.policy();
        int limit = policy.kind().sizeLimit();
        if (policy.sizeChars() < 0 || policy.sizeChars() <= limit) {
            return;
        }
        // A deployment (a template, a Terraform resource) that creates the policy fails. A bare file or an API
        // output does not say it will be created: AWS managed policies, which such outputs hold, may be larger.
        boolean created = policy.kind() != PolicyKind.IDENTITY && !fromApiOutput(policy.policyPath());
        String consequence = created
                ? ", so deployment will fail. Shorten it by %,d characters or split it into several policies."
                : " you create (AWS managed policies are exempt), so creating it as such fails. Shorten it by %,d "
                        + "characters or split it into several policies before you create it.";
        context.report(
                this,
                Severity.WARNING,
                policy.document().location(),
                null,
                "size",
                String.format(
                        "Policy has %,d non-whitespace characters; AWS accepts at most %,d for %s policy" + consequence,
                        policy.sizeChars(),
                        limit,
                        describe(policy.kind()),
                        policy.sizeChars() - limit));
    }

    /** GetPolicyVersion and get-account-authorization-details outputs: the policy already exists in AWS. */
    private static boolean fromApiOutput(String policyPath) {
        return policyPath.startsWith("PolicyVersion") || policyPath.contains("PolicyVersionList");
    }

    private static String describe(PolicyKind kind) {
        return switch (kind) {
            case MANAGED -> "a managed";
            case INLINE_USER -> "an inline user";
            case INLINE_GROUP -> "an inline group";
            case INLINE_ROLE -> "an inline role";
            case IDENTITY -> "a customer managed";
            case TRUST -> "a trust";
            case RESOURCE -> "a resource";
            case ENDPOINT -> "a VPC endpoint";
        };
    }
}
