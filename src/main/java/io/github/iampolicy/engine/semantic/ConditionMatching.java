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
import io.github.iampolicy.engine.semantic.Evaluator.Operator;
import io.github.iampolicy.engine.text.Values;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The evaluator's conditions: one condition block against the request, operator by operator as the AWS
 * condition-operator reference describes them.
 */
final class ConditionMatching {

    private ConditionMatching() {}

    static boolean holds(Statement.Condition c, boolean vars, Request r) {
        Operator op = Operator.parse(c.operator());
        if (!op.known()) {
            return false;
        }
        List<String> policyValues = c.texts();
        List<String> values = r.values(c.key());
        boolean present = values != null && !values.isEmpty();
        if (op.base().equals("Null")) {
            return policyValues.stream()
                    .anyMatch(v -> v.equalsIgnoreCase("true") ? !present : v.equalsIgnoreCase("false") && present);
        }
        if (!present) {
            if (op.ifExists() || "all".equals(op.set())) {
                return true;
            }
            return !"any".equals(op.set()) && op.negated();
        }
        boolean substitute = vars && op.takesVariables();
        if (op.set() == null) {
            boolean any = values.stream().anyMatch(v -> positive(op, v, policyValues, substitute, r));
            return op.negated() != any;
        }
        if (op.set().equals("all")) {
            return values.stream().allMatch(v -> op.negated() != positive(op, v, policyValues, substitute, r));
        }
        return values.stream().anyMatch(v -> op.negated() != positive(op, v, policyValues, substitute, r));
    }

    /** Whether request value {@code v} matches one of the policy values under the positive form of the operator. */
    private static boolean positive(Operator op, String v, List<String> policyValues, boolean vars, Request r) {
        for (String pv : policyValues) {
            if (Values.hasUnknown(pv)) {
                continue;
            }
            if (valueMatches(op.base(), v, pv, vars, r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean valueMatches(String base, String v, String pv, boolean vars, Request r) {
        switch (base) {
            case "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase" -> {
                int[] p = vars ? PatternMatching.substitute(pv, true, r) : PatternMatching.literalPattern(pv);
                if (p == null) {
                    return false;
                }
                String text = text(p);
                return base.contains("IgnoreCase")
                        ? text.toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))
                        : text.equals(v);
            }
            case "StringLike", "StringNotLike" -> {
                int[] p = vars ? PatternMatching.substitute(pv, true, r) : PatternMatching.literalPattern(pv);
                return p != null && PatternMatching.glob(p, v);
            }
            case "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike" -> {
                int[] p = vars ? PatternMatching.substitute(pv, true, r) : PatternMatching.literalPattern(pv);
                return p != null && PatternMatching.arnMatches(p, v);
            }
            case "Bool" -> {
                return pv.equalsIgnoreCase(v);
            }
            case "BinaryEquals" -> {
                return pv.equals(v);
            }
            case "IpAddress", "NotIpAddress" -> {
                return inCidr(v, pv);
            }
            default -> {
                if (base.startsWith("Numeric")) {
                    return compare(base.substring("Numeric".length()), number(v), number(pv));
                }
                return compare(base.substring("Date".length()), date(v), date(pv));
            }
        }
    }

    private static String text(int[] p) {
        StringBuilder b = new StringBuilder();
        for (int c : p) {
            b.append(c == PatternMatching.STAR ? '*' : c == PatternMatching.QMARK ? '?' : (char) c);
        }
        return b.toString();
    }

    private static <T extends Comparable<T>> boolean compare(String how, T a, T b) {
        if (a == null || b == null) {
            return false;
        }
        int c = a.compareTo(b);
        return switch (how) {
            case "Equals", "NotEquals" -> c == 0;
            case "LessThan" -> c < 0;
            case "LessThanEquals" -> c <= 0;
            case "GreaterThan" -> c > 0;
            case "GreaterThanEquals" -> c >= 0;
            default -> false;
        };
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant date(String s) {
        String t = s.trim();
        if (t.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(t));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (RuntimeException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether address {@code ip} lies in {@code cidr} (a plain address means a /32 or /128). */
    static boolean inCidr(String ip, String cidr) {
        byte[] a = address(ip.trim());
        int slash = cidr.indexOf('/');
        byte[] net = address((slash < 0 ? cidr : cidr.substring(0, slash)).trim());
        if (a == null || net == null || a.length != net.length) {
            return false;
        }
        int bits;
        try {
            bits = slash < 0
                    ? a.length * 8
                    : Integer.parseInt(cidr.substring(slash + 1).trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (bits < 0 || bits > a.length * 8) {
            return false;
        }
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((a[i / 8] & mask) != (net[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Parses only IP literals: never a host name, so no DNS look-up can happen. */
    private static byte[] address(String s) {
        boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = s.indexOf(':') >= 0 && s.matches("[0-9a-fA-F:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
