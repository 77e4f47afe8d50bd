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

import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;

/**
 * A rule about who may assume a role. Trust policies name principals, so they are never identity policies, and
 * one place decides which documents are trust policies for every such rule.
 */
interface TrustStatementRule extends StatementRule {

    @Override
    default boolean identityOnly() {
        return false;
    }

    @Override
    default boolean appliesTo(PolicyContext context) {
        return Principals.isTrustPolicy(context);
    }
}
