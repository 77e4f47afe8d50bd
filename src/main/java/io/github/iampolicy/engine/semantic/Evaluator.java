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

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
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
 * The concrete evaluator: decides one {@link Request} against identity policies exactly as the AWS
 * documentation describes it, written to be read side by side with that text. It shares nothing with the
 * symbolic checker except the parsed statements; the checker's counterexamples and the property tests are
 * verified with it.
 *
 * <ul>
 *   <li>Decision (evaluation logic): an applicable Deny wins; otherwise an applicable Allow allows;
 *       otherwise the request is implicitly denied. Statement order does not matter.</li>
 *   <li>Actions: case-insensitive, {@code *} and {@code ?} wildcards; {@code NotAction} applies to every
 *       action none of its entries matches.</li>
 *   <li>Resources: case-sensitive, per-field wildcards (src/site/markdown/semantic-analysis.md section 2);
 *       {@code NotResource} applies to every resource none of its entries matches. A statement with neither
 *       element applies to nothing.</li>
 *   <li>Policy variables (Version 2012-10-17 only; otherwise {@code ${...}} is literal text): {@code ${key}}
 *       takes the request's value, {@code ${key, 'default'}} the default when the key is absent, {@code ${*}}
 *       {@code ${?}} {@code ${$}} are literal characters. A resource entry or condition value whose variable
 *       has no value matches nothing.</li>
 *   <li>Unknown template values ({@link Values}) match nothing concrete.</li>
 *   <li>Conditions: AND across operators and keys, OR across values; negated operators need every value to
 *       differ; a missing key makes a condition false except for negated operators, {@code ...IfExists},
 *       {@code Null} (which tests presence) and {@code ForAllValues} (vacuously true). An unknown operator
 *       never holds (AWS rejects such a policy; IAM003 reports it).</li>
 * </ul>
 */
public final class Evaluator {

    /** Lets a caller fix the value of chosen conditions (e.g. conditions the checker does not model). */
    @FunctionalInterface
    public interface ConditionOracle {

        /** The assumed value of condition {@code index} of {@code s}, or {@code null} to evaluate it. */
        Boolean assume(Statement s, int index, Statement.Condition condition);

        ConditionOracle CONCRETE = (s, i, c) -> null;
    }

    static final int STAR = -1;
    static final int QMARK = -2;
    private static final String VERSION = "2012-10-17";

    private Evaluator() {}

    public static Decision evaluate(List<Policy> policies, Request request) {
        return evaluate(policies, request, ConditionOracle.CONCRETE);
    }

    public static Decision evaluate(List<Policy> policies, Request request, ConditionOracle oracle) {
        return prepare(policies).evaluate(request, oracle);
    }

    /** Policies with their statements read once, for evaluating many requests. */
    public static Prepared prepare(List<Policy> policies) {
        List<Prepared.Entry> entries = new java.util.ArrayList<>();
        for (Policy p : policies) {
            boolean vars = variablesEnabled(p);
            for (Statement s : Statement.of(p.document())) {
                entries.add(new Prepared.Entry(p, s, vars));
            }
        }
        return new Prepared(List.copyOf(entries));
    }

    /** See {@link #prepare}. */
    public record Prepared(List<Entry> entries) {

        record Entry(Policy policy, Statement statement, boolean vars) {}

        public Decision evaluate(Request request) {
            return evaluate(request, ConditionOracle.CONCRETE);
        }

        public Decision evaluate(Request request, ConditionOracle oracle) {
            Policy allowPolicy = null;
            Statement allow = null;
            for (Entry e : entries) {
                Statement s = e.statement();
                if (!s.isAllow() && !s.isDeny() || !applies(s, e.vars(), request, oracle)) {
                    continue;
                }
                if (s.isDeny()) {
                    return new Decision(Decision.Effect.EXPLICIT_DENY, e.policy(), s);
                }
                if (allow == null) {
                    allow = s;
                    allowPolicy = e.policy();
                }
            }
            return allow == null
                    ? new Decision(Decision.Effect.IMPLICIT_DENY, null, null)
                    : new Decision(Decision.Effect.ALLOW, allowPolicy, allow);
        }
    }

    /** Policy variables are substituted only under {@code "Version": "2012-10-17"}. */
    public static boolean variablesEnabled(Policy p) {
        return VERSION.equals(p.document().string("Version"));
    }

