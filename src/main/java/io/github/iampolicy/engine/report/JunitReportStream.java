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
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ScanResult;
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
 * {@link JunitReportWriter}'s report written as files finish, with the same content. The test cases wait in
 * spools because the suite's counts come first. The batch report lists the files with policies in policy
 * order and then the files that only have findings (e.g. one that does not parse), so those go to a second
 * spool, copied after the first.
 */
final class JunitReportStream implements ReportStream {

    private final Path out;
    private final ReportContext context;
    private final ReportSpool withPolicies;
    private final ReportSpool findingsOnly;
    private final XMLStreamWriter main;
    private final XMLStreamWriter extra;
    private long emptyFiles;

    JunitReportStream(Path out, ReportContext context) throws IOException {
        this.out = out;
        this.context = context;
        this.withPolicies = new ReportSpool(out, ".cases");
        this.findingsOnly = new ReportSpool(out, ".more");
        try {
            XMLOutputFactory factory = XMLOutputFactory.newFactory();
            this.main = factory.createXMLStreamWriter(withPolicies.writer());
            this.extra = factory.createXMLStreamWriter(findingsOnly.writer());
        } catch (XMLStreamException e) {
            close();
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    @Override
    public void file(List<Finding> findings, List<ScanResult.PolicySummary> policies) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        policies.forEach(p -> byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()));
        int withPolicy = byFile.size();
        findings.forEach(
                f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        int i = 0;
        try {
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                XMLStreamWriter x = i++ < withPolicy ? main : extra;
                String file = e.getKey() == null ? "" : JunitReportWriter.xml(context.repositoryPath(e.getKey()));
                if (e.getValue().isEmpty()) {
                    emptyFiles++;
                    JunitReportWriter.testCase(x, file, "no findings");
                    x.writeEndElement();
                    x.writeCharacters("\n");
                }
                for (Finding f : e.getValue()) {
                    JunitReportWriter.testCase(
                            x,
                            file,
                            f.rule().id() + " " + f.rule().name() + (f.location() == null ? "" : " " + f.location()));
                    x.writeStartElement(f.counts() ? "failure" : "skipped");
                    x.writeAttribute("message", JunitReportWriter.xml(ReportSupport.text(f.message())));
                    if (f.counts()) {
                        x.writeAttribute(
                                "type", f.rule().id() + " " + f.severity().id());
                        x.writeCharacters(JunitReportWriter.xml(ReportSupport.text(f.message())));
                    }
                    x.writeEndElement();
                    x.writeEndElement();
                    x.writeCharacters("\n");
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> finish(CheckTally totals) throws IOException {
        long failures = 0;
        for (Severity s : Severity.values()) {
            failures += totals.count(s);
        }
        long failed = failures;
        long skipped = totals.findings() - failures;
        long tests = totals.findings() + emptyFiles;
        try {
            main.flush();
            extra.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        ReportSpool.publish(out, o -> {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(o, "UTF-8");
                x.writeStartDocument("UTF-8", "1.0");
                x.writeCharacters("\n");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", "iam-policy");
                x.writeAttribute("tests", Long.toString(tests));
                x.writeAttribute("failures", Long.toString(failed));
                x.writeAttribute("errors", "0");
                x.writeAttribute("skipped", Long.toString(skipped));
                x.writeCharacters("\n");
                x.flush();
                withPolicies.copyTo(o);
                findingsOnly.copyTo(o);
                x.writeEndElement();
                x.writeCharacters("\n");
                x.writeEndDocument();
                x.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
            }
        });
        return List.of();
    }

    @Override
    public void close() throws IOException {
        try {
            withPolicies.close();
        } finally {
            findingsOnly.close();
        }
    }
}
