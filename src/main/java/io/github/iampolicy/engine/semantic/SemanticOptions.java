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
package io.github.iampolicy.engine.semantic;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;

/**
 * Settings of the semantic rules.
 *
 * @param unknownSeverity severity of an UNKNOWN outcome (default {@code warning})
 * @param reference       the reference policy for IAM302, or {@code null} when none is configured
 * @param forbidden       the forbidden-access entries of IAM303 (empty: IAM303 is off)
 */
public record SemanticOptions(Severity unknownSeverity, Reference reference, List<ForbiddenAccess.Entry> forbidden) {

    public static final SemanticOptions DEFAULT = new SemanticOptions(Severity.WARNING, null);

    public SemanticOptions {
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
    }

    public SemanticOptions(Severity unknownSeverity, Reference reference) {
        this(unknownSeverity, reference, List.of());
    }

    /**
     * A parsed reference policy.
     *
     * @param name     how messages name it, e.g. {@code classpath:iam-policy/aws-self-manage.json}
     * @param policies its documents (their statements are concatenated)
     */
    public record Reference(String name, List<Policy> policies) {

        public Reference {
            policies = List.copyOf(policies);
        }
    }

    public SemanticOptions withReference(Reference r) {
        return new SemanticOptions(unknownSeverity, r, forbidden);
    }

    public SemanticOptions withForbidden(List<ForbiddenAccess.Entry> entries) {
        return new SemanticOptions(unknownSeverity, reference, entries);
    }
}