    /** Whether the action, resource and condition parts of {@code s} all hold for {@code r}. */
    public static boolean applies(Statement s, boolean vars, Request r, ConditionOracle oracle) {
        return actionMatches(s, r.action()) && resourceMatches(s, vars, r) && conditionsHold(s, vars, r, oracle);
    }

    public static boolean actionMatches(Statement s, String action) {
        if (s.action() != null) {
            return s.action().stream().anyMatch(e -> actionEntryMatches(e.value(), action));
        }
        if (s.notAction() != null) {
            return s.notAction().stream().noneMatch(e -> actionEntryMatches(e.value(), action));
        }
        return false;
    }

    static boolean actionEntryMatches(String pattern, String action) {
        if (Values.hasUnknown(pattern)) {
            return false;
        }
        return glob(literalPattern(pattern.toLowerCase(Locale.ROOT)), action.toLowerCase(Locale.ROOT));
    }

    public static boolean resourceMatches(Statement s, boolean vars, Request r) {
        if (s.resource() != null) {
            return s.resource().stream().anyMatch(e -> resourceEntryMatches(e.value(), vars, r));
        }
        if (s.notResource() != null) {
            return s.notResource().stream().noneMatch(e -> resourceEntryMatches(e.value(), vars, r));
        }
        return false;
    }

    static boolean resourceEntryMatches(String entry, boolean vars, Request r) {
        int[] p = substitute(entry, vars, r);
        return p != null && arnMatches(p, r.resource());
    }

