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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The document rules over the reference policies and the raw-JSON corpus files whose verdicts
 * {@code corpus/real/EXPECTED.tsv} records: the IAM0xx part of each verdict must hold exactly.
 */
class CorpusDocumentRulesTest {

    private static final TreeReader READER = new TreeReader();

    /** A raw file read as discovery would: the document (unwrapping PolicyVersion.Document), templates resolved. */
    private static Policy read(Path file) throws IOException, TreeParseException {
        String text = TreeReader.decodeUtf8(Files.readAllBytes(file));
        ObjectNode root = (ObjectNode) READER.read(text, TreeReader.Syntax.JSON).get(0);
        Node doc = root;
        if (root.get("PolicyVersion") instanceof ObjectNode pv && pv.get("Document") instanceof ObjectNode d) {
            doc = d;
        }
        ObjectNode resolved = (ObjectNode) resolve(doc);
        int size = (int) text.chars().filter(c -> !Character.isWhitespace(c)).count();
        return new Policy(
                file.getFileName().toString(),
                doc == root ? "" : "PolicyVersion.Document",
                PolicyKind.IDENTITY,
                resolved,
                size);
    }

    private static Node resolve(Node n) {
        if (n instanceof ScalarNode s) {
            return s.type() == ScalarNode.Type.STRING ? s.withValue(Values.resolveTemplate(s.raw())) : s;
        }
        if (n instanceof ArrayNode a) {
            return new ArrayNode(
                    a.location(),
                    a.tag(),
                    a.elements().stream().map(CorpusDocumentRulesTest::resolve).toList());
        }
        ObjectNode o = (ObjectNode) n;
        List<ObjectNode.Member> out = new ArrayList<>();
        o.members().forEach(m -> out.add(new ObjectNode.Member(m.key(), m.keyLocation(), resolve(m.value()))));
        return new ObjectNode(o.location(), o.tag(), out);
    }

    private static List<Finding> findings(Path file) throws IOException, TreeParseException {
        return Findings.all(read(file));
    }

    private static Set<String> ids(List<Finding> findings, Severity severity) {
        return findings.stream()
                .filter(f -> f.severity() == severity)
                .map(f -> f.rule().id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String dump(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.severity() + " " + f.rule().id() + " " + f.location() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void seedPolicyHasExactlyTheDocumentedWarnings() throws Exception {
        Path seed = TestData.resolve("reference/seed-self-manage.json");
        List<Finding> f = findings(seed);
        assertEquals(Set.of(), ids(f, Severity.ERROR), dump(f));
        assertEquals(Set.of("IAM005", "IAM006", "IAM007"), ids(f, Severity.WARNING), dump(f));
        Set<String> unknown = f.stream()
                .filter(x -> x.rule().id().equals("IAM005"))
                .map(Finding::subject)
                .collect(Collectors.toSet());
        assertEquals(Set.of("iam:RequestSmsMfaRegistration", "iam:FinalizeSmsMfaRegistration"), unknown, dump(f));
        assertTrue(
                f.stream()
                        .anyMatch(x ->
                                x.rule().id().equals("IAM006") && x.subject().equals("iam:ListVirtualMFADevices")),
                dump(f));
        assertTrue(
                f.stream()
                        .anyMatch(x ->
                                x.rule().id().equals("IAM007") && x.message().contains("xxxxxxxxxxxx")),
                dump(f));
    }

    @TestFactory
    Stream<DynamicTest> awsReferencePoliciesHaveNoErrors() throws IOException {
        Path dir = TestData.resolve("reference");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("aws-"))
                    .sorted()
                    .toList();
        }
        assertFalse(files.isEmpty());
        return files.stream()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    List<Finding> f = findings(p);
                    assertEquals(Set.of(), ids(f, Severity.ERROR), dump(f));
                }));
    }

    @TestFactory
    Stream<DynamicTest> oddCorpusFilesMatchExpectedDocumentVerdicts() throws IOException {
        Path dir = TestData.resolve("corpus/real");
        Path expected = TestData.resolve("corpus/real/EXPECTED.tsv");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(expected)) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            String name = f[0];
            if (!name.endsWith(".json") || name.endsWith(".tf.json")) {
                continue; // CloudFormation and Terraform shapes need discovery, not in scope here
            }
            Set<String> errors = documentIds(f[2]);
            Set<String> warnings = documentIds(f[3]);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Path file = dir.resolve(name);
                Policy policy;
                try {
                    policy = read(file);
                } catch (TreeParseException e) {
                    // The engine reports this as IAM001; nothing else can be analysed.
                    assertEquals(Set.of("IAM001"), errors, name + " does not parse: " + e.getMessage());
                    assertEquals(Set.of(), warnings);
                    String message = ParseErrorRule.message(e.getMessage());
                    assertTrue(message.contains(e.getMessage().strip().replaceAll("\\.$", "")), message);
                    return;
                }
                List<Finding> found = Findings.all(policy);
                assertEquals(errors, ids(found, Severity.ERROR), name + "\n" + dump(found));
                assertEquals(warnings, ids(found, Severity.WARNING), name + "\n" + dump(found));
            }));
        }
        assertTrue(tests.size() > 20, "expected the odd-numbered raw corpus files, found " + tests.size());
        return tests.stream();
    }

    private static Set<String> documentIds(String column) {
        Set<String> out = new TreeSet<>();
        for (String id : column.trim().split("\\s+")) {
            if (id.startsWith("IAM0")) {
                out.add(id);
            }
        }
        return out;
    }
}
