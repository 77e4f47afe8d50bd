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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A JUnit XML report ({@code TEST-iam-policy.xml}, the name surefire's reports have, so CI test views that
 * collect {@code TEST-*.xml} pick it up): one test suite {@code iam-policy}; a test case per finding, named by
 * rule and position with the file as class name, failed when the finding counts and skipped when it is
 * suppressed or baselined; and one passing test case per policy file without findings, so a clean project
 * shows its policies as passed tests.
 *
 * <p>Characters XML 1.0 cannot carry (most control characters) are written as {@code \\uXXXX}.
 */
public final class JunitReportWriter implements ReportWriter {

    /** The writer as {@link ReportFormats} lists it. */
    public JunitReportWriter() {}

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "TEST-iam-policy.xml";
    }

    @Override
    public ReportStream stream(Path out, ReportContext context) throws IOException {
        return new JunitReportStream(out, context);
    }

    @Override
    public byte[] render(ScanResult result, ReportContext context) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        result.policies().forEach(p -> byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()));
        result.findings()
                .forEach(f ->
                        byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        long failures = result.findings().stream().filter(Finding::counts).count();
        long skipped = result.findings().size() - failures;
        long tests = result.findings().size()
                + byFile.values().stream().filter(List::isEmpty).count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "iam-policy");
            x.writeAttribute("tests", Long.toString(tests));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", Long.toString(skipped));
            x.writeCharacters("\n");
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                String file = e.getKey() == null ? "" : xml(context.repositoryPath(e.getKey()));
                if (e.getValue().isEmpty()) {
                    testCase(x, file, "no findings");
                    x.writeEndElement();
                    x.writeCharacters("\n");
                }
                for (Finding f : e.getValue()) {
                    testCase(
                            x,
                            file,
                            f.rule().id() + " " + f.rule().name() + (f.location() == null ? "" : " " + f.location()));
                    x.writeStartElement(f.counts() ? "failure" : "skipped");
                    x.writeAttribute("message", xml(ReportSupport.text(f.message())));
                    if (f.counts()) {
                        x.writeAttribute(
                                "type", f.rule().id() + " " + f.severity().id());
                        x.writeCharacters(xml(ReportSupport.text(f.message())));
                    }
                    x.writeEndElement();
                    x.writeEndElement();
                    x.writeCharacters("\n");
                }
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static void testCase(XMLStreamWriter x, String file, String name) throws XMLStreamException {
        x.writeCharacters("  ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", file);
        x.writeAttribute("name", name);
    }

    /** Text with every character XML 1.0 cannot hold written as {@code \\uXXXX}. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed =
                    c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (allowed) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }
}
