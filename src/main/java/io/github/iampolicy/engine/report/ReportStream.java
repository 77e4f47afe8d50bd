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
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A report written while a scan runs: it takes the findings of each file as the file finishes, keeps what it
 * needs on disk next to the report, and writes the report in one piece when the scan ends. Until then the
 * report of an earlier build stays as it was, so a reader never sees half a file.
 */
public interface ReportStream extends Closeable {

    /**
     * One file's findings as triage left them, in report order, and the policies found in it. Files come in
     * report order (sorted by path).
     */
    void file(List<Finding> findings, List<ScanResult.PolicySummary> policies) throws IOException;

    /**
     * Writes the report and moves it into place.
     *
     * @param totals the whole scan's counts and totals
     * @return what the user should know about this report (e.g. results left out), one line each
     */
    List<String> finish(CheckTally totals) throws IOException;

    /** Removes what the stream kept on disk; called whether or not the report was finished. */
    @Override
    void close() throws IOException;
}
