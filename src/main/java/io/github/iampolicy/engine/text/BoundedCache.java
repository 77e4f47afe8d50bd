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
package io.github.iampolicy.engine.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo for pure functions of policy text, shared by all modules of a build. Policies repeat
 * the same resources and patterns endlessly, while automata for them cost microseconds to milliseconds;
 * the cache is emptied when it reaches its bound, so a hostile project cannot grow it without limit.
 */
public final class BoundedCache<K, V> {

    private final int maxEntries;
    private final Map<K, V> map = new ConcurrentHashMap<>();

    public BoundedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public V get(K key, Function<? super K, ? extends V> compute) {
        V v = map.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (map.size() >= maxEntries) {
                map.clear();
            }
            map.put(key, v);
        }
        return v;
    }

    public int size() {
        return map.size();
    }

    /** Forgets every entry (tests that must see the function run, not a remembered answer). */
    public void clear() {
        map.clear();
    }
}
