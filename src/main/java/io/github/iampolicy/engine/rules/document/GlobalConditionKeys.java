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

import io.github.iampolicy.engine.catalog.AwsGlobalKeys;
import io.github.iampolicy.engine.catalog.ConditionKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The global {@code aws:} condition keys AWS documents on its "AWS global condition context keys" page, as
 * names, for IAM009's check of {@code ${aws:...}} policy variables and for suggestions; the keys and their
 * properties are those of the catalog's {@link AwsGlobalKeys}. Names compare case-insensitively, as AWS
 * compares them. Multi-valued keys (e.g. {@code aws:TagKeys}) are listed too: using one as a variable is a
 * different mistake from misspelling a key, and not one IAM009 claims to find.
 */
final class GlobalConditionKeys {

    /** Keys followed by {@code /} and a tag key (the fixed parts of the page's key families). */
    static final List<String> TAG_PREFIXES;

    /** The page's single keys, in the order of {@link AwsGlobalKeys#ALL}. */
    static final List<String> KEYS;

    private static final Set<String> LOWER;

    static {
        List<String> prefixes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Set<String> lower = new HashSet<>();
        for (ConditionKey k : AwsGlobalKeys.onGlobalPage()) {
            if (k.isFamily()) {
                prefixes.add(k.fixedPart());
            } else {
                keys.add(k.name());
                lower.add(k.name().toLowerCase(Locale.ROOT));
            }
        }
        TAG_PREFIXES = List.copyOf(prefixes);
        KEYS = List.copyOf(keys);
        LOWER = Set.copyOf(lower);
    }

    private GlobalConditionKeys() {}

    /** Whether {@code key} ({@code aws:...}, any case) is a documented global key or a tag key. */
    static boolean isKnown(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (LOWER.contains(k)) {
            return true;
        }
        for (String prefix : TAG_PREFIXES) {
            String p = prefix.toLowerCase(Locale.ROOT);
            if (k.startsWith(p) && k.length() > p.length()) {
                return true;
            }
        }
        return false;
    }

    /** The documented key closest to {@code key} (at most two edits, ignoring case), or {@code null}. */
    static String closest(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String candidate : KEYS) {
            int d = Edits.distance(k, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        for (String prefix : TAG_PREFIXES) {
            String p = prefix.toLowerCase(Locale.ROOT);
            int slash = k.indexOf('/');
            if (slash > 0
                    && slash < k.length() - 1
                    && Edits.distance(k.substring(0, slash + 1), p, bestDistance) < bestDistance) {
                return prefix + key.substring(slash + 1);
            }
        }
        return best;
    }
}
