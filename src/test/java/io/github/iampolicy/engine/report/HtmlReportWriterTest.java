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
package io.github.iampolicy.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.report.html.HtmlReportWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportWriterTest {

    private static final ToolInfo TOOL = ToolInfo.plugin("1.2.3", "https://docs.example.com/rules/");

    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void summaryCountsWhatTheScanFound() throws Exception {
        Document page = parse(writer.body(ReportFixtures.sample(), TOOL));
        assertEquals("12", summary(page, "Files scanned"));
        assertEquals("5", summary(page, "Policies"));
        assertEquals("2", summary(page, "Errors"));
        assertEquals("3", summary(page, "Warnings"));
        assertEquals("1", summary(page, "Notes"));
        assertEquals("0", summary(page, "Suppressed"));
        assertEquals("iam-policy-maven-plugin 1.2.3", summary(page, "Tool"));
    }

    @Test
    void findingsAreListedByRuleAndByFileWithLinksToTheRulePages() throws Exception {
        String body = writer.body(ReportFixtures.sample(), TOOL);
        Document page = parse(body);
        // one row per rule with the number of its findings
        Element iam207 = byId(page, "rule-IAM207");
        assertEquals("2", cells(iam207).item(3).getTextContent());
        assertEquals("other-users-credential-reads", cells(iam207).item(1).getTextContent());
        // one heading per file, in path order
        NodeList headings = page.getElementsByTagName("h4");
        assertEquals(2, headings.getLength());
        assertEquals("infra/cfn.yaml", headings.item(0).getTextContent());
        assertEquals(ReportFixtures.KEYS, headings.item(1).getTextContent());
        // every rule id links to its page: in the rule table and in each finding's row
        assertEquals(1 + 2, count(body, "href=\"https://docs.example.com/rules/IAM207.md\""));
        assertTrue(body.contains("<td>21:11</td>"), body);
    }

    @Test
    void everyPolicyIsListedWithItsKindFindingsOrNot() throws Exception {
        String body = writer.body(ReportFixtures.sample(), TOOL);
        assertTrue(
                body.contains("<tr><td><code>src/main/resources/policies/read.json</code></td>"
                        + "<td>(whole file)</td><td>identity</td></tr>"),
                body);
        assertTrue(body.contains("<td>Resources.Trust.Properties.AssumeRolePolicyDocument</td><td>trust</td>"), body);
        assertFalse(writer.body(ReportFixtures.empty(), TOOL).contains("<h3>Policies</h3>"));
    }

    @Test
    void aSemanticFindingShowsItsCounterexample() throws Exception {
        Document page = parse(writer.body(ReportFixtures.sample(), TOOL));
        NodeList blocks = page.getElementsByTagName("div");
        assertEquals(2, blocks.getLength(), "the wrapper and one counterexample");
        String text = blocks.item(1).getTextContent();
        assertTrue(text.contains("user = alice"), text);
        assertTrue(text.contains("action = iam:CreateAccessKey"), text);
        assertTrue(text.contains("resource = arn:aws:iam::123456789012:user/bob"), text);
        assertTrue(text.contains("aws:MultiFactorAuthPresent = true"), text);
    }

    @Test
    void textFromPolicyFilesIsEscaped() throws Exception {
        Finding hostile = ReportFixtures.finding(
                ReportFixtures.IAM201,
                Severity.ERROR,
                "x/<b>\"q\".json",
                1,
                1,
                "",
                "<script>alert(1)</script>",
                "allows <img src=x onerror=alert(1)> & more",
                "*");
        String body = writer.body(ReportFixtures.of(List.of(hostile)), TOOL);
        assertFalse(body.contains("<script>"), body);
        assertFalse(body.contains("<img"), body);
        Document page = parse(body);
        assertEquals("x/<b>\"q\".json", page.getElementsByTagName("h4").item(0).getTextContent());
    }

    @Test
    void suppressedAndBaselinedFindingsStayListedWithTheirStatus() throws Exception {
        Finding suppressed = ReportFixtures.keysFinding(9, 7)
                .withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "reviewed by security", "s.json"));
        String body = writer.body(ReportFixtures.of(List.of(suppressed)), TOOL);
        Document page = parse(body);
        assertEquals("1", summary(page, "Suppressed"));
        assertEquals("0", summary(page, "Errors"));
        assertTrue(body.contains("suppressed: reviewed by security"), body);
        // the rule table says it has one finding, none of which counts
        Element row = byId(page, "rule-IAM201");
        assertEquals("1", cells(row).item(3).getTextContent());
        assertEquals("0", cells(row).item(4).getTextContent());
    }

    @Test
    void noRulePagesMeansNoLinksAndAnEmptyScanSaysSo() throws Exception {
        ToolInfo bare = new ToolInfo("tool", null, null);
        String body = writer.body(ReportFixtures.sample(), bare);
        assertFalse(body.contains("<a "), body);
        String empty = writer.body(ReportFixtures.empty(), TOOL);
        assertTrue(empty.contains("<p>No findings.</p>"), empty);
        assertFalse(empty.contains("<h4"), empty);
    }

    @Test
    void writesAStandaloneDocumentTheSameEveryTime(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a/b/iam-policy.html");
        writer.write(ReportFixtures.sample(), out, TOOL);
        String first = Files.readString(out);
        writer.write(ReportFixtures.sample(), out, TOOL);
        assertEquals(first, Files.readString(out));
        assertTrue(first.startsWith("<!DOCTYPE html>"), first);
        assertTrue(first.contains(writer.body(ReportFixtures.sample(), TOOL)));
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file left");
        }
    }

    private static Document parse(String body) throws Exception {
        // the body must be well-formed: the Maven site embeds it into its own XHTML page
        String xml = "<div>" + body + "</div>";
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String summary(Document page, String name) {
        NodeList rows = page.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            NodeList th = row.getElementsByTagName("th");
            if (th.getLength() == 1 && th.item(0).getTextContent().equals(name)) {
                return row.getElementsByTagName("td").item(0).getTextContent();
            }
        }
        throw new AssertionError("no summary row " + name);
    }

    private static Element byId(Document page, String id) {
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static NodeList cells(Element row) {
        return row.getElementsByTagName("td");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
