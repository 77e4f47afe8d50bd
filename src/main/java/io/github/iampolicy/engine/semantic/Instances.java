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

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.text.PolicyTextLexer;
import io.github.iampolicy.engine.text.PolicyTextLexer.Braces;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concrete values for unknowns, suggested by a counterexample of the loosest bound ({@link OpenValues}): the
 * text each unknown stands for where its entry meets the counterexample's action or resource (an account id,
 * an action name), then values that match little (the caller's name, {@code x}). Only suggestions: the
 * policies instantiated with them are checked again before anything is reported.
 */
final class Instances {

    static final int MAX_PER_UNKNOWN = 8;
    static final int MAX_COMBINATIONS = 64;

    /**
     * Values to try.
     *
     * @param combinations one value per unknown, each a map from hint to value
     * @param complete     whether every representative value was kept (no cap cut the list)
     */
    record Domain(List<Map<String, String>> combinations, boolean complete) {}

    private Instances() {}

    /**
     * Per unknown: what it stands for in the loosest counterexample, a 12-digit account, the caller's name,
     * {@code x}, and each field of the policies' literal entries (wildcards read as nothing or as one
     * character) - the values at which an entry's matching can change.
     */
    static Domain domain(
            List<AnalyzedPolicy> candidate, List<AnalyzedPolicy> reference, CheckResult.Fail f, Set<String> hints) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        hints.forEach(h -> values.put(h, new LinkedHashSet<>()));
        List<Statement> statements = new ArrayList<>();
        List<AnalyzedPolicy> all = new ArrayList<>(candidate);
        if (reference != null) {
            all.addAll(reference);
        }
        Request r = f.request();
        Set<String> literals = new LinkedHashSet<>();
        for (AnalyzedPolicy p : all) {
            boolean vars = Evaluator.variablesEnabled(p.policy());
            for (AnalyzedStatement a : p.statements()) {
                Statement s = a.statement();
                statements.add(s);
                if (s.effect() != null && Values.isUnknown(s.effect())) {
                    add(values, Values.unknownHints(s.effect()).get(0), "Allow");
                    add(values, Values.unknownHints(s.effect()).get(0), "Deny");
                }
                for (ScalarNode e : s.actionEntries()) {
                    capture(e.value(), r.action(), false, null, values);
                    fields(e.value(), literals);
                }
                for (ScalarNode e : s.resourceEntries()) {
                    capture(e.value(), r.resource(), vars, r.username(), values);
                    fields(e.value(), literals);
                }
            }
        }
        Set<String> partitions = partitionHints(statements);
        Set<String> effects = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (s.effect() != null && Values.isUnknown(s.effect())) {
                effects.addAll(Values.unknownHints(s.effect()));
            }
        }
        boolean complete = true;
        for (String h : hints) {
            if (effects.contains(h)) {
                continue; // AWS rejects a policy whose Effect is neither Allow nor Deny: no other value exists
            }
            if (partitions.contains(h)) {
                // a partition outside [a-z0-9-]+ names no ARN at all: such values cannot tell the verdict
                values.get(h).removeIf(v -> !v.matches("[a-z0-9-]+"));
                values.get(h).add("aws");
                continue;
            }
            List<String> extra = new ArrayList<>(List.of(SemanticChecker.ACCOUNT));
            if (r.username() != null) {
                extra.add(r.username());
            }
            extra.add("x");
            extra.addAll(literals);
            for (String v : extra) {
                complete &= add(values, h, v);
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        combine(new ArrayList<>(values.entrySet()), 0, new LinkedHashMap<>(), out);
        long product = 1;
        for (Set<String> v : values.values()) {
            product *= v.size();
        }
        return new Domain(out, complete && product <= MAX_COMBINATIONS);
    }

    /** Unknowns that stand in the partition field of an ARN resource entry. */
    private static Set<String> partitionHints(List<Statement> statements) {
        Set<String> out = new LinkedHashSet<>();
        for (Statement s : statements) {
            for (ScalarNode e : s.resourceEntries()) {
                String v = e.value();
                if (v.startsWith("arn:") && v.indexOf(Values.START) == 4) {
                    int end = v.indexOf(Values.END);
                    if (end + 1 < v.length() && v.charAt(end + 1) == ':') {
                        out.add(v.substring(5, end));
                    }
                }
            }
        }
        return out;
    }

    /** The colon-separated fields of a literal entry, each with its wildcards read as nothing and as {@code z}. */
    private static void fields(String entry, Set<String> out) {
        if (Values.hasUnknown(entry) || entry.contains("${")) {
            return;
        }
        for (String field : entry.split(":")) {
            if (field.equals("arn") || field.equals("*") || field.isEmpty()) {
                continue;
            }
            out.add(field.replace("*", "").replace("?", "z"));
            out.add(field.replace('*', 'z').replace('?', 'z'));
        }
    }

    private static void combine(
            List<Map.Entry<String, Set<String>>> entries,
            int i,
            Map<String, String> current,
            List<Map<String, String>> out) {
        if (out.size() >= MAX_COMBINATIONS) {
            return;
        }
        if (i == entries.size()) {
            out.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(current)));
            return;
        }
        for (String v : entries.get(i).getValue()) {
            current.put(entries.get(i).getKey(), v);
            combine(entries, i + 1, current, out);
        }
        current.remove(entries.get(i).getKey());
    }

    /** False when the list of {@code hint} is full and {@code v} is new. */
    private static boolean add(Map<String, Set<String>> values, String hint, String v) {
        Set<String> set = values.get(hint);
        if (set == null || v.isEmpty() || v.indexOf('*') >= 0 || v.indexOf('?') >= 0 || set.contains(v)) {
            return true;
        }
        if (set.size() >= MAX_PER_UNKNOWN) {
            return false;
        }
        set.add(v);
        return true;
    }

    /** Reads the text each unknown of {@code entry} stands for where the entry matches {@code text}. */
    private static void capture(String entry, String text, boolean vars, String user, Map<String, Set<String>> values) {
        if (!Values.hasUnknown(entry)) {
            return;
        }
        StringBuilder re = new StringBuilder();
        List<String> groups = new ArrayList<>();
        for (PolicyTextLexer.Token t : PolicyTextLexer.lex(entry, vars ? Braces.FIRST_CLOSE : Braces.NONE)) {
            if (t.kind() == PolicyTextLexer.Kind.UNKNOWN) {
                groups.add(t.body());
                re.append("([^*?]*?)");
            } else if (t.isBraced()) {
                String inner = t.body();
                boolean isUser = inner.trim().toLowerCase(java.util.Locale.ROOT).startsWith("aws:username");
                re.append(
                        inner.length() == 1
                                ? Pattern.quote(inner)
                                : isUser && user != null ? Pattern.quote(user) : ".*");
            } else {
                for (int i = 0; i < t.text().length(); i++) {
                    char c = t.text().charAt(i);
                    re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
                }
            }
        }
        Matcher m = Pattern.compile(re.toString(), vars ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        if (m.matches()) {
            for (int g = 0; g < groups.size(); g++) {
                add(values, groups.get(g), m.group(g + 1));
            }
        }
    }

    /** The policies with each unknown named in {@code values} replaced by its value, everywhere. */
    static List<Policy> apply(List<Policy> policies, Map<String, String> values) {
        if (policies == null) {
            return null;
        }
        UnaryOperator<String> f = s -> {
            if (!Values.hasUnknown(s)) {
                return s;
            }
            String out = s;
            for (Map.Entry<String, String> e : values.entrySet()) {
                out = out.replace(Values.START + e.getKey() + Values.END, e.getValue());
            }
            return out;
        };
        List<Policy> out = new ArrayList<>();
        for (Policy p : policies) {
            out.add(new Policy(p.file(), p.policyPath(), p.kind(), (ObjectNode) map(p.document(), f), p.sizeChars()));
        }
        return out;
    }

    private static Node map(Node n, UnaryOperator<String> f) {
        if (n instanceof ScalarNode s) {
            return s.type() == ScalarNode.Type.STRING ? s.withValue(f.apply(s.value())) : s;
        }
        if (n instanceof ArrayNode a) {
            return new ArrayNode(
                    a.location(),
                    a.tag(),
                    a.elements().stream().map(e -> map(e, f)).toList());
        }
        ObjectNode o = (ObjectNode) n;
        List<ObjectNode.Member> ms = new ArrayList<>();
        for (ObjectNode.Member m : o.members()) {
            ms.add(new ObjectNode.Member(m.key(), m.keyLocation(), map(m.value(), f)));
        }
        return new ObjectNode(o.location(), o.tag(), ms);
    }
}
