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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ParseLimits;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's "done when": every policy of the real-world corpus that Terraform can express, written as Terraform
 * HCL ({@code jsonencode}, heredoc, {@code aws_iam_policy_document}), as Terraform JSON and as the rendered
 * policy JSON, gets the same findings: the same rules on the same statements and elements. The Terraform forms
 * are generated from the policy here, so the comparison covers every corpus policy rather than a hand-picked one.
 */
class TerraformParityTest {

    private static final List<String> FORMS =
            List.of("jsonencode/main.tf", "heredoc/main.tf", "document/main.tf", "tfjson/main.tf.json");

    private static final Set<String> STATEMENT_KEYS = Set.of(
            "Sid",
            "Effect",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Principal",
            "NotPrincipal",
            "Condition");

    @TempDir
    Path dir;

    @Test
    void everyCorpusPolicyGetsTheSameFindingsInEveryTerraformForm() throws IOException, URISyntaxException {
        Path corpus =
                Path.of(TerraformParityTest.class.getResource("/corpus/real").toURI());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = p.getFileName().toString().replace(".json", "");
                if (write(name, p)) {
                    names.add(name);
                }
            }
        }
        assertTrue(names.size() >= 40, "too few corpus policies expressible in Terraform: " + names);
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        ScanResult r =
                new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
        int withFindings = 0;
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            List<String> expected = findings(r, name + "/json/policy.json");
            withFindings += expected.isEmpty() ? 0 : 1;
            for (String form : FORMS) {
                List<String> actual = findings(r, name + "/" + form);
                if (!expected.equals(actual)) {
                    differences.add(name + " as " + form + ": expected " + expected + " but was " + actual);
                }
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(withFindings >= names.size() / 2, "the comparison must be about findings: " + withFindings);
    }

    /** Writes the policy of {@code source} in every form; false when it is no policy Terraform can express. */
    private boolean write(String name, Path source) throws IOException {
        ExtractedFile extracted = Fixtures.extract(source);
        if (extracted.policies().size() != 1 || !extracted.problems().isEmpty()) {
            return false;
        }
        Policy policy = extracted.policies().get(0);
        ObjectNode doc = policy.document();
        boolean trust = policy.kind() == PolicyKind.TRUST;
        if (!policy.policyPath().isEmpty()
                || !"2012-10-17".equals(doc.string("Version"))
                || !(trust || policy.kind() == PolicyKind.IDENTITY)
                || (!trust && mentions(doc, "Principal"))
                || document(doc) == null) {
            return false;
        }
        String text = Files.readString(source, StandardCharsets.UTF_8);
        if (text.contains("$${") || text.contains("&{") || text.matches("(?s).*\\$\\{[^}:]*}.*")) {
            return false; // already a template: its placeholders would be literal text once escaped for Terraform
        }
        String resource = trust
                ? "resource \"aws_iam_role\" \"p\" {\n  name = \"p\"\n  assume_role_policy = "
                : "resource \"aws_iam_policy\" \"p\" {\n  name = \"p\"\n  policy = ";
        write(name + "/json/policy.json", text);
        write(name + "/jsonencode/main.tf", resource + "jsonencode(" + hcl(doc, "  ") + ")\n}\n");
        write(name + "/heredoc/main.tf", resource + "<<EOT\n" + template(text) + "\nEOT\n}\n");
        write(name + "/document/main.tf", resource + "data.aws_iam_policy_document.p.json\n}\n\n" + document(doc));
        String attribute =
                trust ? "aws_iam_role\": {\"p\": {\"assume_role_policy" : "aws_iam_policy\": {\"p\": {\"policy";
        write(
                name + "/tfjson/main.tf.json",
                "{\"resource\": {\"" + attribute + "\": " + jsonString(template(text)) + "}}}}\n");
        return true;
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static List<String> findings(ScanResult r, String file) {
        return r.findings().stream()
                .filter(f -> f.file().equals(file))
                .map(TerraformParityTest::describe)
                .sorted()
                .toList();
    }

    private static String describe(Finding f) {
        return f.rule().id() + " " + f.statement() + " " + f.subject();
    }

    private static boolean mentions(Node n, String key) {
        if (n instanceof ObjectNode o) {
            return o.members().stream().anyMatch(m -> m.key().endsWith(key) || mentions(m.value(), key));
        }
        return n instanceof ArrayNode a && a.elements().stream().anyMatch(e -> mentions(e, key));
    }

    /** Text in a Terraform template: literal {@code ${} and {@code %{} escaped. */
    private static String template(String s) {
        return s.replace("${", "$${").replace("%{", "%%{");
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    /** An HCL string literal of the value {@code s}. */
    private static String quoted(String s) {
        return template(jsonString(s));
    }

    /** The value as an HCL expression, the argument of {@code jsonencode}. */
    private static String hcl(Node n, String indent) {
        if (n instanceof ObjectNode o) {
            StringBuilder b = new StringBuilder("{\n");
            for (ObjectNode.Member m : o.members()) {
                b.append(indent).append("  ").append(quoted(m.key())).append(" = ");
                b.append(hcl(m.value(), indent + "  ")).append('\n');
            }
            return b.append(indent).append('}').toString();
        }
        if (n instanceof ArrayNode a) {
            List<String> out = new ArrayList<>();
            a.elements().forEach(e -> out.add(hcl(e, indent + "  ")));
            return "[" + String.join(", ", out) + "]";
        }
        ScalarNode s = (ScalarNode) n;
        return s.type() == ScalarNode.Type.STRING ? quoted(s.value()) : s.raw();
    }

    /** The policy as an {@code aws_iam_policy_document}, or {@code null} when its shape has no such form. */
    private static String document(ObjectNode doc) {
        if (!(doc.get("Statement") instanceof ArrayNode)) {
            return null; // the provider always renders a list: statements would be named differently
        }
        List<ObjectNode> statements = new ArrayList<>();
        Node s = doc.get("Statement");
        for (Node e : s instanceof ArrayNode a ? a.elements() : s == null ? List.<Node>of() : List.of(s)) {
            if (!(e instanceof ObjectNode o)
                    || !STATEMENT_KEYS.containsAll(
                            o.members().stream().map(ObjectNode.Member::key).toList())
                    || o.distinctMembers().size() != o.members().size()) {
                return null;
            }
            statements.add(o);
        }
        if (statements.isEmpty()
                || doc.members().stream()
                        .anyMatch(m -> !Set.of("Version", "Id", "Statement").contains(m.key()))) {
            return null;
        }
        StringBuilder b = new StringBuilder("data \"aws_iam_policy_document\" \"p\" {\n");
        if (doc.string("Id") != null) {
            b.append("  policy_id = ").append(quoted(doc.string("Id"))).append('\n');
        }
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("Action", "actions");
        lists.put("NotAction", "not_actions");
        lists.put("Resource", "resources");
        lists.put("NotResource", "not_resources");
        for (ObjectNode st : statements) {
            b.append("  statement {\n");
            for (String key : List.of("Sid", "Effect")) {
                if (st.get(key) != null) {
                    String v = scalar(st.get(key));
                    if (v == null) {
                        return null;
                    }
                    b.append("    ")
                            .append(key.toLowerCase())
                            .append(" = ")
                            .append(documentString(v))
                            .append('\n');
                }
            }
            for (Map.Entry<String, String> l : lists.entrySet()) {
                if (st.get(l.getKey()) != null) {
                    String list = list(st.get(l.getKey()));
                    if (list == null) {
                        return null;
                    }
                    b.append("    ")
                            .append(l.getValue())
                            .append(" = ")
                            .append(list)
                            .append('\n');
                }
            }
            for (String key : List.of("Principal", "NotPrincipal")) {
                if (st.get(key) != null
                        && !principals(st.get(key), key.equals("Principal") ? "principals" : "not_principals", b)) {
                    return null;
                }
            }
            if (st.get("Condition") != null && !conditions(st.get("Condition"), b)) {
                return null;
            }
            b.append("  }\n");
        }
        return b.append("}\n").toString();
    }

    private static boolean principals(Node p, String block, StringBuilder b) {
        if (p instanceof ScalarNode s && "*".equals(s.value())) {
            b.append("    ").append(block).append(" {\n      type = \"*\"\n      identifiers = [\"*\"]\n    }\n");
            return true;
        }
        if (!(p instanceof ObjectNode o)) {
            return false;
        }
        for (ObjectNode.Member m : o.members()) {
            String list = list(m.value());
            if (list == null) {
                return false;
            }
            b.append("    ").append(block).append(" {\n      type = ").append(documentString(m.key()));
            b.append("\n      identifiers = ").append(list).append("\n    }\n");
        }
        return true;
    }

    private static boolean conditions(Node c, StringBuilder b) {
        if (!(c instanceof ObjectNode o)) {
            return false;
        }
        for (ObjectNode.Member test : o.members()) {
            if (!(test.value() instanceof ObjectNode keys) || keys.members().isEmpty()) {
                return false;
            }
            for (ObjectNode.Member key : keys.members()) {
                String list = list(key.value());
                if (list == null) {
                    return false;
                }
                b.append("    condition {\n      test = ").append(documentString(test.key()));
                b.append("\n      variable = ").append(documentString(key.key()));
                b.append("\n      values = ").append(list).append("\n    }\n");
            }
        }
        return true;
    }

    /** A string or list of strings as an HCL list, or {@code null}. */
    private static String list(Node n) {
        List<Node> elements = n instanceof ArrayNode a ? a.elements() : List.of(n);
        List<String> out = new ArrayList<>();
        for (Node e : elements) {
            String v = scalar(e);
            if (v == null) {
                return null;
            }
            out.add(documentString(v));
        }
        return out.isEmpty() ? null : "[" + String.join(", ", out) + "]";
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING ? s.value() : null;
    }

    /** A string of a policy document: a policy variable is written {@code &{...}}, Terraform's escape there. */
    private static String documentString(String v) {
        return quoted(v.replaceAll("\\$\\{([^{}\"]*:[^{}\"]*)}", "&{$1}"));
    }
}
