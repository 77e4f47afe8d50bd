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
package io.github.iampolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The scan parameters are declared twice - in {@link AbstractScanMojo} for {@code check} and {@code baseline}, in
 * {@link AbstractReportMojo} for the site reports, which extend maven-reporting-impl's class - and must read the
 * same: this compares them in the plugin descriptor the build generates, as Maven and {@code help:describe} see
 * them.
 */
class ScanParameterDeclarationsTest {

    /** Parameters of {@code check} that are about checking, not scanning: the reports have none of them. */
    private static final Set<String> CHECK_ONLY = Set.of(
            "failOnSeverity",
            "outputDirectory",
            "failIfNoPolicies",
            "failOnUnusedSuppressions",
            "formats",
            "repositoryRoot",
            "aggregateSarifFile",
            "session",
            "project");

    private static final Set<String> SHARED_WITH_REPORTS = Set.of("baselineFile", "rulesDocumentationUrl");

    private static Map<String, Map<String, Declaration>> goals;

    /** What a user sees of a parameter; {@code description} too, so the goals document it alike. */
    record Declaration(String type, String property, String defaultValue, String required, String description) {
        Declaration withoutDescription() {
            return new Declaration(type, property, defaultValue, required, null);
        }
    }

    @BeforeAll
    static void readDescriptor() throws Exception {
        goals = declarations(descriptor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "aggregate", "baseline"})
    void everyScanParameterIsDeclaredAsCheckDeclaresIt(String goal) {
        Map<String, Declaration> check = goals.get("check");
        Map<String, Declaration> other = goals.get(goal);
        assertNotNull(other, goal);
        for (String name : scanParameters()) {
            assertNotNull(check.get(name), "check does not declare " + name);
            assertNotNull(other.get(name), goal + " does not declare " + name);
            assertEquals(check.get(name), other.get(name), goal + " declares " + name + " unlike check");
        }
    }

    /** The two parameters the reports share with check beyond the scan; their descriptions say what a page does. */
    @ParameterizedTest
    @ValueSource(strings = {"report", "aggregate"})
    void theReportsBaselineAndLinkAsCheckDoes(String goal) {
        for (String name : SHARED_WITH_REPORTS) {
            Declaration check = goals.get("check").get(name);
            Declaration report = goals.get(goal).get(name);
            assertNotNull(report, goal + " does not declare " + name);
            assertEquals(check.withoutDescription(), report.withoutDescription(), goal + ": " + name);
        }
    }

    /** A parameter added to check is a scan parameter (and then the reports need it) or says it is not. */
    @Test
    void everyParameterOfCheckIsAccountedFor() {
        Set<String> known = new TreeSet<>(scanParameters());
        known.addAll(CHECK_ONLY);
        known.addAll(SHARED_WITH_REPORTS);
        assertEquals(known, goals.get("check").keySet());
    }

    /** The comparison sees a difference: the default of baseline's baselineFile is not check's. */
    @Test
    void aDifferentDefaultIsSeen() {
        Declaration check = goals.get("check").get("baselineFile");
        Declaration baseline = goals.get("baseline").get("baselineFile");
        assertEquals(check.property(), baseline.property());
        assertNotEquals(check.withoutDescription(), baseline.withoutDescription());
        assertEquals("${project.basedir}/iam-policy-baseline.json", baseline.defaultValue());
    }

    /** The parameters {@link ScanSettings} carries, and {@code skip}. */
    private static Set<String> scanParameters() {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : ScanSettings.class.getRecordComponents()) {
            names.add(c.getName());
        }
        names.add("skip");
        return names;
    }

    static Map<String, Map<String, Declaration>> declarations(Document descriptor) {
        Map<String, Map<String, Declaration>> byGoal = new TreeMap<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            Map<String, Element> configuration = new TreeMap<>();
            Element config = child(mojo, "configuration");
            if (config != null) {
                for (Node n = config.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        configuration.put(e.getTagName(), e);
                    }
                }
            }
            Map<String, Declaration> parameters = new TreeMap<>();
            Element list = child(mojo, "parameters");
            for (Node n = list == null ? null : list.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element p) {
                    String name = text(p, "name");
                    Element c = configuration.get(name);
                    String expression = c == null ? null : c.getTextContent().trim();
                    String defaultValue =
                            c == null || !c.hasAttribute("default-value") ? null : c.getAttribute("default-value");
                    parameters.put(
                            name,
                            new Declaration(
                                    text(p, "type"),
                                    expression,
                                    defaultValue,
                                    text(p, "required"),
                                    text(p, "description")));
                }
            }
            byGoal.put(text(mojo, "goal"), parameters);
        }
        return byGoal;
    }

    private static Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        String resource = "META-INF/maven/plugin.xml";
        try (InputStream in =
                ScanParameterDeclarationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " (generated by maven-plugin-plugin before the tests run)");
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? null : e.getTextContent().trim();
    }
}