    static boolean conditionsHold(Statement s, boolean vars, Request r, ConditionOracle oracle) {
        List<Statement.Condition> cs = s.conditions();
        for (int i = 0; i < cs.size(); i++) {
            Boolean assumed = oracle.assume(s, i, cs.get(i));
            boolean holds = assumed != null ? assumed : conditionHolds(cs.get(i), vars, r);
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- patterns

    /** The pattern with {@code *} and {@code ?} as wildcards and every other character literal. */
    static int[] literalPattern(String s) {
        int[] out = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[i] = c == '*' ? STAR : c == '?' ? QMARK : c;
        }
        return out;
    }

    /**
     * The pattern after policy-variable substitution: wildcards written in the text stay wildcards, text from
     * escapes, defaults and request values is literal. {@code null} when the entry matches nothing (a
     * variable without value, or an unknown template value).
     */
    static int[] substitute(String s, boolean vars, Request r) {
        if (Values.hasUnknown(s)) {
            return null;
        }
        if (!vars) {
            return literalPattern(s);
        }
        StringBuilder lits = new StringBuilder();
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int close = c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{' ? s.indexOf('}', i + 2) : -1;
            if (close < 0) {
                out.add(c == '*' ? STAR : c == '?' ? QMARK : (int) c);
                i++;
                continue;
            }
            String inner = s.substring(i + 2, close);
            i = close + 1;
            String value;
            if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
                value = inner;
            } else {
                String name = inner;
                String dflt = null;
                int comma = inner.indexOf(',');
                if (comma >= 0) {
                    name = inner.substring(0, comma);
                    String d = inner.substring(comma + 1).trim();
                    if (d.length() >= 2 && d.startsWith("'") && d.endsWith("'")) {
                        dflt = d.substring(1, d.length() - 1);
                    }
                }
                List<String> v = r.values(name.trim());
                value = v != null && !v.isEmpty() ? v.get(0) : dflt;
                if (value == null) {
                    return null;
                }
            }
            for (int k = 0; k < value.length(); k++) {
                out.add((int) value.charAt(k));
            }
        }
        lits.setLength(0);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whole-string match of a pattern ({@link #STAR}, {@link #QMARK}, characters) by dynamic programming. */
    static boolean glob(int[] p, String text) {
        return glob(p, 0, p.length, text);
    }

    static boolean glob(int[] p, int from, int to, String text) {
        int n = text.length();
        boolean[] row = new boolean[n + 1];
        row[0] = true;
        for (int i = from; i < to; i++) {
            boolean[] next = new boolean[n + 1];
            int pc = p[i];
            if (pc == STAR) {
                boolean any = false;
                for (int j = 0; j <= n; j++) {
                    any |= row[j];
                    next[j] = any;
                }
            } else {
                for (int j = 1; j <= n; j++) {
                    next[j] = row[j - 1] && (pc == QMARK || pc == text.charAt(j - 1));
                }
            }
            row = next;
        }
        return row[n];
    }

    /**
     * The resource rule of src/site/markdown/semantic-analysis.md section 2: split the pattern at its first five
     * literal {@code :} into k pieces and the resource at its first five {@code :} into m fields. Six pieces match six
     * fields one by one (the last field keeps further colons). Fewer pieces match as many fields, or, when the last
     * piece ends in {@code *}, the fields before it one by one and that piece the whole rest, colons included.
     */
    static boolean arnMatches(int[] p, String resource) {
        int[] cuts = new int[7];
        int k = 1;
        cuts[0] = -1;
        for (int i = 0; i < p.length && k < 6; i++) {
            if (p[i] == ':') {
                cuts[k++] = i;
            }
        }
        cuts[k] = p.length;
        String[] fields = resource.split(":", 6);
        int m = fields.length;
        if (k == 6) {
            return m == 6 && piecesMatch(p, cuts, fields, 6);
        }
        if (m == k && piecesMatch(p, cuts, fields, k)) {
            return true;
        }
        boolean trailingStar = cuts[k] - 1 > cuts[k - 1] && p[cuts[k] - 1] == STAR;
        if (!trailingStar || m < k) {
            return false;
        }
        if (!piecesMatch(p, cuts, fields, k - 1)) {
            return false;
        }
        // the rest of the resource after its (k-1)th colon
        int pos = 0;
        for (int i = 0; i < k - 1; i++) {
            pos = resource.indexOf(':', pos) + 1;
        }
        return glob(p, cuts[k - 1] + 1, cuts[k], resource.substring(pos));
    }

    private static boolean piecesMatch(int[] p, int[] cuts, String[] fields, int count) {
        for (int i = 0; i < count; i++) {
            if (!glob(p, cuts[i] + 1, cuts[i + 1], fields[i])) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- conditions

    /** The parts of a condition operator name. */
    record Operator(String set, String base, boolean ifExists) {

        static Operator parse(String operator) {
            String set = null;
            String op = operator;
            if (op.startsWith("ForAllValues:")) {
                set = "all";
                op = op.substring("ForAllValues:".length());
            } else if (op.startsWith("ForAnyValue:")) {
                set = "any";
                op = op.substring("ForAnyValue:".length());
            }
            boolean ifExists = op.endsWith("IfExists") && !op.equals("IfExists");
            if (ifExists) {
                op = op.substring(0, op.length() - "IfExists".length());
            }
            return new Operator(set, op, ifExists);
        }

        boolean negated() {
            return switch (base) {
                case "StringNotEquals",
                        "StringNotEqualsIgnoreCase",
                        "StringNotLike",
                        "ArnNotEquals",
                        "ArnNotLike",
                        "NumericNotEquals",
                        "DateNotEquals",
                        "NotIpAddress" -> true;
                default -> false;
            };
        }

        boolean known() {
            return switch (base) {
                case "StringEquals",
                        "StringNotEquals",
                        "StringEqualsIgnoreCase",
                        "StringNotEqualsIgnoreCase",
                        "StringLike",
                        "StringNotLike",
                        "ArnEquals",
                        "ArnLike",
                        "ArnNotEquals",
                        "ArnNotLike",
                        "NumericEquals",
                        "NumericNotEquals",
                        "NumericLessThan",
                        "NumericLessThanEquals",
                        "NumericGreaterThan",
                        "NumericGreaterThanEquals",
                        "DateEquals",
                        "DateNotEquals",
                        "DateLessThan",
                        "DateLessThanEquals",
                        "DateGreaterThan",
                        "DateGreaterThanEquals",
                        "Bool",
                        "IpAddress",
                        "NotIpAddress",
                        "BinaryEquals" -> true;
                case "Null" -> set == null && !ifExists;
                default -> false;
            };
        }

        /** Variables are substituted only in String and ARN operators' values. */
        boolean takesVariables() {
            return base.startsWith("String") || base.startsWith("Arn");
        }
    }

    public static boolean conditionHolds(Statement.Condition c, boolean vars, Request r) {
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
                int[] p = vars ? substitute(pv, true, r) : literalPattern(pv);
                if (p == null) {
                    return false;
                }
                String text = text(p);
                return base.contains("IgnoreCase")
                        ? text.toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))
                        : text.equals(v);
            }
            case "StringLike", "StringNotLike" -> {
                int[] p = vars ? substitute(pv, true, r) : literalPattern(pv);
                return p != null && glob(p, v);
            }
            case "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike" -> {
                int[] p = vars ? substitute(pv, true, r) : literalPattern(pv);
                return p != null && arnMatches(p, v);
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
            b.append(c == STAR ? '*' : c == QMARK ? '?' : (char) c);
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
