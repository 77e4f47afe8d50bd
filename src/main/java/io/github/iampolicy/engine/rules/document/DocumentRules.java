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

import io.github.iampolicy.engine.rules.Rule;
import java.util.List;

/** The document rules IAM001-IAM010, which apply to every policy (pages IAM001-IAM010 of
 * src/site/markdown/rules/index.md). */
public final class DocumentRules {

    /** One instance of each document rule, in id order. Rules are stateless and may be shared. */
    public static final List<Rule> ALL = List.of(
            new ParseErrorRule(),
            new PolicyVersionRule(),
            new InvalidStructureRule(),
            new DuplicateSidRule(),
            new UnknownActionRule(),
            new ResourceTypeMismatchRule(),
            new AccountPlaceholderRule(),
            new InvalidArnRule(),
            new InvalidVariableRule(),
            new PolicySizeRule(),
            new ConditionWildcardRule(),
            new WeakConditionRule(),
            new UnknownConditionKeyRule(),
            new UnsupportedConditionKeyRule(),
            new ConditionTypeMismatchRule(),
            new MalformedConditionValueRule(),
            new SetOperatorRule(),
            new PrivateSourceIpRule());

    private DocumentRules() {}
}
