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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportFormatsTest {

    private static final ReportContext ROOT = ReportContext.of(ToolInfo.plugin("1.2.3"));
    private static final ReportContext MODULE = new ReportContext(ToolInfo.plugin("1.2.3"), "mod-a", null, Map.of());

    // --- registry ------------------------------------------------------------------------------------------

    @Test
    void defaultIsSarifAndJson() {
        assertEquals(
                List.of("sarif", "json"),
                ReportFormats.parse(null).stream().map(ReportWriter::format).toList());
        assertEquals(ReportFormats.parse(ReportFormats.DEFAULT), ReportFormats.parse(null));
    }

    @Test
    void namesAreTrimmedCaseInsensitiveAndListedOnce() {
        assertEquals(
                List.of("junit", "github", "sarif"),
                ReportFormats.parse(" JUnit ,github,,sarif,junit").stream()
                        .map(ReportWriter::format)
                        .toList());
    }

    @Test
    void unknownFormatNamesTheValidOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ReportFormats.parse("sarif,xml"));
        assertTrue(e.getMessage().contains("'xml'"), e.getMessage());
        for (ReportWriter w : ReportFormats.BUILT_IN) {
            assertTrue(e.getMessage().contains(w.format()), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ReportFormats.parse(" , "));
    }

    @Test
    void everyFormatHasItsOwnNameAndFile() {
        Set<String> names = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (ReportWriter w : ReportFormats.BUILT_IN) {
            assertTrue(names.add(w.format()), "format listed twice: " + w.format());
            assertTrue(files.add(w.fileName()), "file shared: " + w.fileName());
        }
    }

    @Test
    void htmlIsTheSitePageAsAStandaloneFileNamingEveryFindingsRule() throws Exception {
        ScanResult sample = ReportFixtures.sample();
        ReportWriter html = ReportFormats.parse("html").get(0);
        assertEquals("iam-policy.html", html.fileName());
        String page = new String(html.render(sample, ROOT), StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertFalse(sample.findings().isEmpty());
        for (Finding f : sample.findings()) {
            assertTrue(page.contains(f.rule().id()), f.rule().id() + " missing in " + page);
        }
    }

    // --- JUnit XML -----------------------------------------------------------------------------------------

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void junitIsWellFormedAndCountsFailuresSkipsAndCleanPolicies() throws Exception {
        ScanResult sample = ReportFixtures.sample();
        Finding first = sample.findings().get(0);
        List<Finding> marked = new java.util.ArrayList<>(sample.findings());
        marked.set(0, first.withSuppression(new Suppression(Suppression.Kind.EXTERNAL, "accepted risk", "s.json")));
        ScanResult r = sample.withFindings(marked);
        Document doc = parse(new JunitReportWriter().render(r, MODULE));
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        NodeList cases = suite.getElementsByTagName("testcase");
        // 6 findings, plus read.json and main.tf.json, which hold a policy and no finding
        assertEquals(8, cases.getLength());
        assertEquals("8", suite.getAttribute("tests"));
        assertEquals("5", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("skipped"));
        assertEquals(5, suite.getElementsByTagName("failure").getLength());
        assertEquals(1, suite.getElementsByTagName("skipped").getLength());
        Set<String> classes = new HashSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            classes.add(((Element) cases.item(i)).getAttribute("classname"));
        }
        assertTrue(classes.contains("mod-a/" + ReportFixtures.KEYS), classes.toString());
        assertTrue(classes.contains("mod-a/src/main/resources/policies/read.json"), classes.toString());
    }

    @Test
    void junitCarriesControlCharactersAndMarkupAsText() throws Exception {
        Finding f = ReportFixtures.finding(
                ReportFixtures.IAM201,
                Severity.ERROR,
                "a&b<c>.json",
                2,
                3,
                "",
                "S",
                "bad \u0001 </failure> & \"x\"",
                "x");
        Document doc = parse(new JunitReportWriter().render(ReportFixtures.of(List.of(f)), ROOT));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals("bad \\u0001 </failure> & \"x\"", failure.getTextContent());
        assertEquals("IAM201 error", failure.getAttribute("type"));
        Element c = (Element) failure.getParentNode();
        assertEquals("a&b<c>.json", c.getAttribute("classname"));
        assertEquals("IAM201 user-resource-wildcard [2,3]", c.getAttribute("name"));
    }

    // --- GitHub workflow annotations ------------------------------------------------------------------------

    @Test
    void githubAnnotationPerCountingFindingWithRepositoryPath() throws IOException {
        List<String> lines = GithubAnnotationsWriter.lines(ReportFixtures.sample(), MODULE);
        assertEquals(6, lines.size());
        assertTrue(
                lines.contains("::error file=mod-a/" + ReportFixtures.KEYS + ",line=9,col=7,"
                        + "title=IAM201 user-resource-wildcard::" + ReportFixtures.MESSAGE.replace("%", "%25")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::warning file=mod-a/infra/cfn.yaml,line=20,col=11,")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::notice file=mod-a/" + ReportFixtures.KEYS)));
    }

    @Test
    void githubEscapingFollowsTheToolkit() throws IOException {
        Finding f = ReportFixtures.finding(
                ReportFixtures.IAM201,
                Severity.ERROR,
                "dir,x/a:b%.json",
                1,
                2,
                "",
                null,
                "100% wrong\r\nnext ::error ::forged, a:b",
                null);
        String line = GithubAnnotationsWriter.lines(ReportFixtures.of(List.of(f)), ROOT)
                .get(0);
        assertEquals(
                "::error file=dir%2Cx/a%3Ab%25.json,line=1,col=2,title=IAM201 user-resource-wildcard::"
                        + "100%25 wrong%0D%0Anext ::error ::forged, a:b",
                line);
        assertFalse(line.contains("\n"));
    }

    @Test
    void githubLeavesAcceptedFindingsOutAndPrintsToTheConsole() throws IOException {
        Finding f = ReportFixtures.keysFinding(9, 7)
                .withSuppression(new Suppression(Suppression.Kind.IN_SOURCE, "ok", "keys.json"));
        GithubAnnotationsWriter w = new GithubAnnotationsWriter();
        assertEquals(0, w.render(ReportFixtures.of(List.of(f)), ROOT).length);
        assertTrue(w.console());
        assertEquals(
                "::error file=" + ReportFixtures.KEYS + ",line=9,col=7,title=IAM201 user-resource-wildcard::x\n",
                new String(
                        w.render(
                                ReportFixtures.of(List.of(ReportFixtures.finding(
                                        ReportFixtures.IAM201,
                                        Severity.ERROR,
                                        ReportFixtures.KEYS,
                                        9,
                                        7,
                                        "",
                                        null,
                                        "x",
                                        null))),
                                ROOT),
                        StandardCharsets.UTF_8));
    }
}
