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
package io.github.iampolicy.engine.discovery;

import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A policy given as a JSON string inside another document: Terraform's {@code policy = "..."}, a CloudFormation
 * {@code PolicyDocument} string, a URL-encoded document in AWS API output.
 *
 * <p>Placeholders are replaced by unknown tokens <em>before</em> the string is parsed ("Template
 * syntax" in src/site/markdown/rules/index.md), so
 * that an interpolation with inner quotes ({@code ${format("%s", var.x)}}) cannot break the JSON. A token that
 * stands outside a JSON string (an interpolation used as a whole value) is written as a JSON string.
 *
 * <p>Locations: a string on one line of the file (always so in JSON, where line ends are escaped) cannot be
 * mapped character by character, because escapes and substitutions shift columns; every node of the embedded
 * document then gets the location of the string itself. A YAML literal block ({@code |}) whose lines are found
 * verbatim in the file maps exactly: each inner line goes to its file line, the block's indentation added to
 * the column.
 */
final class EmbeddedPolicy {

    /** How {@code ${...}} inside the string is read. */
    enum Mode {
        /** Terraform: every {@code ${...}} is an interpolation, an unknown value. */
        TERRAFORM,
        /** The template syntax of the rule list: only placeholders ({@code ${name}} without {@code :}) are unknown. */
        TEMPLATE,
        /** Already resolved (CloudFormation intrinsics evaluated): parsed as is. */
        NONE
    }

    private EmbeddedPolicy() {}

    /**
     * Adds the policy held by {@code holder} (its text {@code text}, which may differ from the scalar's raw text
     * when intrinsics were resolved), or a problem when a policy-looking string does not parse. A string that is
     * no JSON object (e.g. one interpolation standing for the whole document) is skipped silently.
     */
    static void extract(
            ExtractionContext ctx,
            ScalarNode holder,
            String text,
            Mode mode,
            boolean urlEncodedAllowed,
            String path,
            PolicyKind kind) {
        String decoded = urlEncodedAllowed && looksUrlEncoded(text) ? percentDecode(text) : text;
        if (decoded.isBlank()) {
            return;
        }
        String json = substitute(decoded, mode);
        UnaryOperator<Location> place = placement(ctx, holder, json);
        List<Node> docs;
        try {
            docs = ctx.reader.read(json, TreeReader.Syntax.JSON);
        } catch (TreeParseException e) {
            if (PolicyExtractor.looksLikePolicy(decoded) || e.limitExceeded()) {
                ctx.problem(
                        place.apply(e.location()),
                        "the policy string at " + ctx.path(path) + " is not valid JSON: " + e.getMessage(),
                        true,
                        e.limitExceeded());
            }
            return;
        }
        if (docs.size() == 1 && docs.get(0) instanceof ObjectNode) {
            ObjectNode doc = (ObjectNode) relocate(docs.get(0), place);
            ctx.policy(path, kind, doc, PolicySize.ofText(decoded));
        }
    }

    /** Replaces placeholders by unknown tokens, keeping the JSON structure intact. */
    static String substitute(String s, Mode mode) {
        if (mode == Mode.NONE || (s.indexOf('{') < 0)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean inString = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '$' && s.startsWith("$${", i)) {
                b.append("${"); // the escape for a literal ${
                i += 3;
            } else if (c == '&' && s.startsWith("&{", i) && policyVariableEscape(s, i) > 0) {
                int close = policyVariableEscape(s, i);
                b.append("${").append(s, i + 2, close + 1);
                i = close + 1;
            } else if (c == '$' && s.startsWith("${", i)) {
                int close = mode == Mode.TERRAFORM ? endOfInterpolation(s, i + 1) : Values.matchingBrace(s, i + 1);
                String expr = close < 0 ? null : s.substring(i + 2, close);
                if (expr == null
                        || (mode == Mode.TEMPLATE
                                && (!Values.isPlaceholderName(expr.trim())
                                        || expr.indexOf('"') >= 0
                                        || expr.indexOf('\n') >= 0))) {
                    // a policy variable, or unbalanced braces left for IAM009: copy the "${" and go on
                    b.append("${");
                    i += 2;
                    continue;
                }
                // written into JSON text: the expression's quotes are escaped there, and decoded when parsed
                String token = mode == Mode.TERRAFORM
                        ? Values.written(expr).replace("\\", "\\\\").replace("\"", "\\\"")
                        : Values.unknown(expr.trim());
                b.append(inString ? token : "\"" + token + "\"");
                i = close + 1;
            } else if (inString && c == '\\' && i + 1 < n) {
                b.append(c).append(s.charAt(i + 1));
                i += 2;
            } else {
                if (c == '"') {
                    inString = !inString;
                }
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** Index of the brace closing {@code &{aws:name}}, or -1 when it is not such an escape. */
    private static int policyVariableEscape(String s, int at) {
        int close = s.indexOf('}', at + 2);
        if (close < 0) {
            return -1;
        }
        String name = s.substring(at + 2, close);
        return name.indexOf(':') > 0 && name.indexOf('"') < 0 && name.indexOf('{') < 0 ? close : -1;
    }

    /**
     * Index of the brace closing the Terraform interpolation whose {@code {} is at {@code open}: nested braces
     * count, and quoted template strings inside (which may hold braces and further interpolations) are skipped.
     */
    static int endOfInterpolation(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '"') {
                i = endOfQuoted(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '\\') {
                i++;
            }
            i++;
        }
        return -1;
    }

    private static int endOfQuoted(String s, int quote) {
        int i = quote + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"') {
                return i;
            }
            if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int close = endOfInterpolation(s, i + 1);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
                continue;
            }
            i++;
        }
        return -1;
    }

    static boolean looksUrlEncoded(String s) {
        String t = s.trim();
        return t.regionMatches(true, 0, "%7B", 0, 3);
    }

    /** RFC 3986 percent-decoding; unlike form decoding, {@code +} stays a plus sign. */
    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    /** Where the inner locations of {@code holder}'s embedded text go in the file. */
    private static UnaryOperator<Location> placement(ExtractionContext ctx, ScalarNode holder, String parsed) {
        Location at = holder.location();
        String header = ctx.line(at.line());
        if (header == null || !header.replaceAll("\\s+#.*$", "").stripTrailing().matches(".*\\|[-+0-9]*")) {
            return l -> at;
        }
        String raw = holder.raw();
        String body = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
        String[] rawLines = body.split("\n", -1);
        if (countLines(parsed) != countLines(body)) {
            return l -> at;
        }
        int indent = -1;
        for (int k = 0; k < rawLines.length; k++) {
            String fileLine = ctx.line(at.line() + 1 + k);
            if (fileLine == null) {
                return l -> at;
            }
            if (rawLines[k].isEmpty()) {
                if (!fileLine.isBlank()) {
                    return l -> at;
                }
                continue;
            }
            if (indent < 0) {
                indent = fileLine.length() - fileLine.stripLeading().length();
            }
            if (fileLine.length() < indent
                    || !fileLine.substring(0, indent).isBlank()
                    || !fileLine.substring(indent).equals(rawLines[k])) {
                return l -> at;
            }
        }
        int base = at.line();
        int shift = Math.max(indent, 0);
        return l -> new Location(base + l.line(), shift + l.column());
    }

    private static int countLines(String s) {
        String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        return t.split("\n", -1).length;
    }

    /** The tree with every location moved by {@code place}; string values shown in {@code raw} for messages. */
    static Node relocate(Node n, UnaryOperator<Location> place) {
        if (n instanceof ScalarNode s) {
            String raw = s.type() == ScalarNode.Type.STRING ? Values.display(s.value()) : s.raw();
            return new ScalarNode(place.apply(s.location()), s.tag(), s.type(), raw, s.value());
        }
        if (n instanceof ArrayNode a) {
            List<Node> out = new ArrayList<>(a.size());
            a.elements().forEach(e -> out.add(relocate(e, place)));
            return new ArrayNode(place.apply(a.location()), a.tag(), out);
        }
        ObjectNode o = (ObjectNode) n;
        List<ObjectNode.Member> out = new ArrayList<>(o.members().size());
        o.members()
                .forEach(m -> out.add(
                        new ObjectNode.Member(m.key(), place.apply(m.keyLocation()), relocate(m.value(), place))));
        return new ObjectNode(place.apply(o.location()), o.tag(), out);
    }
}
