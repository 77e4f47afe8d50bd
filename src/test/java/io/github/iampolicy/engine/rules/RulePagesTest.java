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
package io.github.iampolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.ExtractedFile;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.semantic.ForbiddenAccess;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule pages of {@code src/site/markdown/rules}: one page per registered rule, whose header agrees with the
 * rule's {@link RuleInfo}, and whose examples really behave as the page says.
 *
 * <p>A page starts with {@code # IAMxxx name} and has a line {@code Default severity: error|warning|note}. Its
 * examples are fenced blocks whose info string is {@code json failing}, {@code json fixed}, {@code yaml failing}
 * or {@code yaml fixed}. Each block is written to a file of its own ({@code .json} or {@code .yaml}) and scanned
 * with every rule and the default configuration (the IAM302 page with AWS's self-manage example as the
 * reference policy, as its page says): a failing example must produce a finding of the page's rule, a fixed one
 * must produce none, and no finding at {@code error} from any rule. {@code -Dpages.debug} prints the findings of
 * every example, which helps when writing a page.
 */
class RulePagesTest {

    private static final Pattern HEADER = Pattern.compile("# (IAM\\d{3}) ([a-z0-9-]+)");
    private static final Pattern SEVERITY = Pattern.compile("(?m)^Default severity: (error|warning|note)\\s*$");
    private static final Pattern SECURITY_SEVERITY =
            Pattern.compile("(?m)^SARIF `security-severity`: ([0-9]+\\.[0-9]+)\\s*$");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(json|yaml) (failing|fixed)\\s*\\n(.*?)^```\\s*$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern PAGE_LINK = Pattern.compile("src/site/markdown/[A-Za-z0-9_./-]+\\.md");

    /** The reference policy of the IAM302 examples, shipped with the plugin. */
    static final String REFERENCE = "iam-policy/aws-self-manage.json";

    @TempDir
    Path tmp;

    /** The project base directory: surefire's {@code basedir}, else the working directory. */
    static Path baseDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath()
                .normalize();
    }

    static Path pagesDir() {
        return baseDir().resolve("src/site/markdown/rules");
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule pages by file name, {@code index.md} left out. */
    static Map<String, Path> pages() throws IOException {
        Map<String, Path> pages = new TreeMap<>();
        try (Stream<Path> files = Files.list(pagesDir())) {
            files.filter(p -> !p.getFileName().toString().equals("index.md"))
                    .forEach(p -> pages.put(p.getFileName().toString(), p));
        }
        return pages;
    }

    @Test
    void everyRuleHasAPageThatAgreesWithItsRuleInfo() {
        for (Rule rule : RuleRegistry.all()) {
            RuleInfo info = rule.info();
            Path page = pagesDir().resolve(info.id() + ".md");
            assertTrue(Files.isRegularFile(page), "no page for " + info.id() + ": " + page);
            String text = read(page);
            String first = text.lines().findFirst().orElse("");
            Matcher h = HEADER.matcher(first);
            assertTrue(h.matches(), info.id() + ": the first line must be '# ID name', not '" + first + "'");
            assertEquals(info.id(), h.group(1), page.toString());
            assertEquals(info.name(), h.group(2), info.id() + ": name");
            Matcher s = SEVERITY.matcher(text);
            assertTrue(s.find(), info.id() + ": no 'Default severity:' line");
            assertEquals(info.defaultSeverity().id(), s.group(1), info.id() + ": default severity");
            Matcher sec = SECURITY_SEVERITY.matcher(text);
            assertTrue(sec.find(), info.id() + ": no 'SARIF `security-severity`:' line");
            assertEquals(info.securitySeverity(), Double.parseDouble(sec.group(1)), info.id() + ": security-severity");
        }
    }

    @Test
    void everyPageBelongsToARule() throws IOException {
        Set<String> expected = RuleRegistry.all().stream()
                .map(r -> r.info().id() + ".md")
                .collect(Collectors.toCollection(TreeSet::new));
        for (String name : pages().keySet()) {
            assertTrue(expected.contains(name), "page " + name + " belongs to no registered rule " + expected);
        }
        assertEquals(expected, pages().keySet());
    }

    @Test
    void theIndexLinksEveryPage() {
        String index = read(pagesDir().resolve("index.md"));
        for (Rule rule : RuleRegistry.all()) {
            RuleInfo info = rule.info();
            assertTrue(
                    index.contains("[" + info.id() + "](" + info.id() + ".md)"), "index.md does not link " + info.id());
            assertTrue(index.contains(info.name()), "index.md does not name " + info.name());
        }
    }

    @Test
    void everyPageTheSourcesPointToExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java", "README.md")) {
            Path dir = baseDir().resolve(root);
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = PAGE_LINK.matcher(read(f));
                    while (m.find()) {
                        if (!m.group().contains("IAMxxx")
                                && !Files.isRegularFile(baseDir().resolve(m.group()))) {
                            missing.add(baseDir().relativize(f) + " -> " + m.group());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void relativeLinksOfThePagesAndTheReadmeResolve() throws IOException {
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(baseDir().resolve("src/site/markdown"))) {
            files.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        if (Files.isRegularFile(baseDir().resolve("README.md"))) {
            documents.add(baseDir().resolve("README.md"));
        }
        List<String> broken = new ArrayList<>();
        for (Path doc : documents) {
            Matcher m = MARKDOWN_LINK.matcher(read(doc));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("#") || target.startsWith("mailto:")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (!Files.exists(doc.getParent().resolve(file).normalize())) {
                    broken.add(baseDir().relativize(doc) + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** One example block of a page. */
    record Example(String ruleId, int number, String syntax, boolean failing, String text) {}

    static List<Example> examples(String ruleId, String page) {
        List<Example> out = new ArrayList<>();
        Matcher m = FENCE.matcher(page);
        while (m.find()) {
            out.add(new Example(ruleId, out.size() + 1, m.group(1), m.group(2).equals("failing"), m.group(3)));
        }
        return out;
    }

    @Test
    void everyPageHasAFailingAndAFixedExample() throws IOException {
        for (Map.Entry<String, Path> page : pages().entrySet()) {
            String id = page.getKey().replace(".md", "");
            List<Example> examples = examples(id, read(page.getValue()));
            assertTrue(examples.stream().anyMatch(Example::failing), id + ": no failing example");
            assertTrue(examples.stream().anyMatch(e -> !e.failing()), id + ": no fixed example");
        }
    }

    @TestFactory
    Stream<DynamicTest> examplesBehaveAsThePagesSay() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Path> page : pages().entrySet()) {
            String id = page.getKey().replace(".md", "");
            for (Example e : examples(id, read(page.getValue()))) {
                tests.add(DynamicTest.dynamicTest(
                        id + " example " + e.number() + " (" + (e.failing() ? "failing" : "fixed") + ")",
                        () -> check(e)));
            }
        }
        return tests.stream();
    }

    private void check(Example e) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(e.ruleId() + "-" + e.number()));
        Files.writeString(dir.resolve("policy." + e.syntax()), e.text(), StandardCharsets.UTF_8);
        RuleSettings settings = RuleSettings.DEFAULT;
        if (e.ruleId().equals("IAM302")) {
            settings = settings.withSemantic(SemanticOptions.DEFAULT.withReference(reference()));
        }
        if (e.ruleId().equals("IAM303")) {
            settings = settings.withSemantic(
                    SemanticOptions.DEFAULT.withForbidden(ForbiddenAccess.presets(List.of("sensitive-data"))));
        }
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, settings, 1);
        List<Finding> findings = new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog())
                .scan(options, message -> {})
                .findings();
        List<String> shown = findings.stream()
                .map(f -> f.rule().id() + " " + f.severity().id() + " " + f.location() + ": " + f.message())
                .toList();
        if (System.getProperty("pages.debug") != null) {
            System.out.println(
                    "### " + e.ruleId() + " " + e.number() + " " + e.failing() + "\n  " + String.join("\n  ", shown));
        }
        boolean reported = findings.stream().anyMatch(f -> f.rule().id().equals(e.ruleId()));
        if (e.failing()) {
            assertTrue(reported, e.ruleId() + " example " + e.number() + " should fail but got " + shown);
        } else {
            assertFalse(reported, e.ruleId() + " example " + e.number() + " should be fixed but got " + shown);
            for (Finding f : findings) {
                if (f.severity() == Severity.ERROR) {
                    fail(e.ruleId() + " example " + e.number() + ": the fix has an error of another rule: " + shown);
                }
            }
        }
    }

    private SemanticOptions.Reference reference() throws IOException {
        Path file = tmp.resolve("reference/aws-self-manage.json");
        Files.createDirectories(file.getParent());
        try (InputStream in = RulePagesTest.class.getClassLoader().getResourceAsStream(REFERENCE)) {
            assertTrue(in != null, "the plugin ships " + REFERENCE);
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ExtractedFile extracted = new PolicyExtractor().extract(new SourceFile(file, REFERENCE));
        assertFalse(extracted.policies().isEmpty());
        return new SemanticOptions.Reference("classpath:" + REFERENCE, extracted.policies());
    }
}
