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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void theLeastRecentlyUsedEntryGoesFirstAndTheBoundHolds() {
        LruCache<String, Integer> cache = new LruCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertEquals(1, cache.get("a")); // a is now the most recent
        cache.put("c", 3);
        assertNull(cache.get("b"), "b was the least recently used");
        assertEquals(1, cache.get("a"));
        assertEquals(3, cache.get("c"));
        assertEquals(2, cache.size());
    }

    @Test
    void computesOnceWhileTheEntryStays() {
        LruCache<String, String> cache = new LruCache<>(10);
        AtomicInteger calls = new AtomicInteger();
        String first = cache.get("k", k -> {
            calls.incrementAndGet();
            return new String("v");
        });
        assertSame(first, cache.get("k", k -> "other"));
        assertEquals(1, calls.get());
    }

    @Test
    void aCacheOfNoEntriesComputesEveryTime() {
        LruCache<String, Integer> cache = new LruCache<>(0);
        AtomicInteger calls = new AtomicInteger();
        cache.get("k", k -> calls.incrementAndGet());
        cache.get("k", k -> calls.incrementAndGet());
        assertEquals(2, calls.get());
        assertEquals(0, cache.size());
        assertThrows(IllegalArgumentException.class, () -> new LruCache<>(-1));
    }

    @Test
    void aSessionHandsOutOneCachePerKeyAndEmptiesThemWhenClosed() {
        CacheKey<String, String> key = new CacheKey<>("test", 3);
        AnalysisSession session = new AnalysisSession();
        LruCache<String, String> cache = session.cache(key);
        assertSame(cache, session.cache(key));
        assertEquals(3, cache.maxEntries());
        for (int i = 0; i < 10; i++) {
            cache.put("k" + i, "v");
        }
        assertEquals(3, session.cachedEntries(), "bounded");
        assertNotNull(session.helpers());
        session.close();
        assertEquals(0, session.cachedEntries());
        assertEquals(0, cache.size());
        assertTrue(session.isClosed());
        assertThrows(IllegalStateException.class, session::helpers);
        assertThrows(IllegalArgumentException.class, () -> new CacheKey<String, String>("none", 0));
    }
}
