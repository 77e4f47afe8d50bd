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

import io.github.iampolicy.engine.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Conditions the checker does not model, as unknowns of the request: one unknown per distinct condition
 * (operator, key and values), so the same {@code aws:SecureTransport} test on an Allow and on the Deny that
 * guards it takes one value in both, as it does in AWS.
 *
 * <p>A strict mode fixes every occurrence against the counterexample (an Allow's fails, a Deny's holds): what
 * it finds holds whatever the conditions are. Lenient modes let every unknown help the counterexample, except
 * the <em>mixed</em> ones (helping in one statement, hurting in another), which are enumerated value by value
 * up to {@link #MAX_MIXED}; beyond that one over-approximating mode remains, whose findings are not
 * trustworthy and end UNKNOWN.
 */
final class Unmodelled {

    static final int MAX_MIXED = 6;

    /**
     * How unmodelled conditions are fixed.
     *
     * @param lenient    whether unknowns help the counterexample
     * @param fixed      values of the mixed unknowns
     * @param overApprox lenient with mixed unknowns left free per statement: a FAIL proves nothing
     */
    record Mode(boolean lenient, Map<Key, Boolean> fixed, boolean overApprox) {

        static final Mode STRICT = new Mode(false, Map.of(), false);

        Mode {
            fixed = Map.copyOf(fixed);
        }

        /** The value of the condition {@code key} in a statement where holding {@code helps} the counterexample. */
        boolean value(Key key, boolean helps) {
            if (!lenient) {
                return !helps;
            }
            Boolean v = fixed.get(key);
            return v != null ? v : helps;
        }
    }

    private final Map<Key, Boolean> helping = new HashMap<>();
    private final Map<Key, Boolean> mixed = new LinkedHashMap<>();

    /** The identity of a condition: equal keys are one unknown (the values as a set, the key in any case). */
    record Key(String operator, String conditionKey, boolean vars, List<String> values) {}

    static Key key(Statement.Condition c, boolean vars) {
        List<String> values = new ArrayList<>(c.texts());
        values.sort(null);
        return new Key(c.operator(), c.key().toLowerCase(Locale.ROOT), vars, List.copyOf(values));
    }

    /** Records an occurrence of {@code key} in a statement where its holding {@code helps} the counterexample. */
    void note(Key key, boolean helps) {
        Boolean before = helping.putIfAbsent(key, helps);
        if (before != null && before != helps) {
            mixed.put(key, Boolean.TRUE);
        }
    }

    boolean any() {
        return !helping.isEmpty();
    }

    /** Strict first, then the lenient modes. */
    List<Mode> modes() {
        List<Mode> out = new ArrayList<>(List.of(Mode.STRICT));
        if (!any()) {
            return out;
        }
        List<Key> keys = new ArrayList<>(mixed.keySet());
        if (keys.size() > MAX_MIXED) {
            out.add(new Mode(true, Map.of(), true));
            return out;
        }
        for (int bits = 0; bits < 1 << keys.size(); bits++) {
            Map<Key, Boolean> fixed = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                fixed.put(keys.get(i), (bits & 1 << i) == 0);
            }
            out.add(new Mode(true, fixed, false));
        }
        return out;
    }

    int mixedCount() {
        return mixed.size();
    }
}
