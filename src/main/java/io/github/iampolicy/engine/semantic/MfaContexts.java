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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The MFA part of the request space: MFA present with an age, MFA absent (long-term keys), MFA not used. The
 * age is whole seconds; the Numeric conditions on it split the ages into intervals, and one age per
 * interval (the integers next to every threshold, plus 60) stands for all of them.
 */
final class MfaContexts {

    static final String DEFAULT_AGE = "60";

    private MfaContexts() {}

    /** Contexts in search order: MFA present (default age first), absent, {@code false}. */
    static List<Map<String, String>> of(List<Statement.Condition> conditions) {
        TreeSet<BigDecimal> ages = new TreeSet<>();
        for (Statement.Condition c : conditions) {
            if (!c.key().toLowerCase(Locale.ROOT).equals(Request.MFA_AGE)
                    || !c.operator().startsWith("Numeric")) {
                continue;
            }
            for (String v : c.texts()) {
                BigDecimal t = number(v);
                if (t == null) {
                    continue;
                }
                BigDecimal floor = t.setScale(0, RoundingMode.FLOOR);
                BigDecimal ceil = t.setScale(0, RoundingMode.CEILING);
                for (BigDecimal a : List.of(floor.subtract(BigDecimal.ONE), floor, ceil, ceil.add(BigDecimal.ONE))) {
                    if (a.signum() >= 0) {
                        ages.add(a);
                    }
                }
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        out.add(present(DEFAULT_AGE));
        for (BigDecimal a : ages) {
            if (!a.toPlainString().equals(DEFAULT_AGE)) {
                out.add(present(a.toPlainString()));
            }
        }
        out.add(Map.of());
        out.add(Map.of("aws:MultiFactorAuthPresent", "false"));
        return out;
    }

    private static Map<String, String> present(String age) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("aws:MultiFactorAuthPresent", "true");
        m.put("aws:MultiFactorAuthAge", age);
        return Collections.unmodifiableMap(m);
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
