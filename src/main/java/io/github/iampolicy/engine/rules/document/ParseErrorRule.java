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

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.PolicyRule;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IAM001 parse-error: a policy-looking file that does not parse, and duplicate keys anywhere inside a
 * policy document.
 *
 * <p><b>File-level errors.</b> Files are parsed before any policy exists, so the engine, not this class,
 * turns a parse error of a policy-looking file (see
 * src/site/markdown/rules/IAM001.md) into an IAM001 finding, with
 * {@link #INFO} and {@link #message(String)}.
 *
 * <p><b>Duplicate keys</b>. JSON leaves duplicate keys undefined: one parser keeps the
 * first value, another the last, AWS rejects some and not others, so what a reviewer reads may not be what
 * AWS enforces. Every object of the document is searched, statements, {@code Condition} blocks and
 * {@code Principal} included. Decisions where the spec is silent:
 * <ul>
 *   <li>One finding per duplicated key per object, at the second occurrence (the first copy that a reader
 *       overlooks); the message counts further copies and says that analysis uses the last value, as the
 *       other rules do.</li>
 *   <li>Keys are compared exactly (case-sensitively), as JSON does: {@code effect} next to {@code Effect} is
 *       not a duplicate but an unknown element (IAM003).</li>
 *   <li>A duplicate inside a statement names that statement; a duplicate at the document level or in a
 *       {@code Statement} value that analysis does not use names no statement.</li>
 * </ul>
 */
public final class ParseErrorRule implements PolicyRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM001",
            "parse-error",
            Severity.ERROR,
            "A policy-looking file does not parse, or a policy document repeats a key.",
            "Fix the syntax at the reported position so that the file is valid JSON or YAML; a file that does "
                    + "not parse cannot be checked at all. Remove repeated keys: parsers disagree on which value "
                    + "of a duplicate key wins, so the policy AWS enforces may not be the one you reviewed.",
            5.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * The message of a file-level IAM001 finding for a parser's message, e.g.
     * {@code Unexpected character ('"' (code 34)): was expecting comma to separate Array entries}.
     */
    public static String message(String parserMessage) {
        String detail = parserMessage == null ? "" : parserMessage.strip();
        while (detail.endsWith(".")) {
            detail = detail.substring(0, detail.length() - 1).strip();
        }
        if (detail.isEmpty()) {
            detail = "syntax error";
        }
        return "File looks like an IAM policy but does not parse: " + detail
                + ". Fix the syntax at this position; nothing in the file is checked until it parses.";
    }

    @Override
    public void visitPolicy(AnalyzedPolicy analysis, PolicyContext context) {
        walk(context, context.policy().document(), "", "the policy document", null, analysis);
    }

    /** {@code path} names the node for the finding's subject, so that fingerprints of two duplicates differ. */
    private void walk(
            PolicyContext context, Node node, String path, String where, Statement statement, AnalyzedPolicy analysis) {
        if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                walk(context, a.get(i), path + "[" + i + "]", where, statement, analysis);
            }
            return;
        }
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        Statement own = analysis.statementAt(o);
        if (own != null) {
            statement = own;
            where = Describe.statement(own);
        }
        reportDuplicates(context, o, path, where, statement);
        for (ObjectNode.Member m : o.members()) {
            walk(context, m.value(), path.isEmpty() ? m.key() : path + "." + m.key(), where, statement, analysis);
        }
    }

    private void reportDuplicates(PolicyContext context, ObjectNode o, String path, String where, Statement statement) {
        Map<String, List<ObjectNode.Member>> byKey = new LinkedHashMap<>();
        for (ObjectNode.Member m : o.members()) {
            byKey.computeIfAbsent(m.key(), k -> new java.util.ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<ObjectNode.Member>> e : byKey.entrySet()) {
            List<ObjectNode.Member> copies = e.getValue();
            if (copies.size() < 2) {
                continue;
            }
            ObjectNode.Member first = copies.get(0);
            ObjectNode.Member second = copies.get(1);
            ObjectNode.Member last = copies.get(copies.size() - 1);
            String times = copies.size() == 2 ? "twice" : copies.size() + " times";
            String message = "Duplicate key \"" + e.getKey() + "\" in " + where + ": it appears " + times
                    + " (first at " + first.keyLocation() + "). Parsers disagree on which value wins; analysis "
                    + "uses the last one, " + shown(last.value()) + " at " + last.keyLocation()
                    + ". Keep exactly one \"" + e.getKey() + "\".";
            context.report(
                    this,
                    Severity.ERROR,
                    second.keyLocation(),
                    statement,
                    path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    message);
        }
    }

    private static String shown(Node value) {
        if (value instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            return Describe.quoted(s.value());
        }
        return Describe.node(value);
    }
}
