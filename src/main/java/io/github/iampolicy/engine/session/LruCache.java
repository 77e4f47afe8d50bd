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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A memo for pure functions of policy text with a bound on its entries: when full, the least recently used
 * entry goes, so a project with many distinct patterns keeps the hot ones instead of starting over.
 *
 * <p>Thread-safe: the workers of one scan share it, and every access takes the cache's lock, which costs
 * little next to what is memoised (automata, expansions over the catalog). The function runs outside the
 * lock, so two threads may compute the same value; the functions are pure, so either answer does.
 */
public final class LruCache<K, V> {

    private final int maxEntries;
    private final Map<K, V> map;

    public LruCache(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must be 0 or more: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.maxEntries;
            }
        };
    }

    /** The remembered value of {@code key}, or {@code null}. */
    public synchronized V get(K key) {
        return map.get(key);
    }

    public synchronized void put(K key, V value) {
        if (maxEntries > 0) {
            map.put(key, value);
        }
    }

    /** The remembered value of {@code key}, or {@code compute}'s, which is then remembered. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V v = get(key);
        if (v == null) {
            v = compute.apply(key);
            put(key, v);
        }
        return v;
    }

    public synchronized int size() {
        return map.size();
    }

    public int maxEntries() {
        return maxEntries;
    }

    synchronized void clear() {
        map.clear();
    }
}
