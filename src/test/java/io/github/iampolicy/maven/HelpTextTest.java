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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.reporting.AbstractMavenReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** What {@code mvn iam-policy:help -Ddetail} shows is written for users, not for the plugin's developers. */
class HelpTextTest {

    /** Words of the code's own vocabulary that mean nothing to a user reading the help. */
    private static final List<String> INTERNAL =
            List.of("mojo", "engine", "oracle", "{@", "@link", "scanresult", "ruleinfo", "todo", "fixme");

    private static String helpDescriptor() throws IOException {
        try (InputStream in = HelpTextTest.class.getResourceAsStream(
                "/META-INF/maven/io.github.iampolicy/iam-policy-maven-plugin/plugin-help.xml")) {
            assertTrue(in != null, "the help descriptor is generated before the tests");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void descriptionsUseNoInternalVocabulary() throws Exception {
        List<String> descriptions = new ArrayList<>();
        NodeList mojos = parse(helpDescriptor()).getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            descriptions.add(text(mojo, "description"));
            Class<?> type = Class.forName(text(mojo, "implementation"));
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                Element parameter = (Element) parameters.item(p);
                if (!inheritedFromReportingImpl(type, text(parameter, "name"))) {
                    descriptions.add(text(parameter, "description"));
                }
            }
        }
        List<String> offending = new ArrayList<>();
        for (String description : descriptions) {
            String d = description.toLowerCase(Locale.ROOT);
            INTERNAL.stream().filter(d::contains).forEach(w -> offending.add(w + ": " + description));
        }
        assertTrue(descriptions.size() > 20, "descriptions found: " + descriptions.size());
        assertEquals(List.of(), offending);
    }

    /**
     * The parameters the report goals inherit from maven-reporting-impl ({@code locale}, {@code outputDirectory}
     * ...) carry that library's own text, which the build copies when its sources can be resolved.
     */
    private static boolean inheritedFromReportingImpl(Class<?> mojo, String parameter) {
        if (!AbstractMavenReport.class.isAssignableFrom(mojo)) {
            return false;
        }
        for (Field f : AbstractMavenReport.class.getDeclaredFields()) {
            if (f.getName().equals(parameter)) {
                return true;
            }
        }
        return false;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** The text of the first {@code tag} directly under {@code parent}; empty when there is none. */
    private static String text(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent();
            }
        }
        return "";
    }

    @Test
    void theRulesGoalIsListed() throws IOException {
        assertTrue(helpDescriptor().contains("<goal>rules</goal>"));
    }
}
