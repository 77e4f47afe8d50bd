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
