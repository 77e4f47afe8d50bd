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

import java.io.IOException;
import java.nio.file.Path;
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
