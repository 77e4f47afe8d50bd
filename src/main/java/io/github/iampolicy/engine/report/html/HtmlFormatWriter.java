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

import io.github.iampolicy.engine.report.ReportContext;
import io.github.iampolicy.engine.report.ReportStream;
import io.github.iampolicy.engine.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code html} format: the same page the site report shows, as a standalone file a CI job can keep as an
 * artifact without running {@code mvn site}.
 */
public final class HtmlFormatWriter implements ReportWriter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "iam-policy.html";
    }

    @Override
    public ReportStream stream(Path out, ReportContext context) throws IOException {
        return new HtmlReportStream(out, context);
    }
}
