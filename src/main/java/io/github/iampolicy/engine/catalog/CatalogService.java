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
package io.github.iampolicy.engine.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One service's lines of the catalog text, parsed on first use. The parsed form never changes once made, so
 * the catalog stays immutable to its readers; the lock only keeps two threads from parsing the block twice.
 */
final class CatalogService {

    private record Parsed(
            List<ActionInfo> actions,
            Map<String, ActionInfo> byKey,
            Map<String, ResourceType> types,
            List<ConditionKey> conditionKeys) {}

    private final String prefix;
    /** Offsets in the catalog text: from the end of the service's {@code S} line to the end of its last line. */
    private final int start;

    private int end;
    private volatile Parsed parsed;

    CatalogService(String prefix, int start) {
        this.prefix = prefix;
        this.start = start;
        this.end = start;
    }

    String prefix() {
        return prefix;
    }

    /** Whether the record whose fields start at {@code from} names this service as its first field. */
    boolean owns(String text, int from, int lineEnd) {
        int n = prefix.length();
        return from + n < lineEnd && text.startsWith(prefix, from) && text.charAt(from + n) == '\t';
    }

    /** Only while the catalog is being indexed, before the service is published to other threads. */
    void extendTo(int lineEnd) {
        end = lineEnd;
    }

    List<ActionInfo> actions(String text) {
        return parsed(text).actions();
    }

    ActionInfo action(String text, String key) {
        return parsed(text).byKey().get(key);
    }

    ResourceType resourceType(String text, String name) {
        return parsed(text).types().get(name);
    }

    List<ConditionKey> conditionKeys(String text) {
        return parsed(text).conditionKeys();
    }

    private Parsed parsed(String text) {
        Parsed p = parsed;
        if (p == null) {
            synchronized (this) {
                p = parsed;
                if (p == null) {
                    p = parse(text);
                    parsed = p;
                }
            }
        }
        return p;
    }

    private Parsed parse(String text) {
        List<ActionInfo> actions = new ArrayList<>();
        Map<String, ActionInfo> byKey = new HashMap<>();
        Map<String, ResourceType> types = new HashMap<>();
        List<ConditionKey> keys = new ArrayList<>();
        String block =
                new String(text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        for (String line : block.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("K")) {
                keys.add(ConditionKey.of(f[2], f[3]));
            } else if (f[0].equals("R")) {
                types.put(f[2], new ResourceType(f[1], f[2], f[3], list(f, 4)));
            } else if (f[0].equals("A")) {
                ActionInfo a = new ActionInfo(f[1], f[2], AccessLevel.ofCode(f[3].charAt(0)), refs(f), list(f, 5));
                actions.add(a);
                byKey.put(a.key(), a);
            }
        }
        return new Parsed(List.copyOf(actions), Map.copyOf(byKey), Map.copyOf(types), List.copyOf(keys));
    }

    /** The comma-separated field {@code i}, or an empty list when the line has none. */
    private static List<String> list(String[] f, int i) {
        return f.length <= i || f[i].isEmpty() ? List.of() : List.of(f[i].split(","));
    }

    private static List<ActionInfo.ResourceRef> refs(String[] f) {
        if (f.length <= 4 || f[4].isEmpty()) {
            return List.of();
        }
        List<ActionInfo.ResourceRef> refs = new ArrayList<>();
        for (String t : f[4].split(",")) {
            boolean required = t.endsWith("*");
            refs.add(new ActionInfo.ResourceRef(required ? t.substring(0, t.length() - 1) : t, required));
        }
        return refs;
    }
}
