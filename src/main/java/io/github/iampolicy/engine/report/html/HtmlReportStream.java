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
package io.github.iampolicy.engine.report.html;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.report.CheckTally;
import io.github.iampolicy.engine.report.ReportContext;
import io.github.iampolicy.engine.report.ReportSpool;
import io.github.iampolicy.engine.report.ReportStream;
import io.github.iampolicy.engine.report.ToolInfo;
import io.github.iampolicy.engine.scan.ScanResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The html report written as files finish, with {@link HtmlReportWriter}'s content: the file sections and the
 * policy rows wait in spools, since the summary and the findings by rule (counted per rule, so bounded by the
 * rules) come before them.
 */
final class HtmlReportStream implements ReportStream {

    private final Path out;
    private final ToolInfo tool;
    private final ReportSpool files;
    private final ReportSpool policies;
    private final Map<String, HtmlReportWriter.RuleCount> rules = new TreeMap<>();
    private int fileIndex;

    HtmlReportStream(Path out, ReportContext context) throws IOException {
        this.out = out;
        this.tool = context.tool();
        this.files = new ReportSpool(out, ".files");
        this.policies = new ReportSpool(out, ".policies");
    }

    @Override
    public void file(List<Finding> findings, List<ScanResult.PolicySummary> found) throws IOException {
        Html h = new Html();
        for (Map.Entry<String, List<Finding>> e :
                HtmlReportWriter.group(findings, Finding::file).entrySet()) {
            HtmlReportWriter.fileSection(h, fileIndex++, e.getKey(), e.getValue(), tool);
        }
        findings.forEach(f -> HtmlReportWriter.RuleCount.add(rules, f));
        files.writer().write(h.toString());
        Html p = new Html();
        found.forEach(x -> HtmlReportWriter.policyRow(p, x));
        policies.writer().write(p.toString());
    }

    @Override
    public List<String> finish(CheckTally totals) throws IOException {
        ReportSpool.publish(out, o -> {
            Html top = new Html();
            HtmlReportWriter.top(top, totals, List.copyOf(rules.values()), tool);
            if (fileIndex > 0) {
                HtmlReportWriter.filesHead(top);
            }
            write(o, HtmlReportWriter.HEAD + top);
            files.copyTo(o);
            if (totals.policies() > 0) {
                Html head = new Html();
                HtmlReportWriter.policiesHead(head);
                write(o, head.toString());
                policies.copyTo(o);
                write(o, new Html().close("table").toString());
            }
            write(o, new Html().close("section") + HtmlReportWriter.TAIL);
        });
        return List.of();
    }

    private static void write(OutputStream o, String s) throws IOException {
        o.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try {
            files.close();
        } finally {
            policies.close();
        }
    }
}
