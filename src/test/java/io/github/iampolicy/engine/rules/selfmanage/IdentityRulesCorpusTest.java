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
package io.github.iampolicy.engine.rules.selfmanage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.rules.privilege.PrivilegeRules;
import io.github.iampolicy.engine.tree.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The IAM1xx/IAM2xx rules against the reference policies and the real-world corpus: the odd-numbered
 * raw JSON files against {@code corpus/real/EXPECTED.tsv}, the even-numbered ones against this branch's own
 * verdicts in {@code src/test/resources/corpus/EXPECTED-EVEN-IDRULES.tsv}. Only the ids of these rules are
 * compared; YAML, Terraform JSON and files that do not parse are other rules' business.
 */
class IdentityRulesCorpusTest {

    private static final Path CORPUS = TestData.resolve("corpus/real");

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(PrivilegeRules.ALL);
        all.addAll(SelfManageRules.ALL);
        // the rules this test's verdicts are about; IAM106-IAM109 are checked by CorpusTest
        all.removeIf(r -> !r.info().id().matches("IAM10[1-5]|IAM20[1-7]"));
        return all;
    }

    /** The findings of every IAM1xx/IAM2xx rule on a raw JSON policy file (identity policies only). */
    static List<Finding> findings(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        Policy whole = TestPolicies.policy(json);
        ObjectNode doc = whole.document();
        String path = "";
        if (doc.get("PolicyVersion") instanceof ObjectNode pv && pv.get("Document") instanceof ObjectNode d) {
            doc = d;
            path = "PolicyVersion.Document";
        }
        Policy policy = new Policy(file.getFileName().toString(), path, whole.kind(), doc, whole.sizeChars());
        List<Finding> out = new ArrayList<>();
        PolicyContext ctx = new PolicyContext(policy, ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, out::add);
        if (ctx.isIdentityPolicy()) {
            for (Rule r : rules()) {
                r.check(ctx);
            }
        }
        return out;
    }

    static Set<String> ids(List<Finding> findings, Severity severity) {
        Set<String> out = new TreeSet<>();
        findings.stream()
                .filter(f -> f.severity() == severity)
                .forEach(f -> out.add(f.rule().id()));
        return out;
    }

    static Set<String> mine(String column) {
        Set<String> out = new TreeSet<>();
        if (column.equals("-")) {
            return out;
        }
        for (String id : column.trim().split("\\s+")) {
            if (id.matches("IAM10[1-5]|IAM20[1-7]")) {
                out.add(id);
            }
        }
        return out;
    }

    @Test
    void referencePoliciesProduceNoError() throws IOException {
        List<Path> refs;
        try (Stream<Path> s = Files.list(TestData.resolve("reference"))) {
            refs = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(refs.isEmpty(), "no reference policies under " + TestData.resolve("reference"));
        for (Path p : refs) {
            List<Finding> errors = findings(p).stream()
                    .filter(f -> f.severity() == Severity.ERROR)
                    .toList();
            assertTrue(errors.isEmpty(), () -> p.getFileName() + ": " + errors);
        }
    }

    @TestFactory
    Stream<DynamicTest> oddCorpusFilesMatchExpectedTsv() throws IOException {
        return verdicts(Files.readAllLines(CORPUS.resolve("EXPECTED.tsv")), 2, 3);
    }

    @TestFactory
    Stream<DynamicTest> evenCorpusFilesMatchOwnVerdicts() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/corpus/EXPECTED-EVEN-IDRULES.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<DynamicTest> tests = verdicts(lines, 1, 2).toList();
            assertEquals(
                    evenRawJsonFiles(),
                    tests.stream().map(DynamicTest::getDisplayName).sorted().toList(),
                    "every parseable even-numbered raw JSON corpus file needs a verdict");
            return tests.stream();
        }
    }

    private static List<String> evenRawJsonFiles() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{3}-.*\\.json") && !n.endsWith(".tf.json"))
                    .filter(n -> Integer.parseInt(n.substring(0, 3)) % 2 == 0)
                    .filter(n -> parses(CORPUS.resolve(n)) && !isCloudFormation(CORPUS.resolve(n)))
                    .sorted()
                    .toList();
        }
    }

    /** CloudFormation JSON templates hold their policies under Resources; discovery resolves them, not this test. */
    private static boolean isCloudFormation(Path p) {
        try {
            ObjectNode root = TestPolicies.policy(Files.readString(p, StandardCharsets.UTF_8))
                    .document();
            return root.has("Resources") || root.has("AWSTemplateFormatVersion");
        } catch (IllegalArgumentException | IOException | ClassCastException e) {
            return false;
        }
    }

    private static boolean parses(Path p) {
        try {
            TestPolicies.policy(Files.readString(p, StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException | IOException | ClassCastException e) {
            return false;
        }
    }

    private static Stream<DynamicTest> verdicts(List<String> lines, int errorsColumn, int warningsColumn) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            String name = f[0];
            if (!name.endsWith(".json")
                    || name.endsWith(".tf.json")
                    || !parses(CORPUS.resolve(name))
                    || isCloudFormation(CORPUS.resolve(name))) {
                continue;
            }
            Set<String> errors = mine(f[errorsColumn]);
            Set<String> warnings = mine(f[warningsColumn]);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                List<Finding> found = findings(CORPUS.resolve(name));
                String all = String.join(
                        "\n",
                        found.stream()
                                .map(x -> x.severity() + " " + x.rule().id() + " " + x.location() + " " + x.message())
                                .toList());
                assertEquals(errors, ids(found, Severity.ERROR), () -> name + " errors\n" + all);
                assertEquals(warnings, ids(found, Severity.WARNING), () -> name + " warnings\n" + all);
            }));
        }
        return tests.stream();
    }

    /** Prints every finding of every corpus file: {@code -Dtest=IdentityRulesCorpusTest#dump -Diampolicy.dump=true}. */
    @Test
    void dump() throws IOException {
        if (!Boolean.getBoolean("iampolicy.dump")) {
            return;
        }
        try (Stream<Path> s = Files.list(CORPUS)) {
            for (Path p : s.filter(
                            x -> x.toString().endsWith(".json") && !x.toString().endsWith(".tf.json"))
                    .sorted()
                    .toList()) {
                if (!parses(p)) {
                    System.out.println("== " + p.getFileName() + " (does not parse)");
                    continue;
                }
                System.out.println("== " + p.getFileName());
                for (Finding x : findings(p)) {
                    System.out.println(
                            "  " + x.severity() + " " + x.rule().id() + " " + x.location() + " " + x.message());
                }
            }
        }
    }
}
