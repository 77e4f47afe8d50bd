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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per finding that counts:
 * {@code ::error file=mod/src/keys.json,line=11,col=19,title=IAM201 user-resource-wildcard::<message>}.
 * Printed on the build's standard output in a workflow step, they become annotations on the pull request's
 * files. Severities map to {@code error}, {@code warning} and {@code notice}; suppressed and baselined
 * findings are left out, as the console leaves them out.
 *
 * <p>Paths are from the repository root (GitHub resolves them there). Escaping follows the Actions toolkit:
 * in the message {@code %}, CR and LF become {@code %25}, {@code %0D}, {@code %0A}; in property values also
 * {@code :} and {@code ,} ({@code %3A}, {@code %2C}), so a policy's text can neither end the command nor start
 * another one.
 */
public final class GithubAnnotationsWriter implements ReportWriter {

    /** The writer as {@link ReportFormats} lists it. */
    public GithubAnnotationsWriter() {}

    @Override
    public String format() {
        return "github";
    }

    @Override
    public String fileName() {
        return "iam-policy-github.txt";
    }

    @Override
    public boolean console() {
        return true;
    }

    @Override
    public ReportStream stream(Path out, ReportContext context) throws IOException {
        ReportSpool lines = new ReportSpool(out, ".lines");
        return new ReportStream() {
            @Override
            public void file(List<Finding> findings, List<ScanResult.PolicySummary> policies) throws IOException {
                for (Finding f : findings) {
                    if (f.counts()) {
                        lines.writer().write(command(f, context.repositoryPath(f.file())));
                        lines.writer().write('\n');
                    }
                }
            }

            @Override
            public List<String> finish(CheckTally totals) throws IOException {
                ReportSpool.publish(out, lines::copyTo);
                return List.of();
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    /** The commands, one per counting finding, in report order, as the report holds them. */
    public static List<String> lines(ScanResult result, ReportContext context) throws IOException {
        String text = new String(new GithubAnnotationsWriter().render(result, context), StandardCharsets.UTF_8);
        return text.lines().toList();
    }

    static String command(Finding f, String path) {
        String level = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
        StringBuilder b = new StringBuilder("::").append(level).append(' ');
        if (path != null && !path.isEmpty()) {
            b.append("file=").append(property(path)).append(',');
            if (f.location() != null) {
                b.append("line=").append(f.location().line()).append(',');
                b.append("col=").append(f.location().column()).append(',');
            }
        }
        b.append("title=").append(property(f.rule().id() + " " + f.rule().name()));
        return b.append("::").append(data(ReportSupport.text(f.message()))).toString();
    }

    /** The toolkit's escapeData. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The toolkit's escapeProperty. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
