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
package io.github.iampolicy.engine.suppress;

import io.github.iampolicy.engine.model.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies suppressions and a baseline to the findings of a scan. Suppressed and baselined findings stay in
 * the result, marked, so that reports still show them; they no longer count.
 *
 * <p>An inline suppression wins over a file entry (it sits next to the code it excuses). A finding may match
 * several file entries: the first gives the reason, and all of them count as used, so that redundant entries
 * are not reported as unused.
 *
 * @param entries  the suppressions file's entries (empty without one)
 * @param baseline the baseline, or {@code null} for none
 * @param today    the day {@code until} dates are compared with
 */
public record Triage(List<SuppressionEntry> entries, Baseline baseline, LocalDate today) {

    public Triage {
        entries = List.copyOf(entries);
    }

    /**
     * What triage found.
     *
     * @param findings the findings, in the same order, suppressed and baselined ones marked
     * @param notices  things the user should fix: expired entries, inline suppressions without a reason
     * @param unused   suppressions that matched no finding, described for the log
     * @param fixed    baseline entries that no longer occur
     */
    public record Outcome(
            List<Finding> findings, List<String> notices, List<String> unused, List<Baseline.Entry> fixed) {

        public Outcome {
            findings = List.copyOf(findings);
            notices = List.copyOf(notices);
            unused = List.copyOf(unused);
            fixed = List.copyOf(fixed);
        }
    }

    /**
     * @param scanned the findings of a scan
     * @param written the inline suppressions found in the scanned files
     */
    public Outcome apply(List<Finding> scanned, List<InlineSuppression> written) {
        List<String> notices = new ArrayList<>();
        // the whole scan as one piece: the same decisions as a streamed check makes file by file
        TriageStream stream = new TriageStream(this, notices::add);
        List<Finding> findings = stream.file(scanned, written);
        return new Outcome(findings, notices, stream.unused(), stream.fixed());
    }
}
