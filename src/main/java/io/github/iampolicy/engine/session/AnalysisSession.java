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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Everything one analysis (one execution of the goal) keeps between policies: the memo caches and the
 * scanner's helper threads. Nothing of it is static, so closing the session, or merely dropping it, frees it
 * all; a long-lived JVM (the Maven daemon, an IDE) that runs the goal again and again does not accumulate
 * memory, and text from one build's files never stays behind for the next.
 *
 * <p>Every cache is a bounded {@link LruCache}, so a project with hostile or simply very many distinct
 * patterns costs at most the bounds. Caches are created on first use and shared by the scan's threads.
 */
public final class AnalysisSession implements AutoCloseable {

    private final Map<CacheKey<?, ?>, LruCache<?, ?>> caches = new ConcurrentHashMap<>();
    private ExecutorService helpers;
    private boolean closed;

    /** The cache named by {@code key}, created empty on first use. */
    @SuppressWarnings("unchecked") // each key creates its own cache with the key's types
    public <K, V> LruCache<K, V> cache(CacheKey<K, V> key) {
        return (LruCache<K, V>) caches.computeIfAbsent(key, k -> new LruCache<>(k.maxEntries()));
    }

    /** Entries in all caches together (for diagnostics and tests). */
    public int cachedEntries() {
        return caches.values().stream().mapToInt(LruCache::size).sum();
    }

    /**
     * Threads that help the calling thread check files, started on first use and stopped by {@link #close()};
     * daemon threads, so that a session that is never closed cannot keep a JVM alive.
     */
    public synchronized ExecutorService helpers() {
        if (closed) {
            throw new IllegalStateException("the analysis session is closed");
        }
        if (helpers == null) {
            helpers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "iam-policy-scan");
                t.setDaemon(true);
                return t;
            });
        }
        return helpers;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Stops the helper threads and empties every cache; the session cannot start threads afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        if (helpers != null) {
            helpers.shutdown();
            helpers = null;
        }
        caches.values().forEach(LruCache::clear);
        caches.clear();
    }
}
