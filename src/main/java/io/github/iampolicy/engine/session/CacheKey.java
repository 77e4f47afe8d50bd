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
package io.github.iampolicy.engine.session;

/**
 * Names one cache of an {@link AnalysisSession} and fixes its types and bound. Keys are constants of the
 * classes that own the memoised function; they hold no state themselves.
 *
 * @param name       what the cache memoises, for diagnostics
 * @param maxEntries the bound of its {@link LruCache}
 */
public record CacheKey<K, V>(String name, int maxEntries) {

    public CacheKey {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("a cache needs room for an entry: " + name);
        }
    }
}
