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

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.session.LruCache;
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

        /** The reference's analyses per goal execution, by the identity of the reference read for it. */
        private static final CacheKey<Same, List<AnalyzedPolicy>> ANALYSES =
                new CacheKey<>("reference policy analyses", 16);

        public Reference {
            policies = List.copyOf(policies);
        }

        /**
         * The reference's policies analysed once per goal execution (the analysis session of {@code catalog}),
         * however many policies are checked against it and on however many threads. The semantic checker only
         * reads their parsed statements, which never change, so the threads can share them.
         */
        public List<AnalyzedPolicy> analyses(ActionCatalog catalog) {
            LruCache<Same, List<AnalyzedPolicy>> cache = catalog.cache(ANALYSES);
            Same key = new Same(this);
            synchronized (cache) { // one analysis even when several threads ask first at once
                List<AnalyzedPolicy> known = cache.get(key);
                if (known == null) {
                    known = policies.stream()
                            .map(p -> new AnalyzedPolicy(p, catalog))
                            .toList();
                    cache.put(key, known);
                }
                return known;
            }
        }

        /** A reference compared by identity: hashing its documents would cost as much as parsing them. */
        private record Same(Reference reference) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Same s && s.reference == reference;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(reference);
            }
        }
    }

    public SemanticOptions withReference(Reference r) {
        return new SemanticOptions(unknownSeverity, r, forbidden);
    }

    public SemanticOptions withForbidden(List<ForbiddenAccess.Entry> entries) {
        return new SemanticOptions(unknownSeverity, reference, entries);
    }
}
