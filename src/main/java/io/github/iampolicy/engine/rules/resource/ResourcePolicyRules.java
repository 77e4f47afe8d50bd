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

import io.github.iampolicy.engine.rules.Rule;
import java.util.List;

/**
 * The trust and resource policy rules IAM401-IAM407, in id order. They apply to policies whose statements name a
 * principal (role trust policies, bucket, key, queue and topic policies); identity policies never reach them.
 */
public final class ResourcePolicyRules {

    public static final List<Rule> ALL = List.of(
            new PublicPrincipalRule(),
            new AllowNotPrincipalRule(),
            new CrossAccountTrustRule(),
            new GitHubOidcTrustRule(),
            new OidcSubjectRule(),
            new ServicePrincipalSourceRule(),
            new InvalidTrustPolicyRule());

    private ResourcePolicyRules() {}
}
