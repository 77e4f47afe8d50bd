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

import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        List<SuppressionEntry> active = new ArrayList<>();
        for (SuppressionEntry e : entries) {
            if (e.activeOn(today)) {
                active.add(e);
            } else {
                notices.add("suppression " + e.describe() + " expired on " + e.until()
                        + " and no longer applies; remove it or set a new until date (reason was: " + e.reason()
                        + ")");
            }
        }
        List<InlineSuppression> inline = new ArrayList<>();
        for (InlineSuppression s : written) {
            if (s.hasReason()) {
                inline.add(s);
            } else {
                notices.add("inline suppression " + s.describe()
                        + " has no reason and does not apply; give one, e.g. Metadata: iam-policy: suppress:"
                        + " [{id: " + s.ruleId() + ", reason: ...}]");
            }
        }

        // a big project has thousands of findings and inline suppressions: look only at the finding's file
        Map<String, List<InlineSuppression>> byFile =
                inline.stream().collect(Collectors.groupingBy(InlineSuppression::file));
        Set<SuppressionEntry> usedEntries = new HashSet<>();
        Set<InlineSuppression> usedInline = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Set<String> known = baseline == null ? Set.of() : baseline.fingerprints();
        List<Finding> findings = new ArrayList<>();
        for (Finding f : scanned) {
            Finding marked = f;
            InlineSuppression in = byFile.getOrDefault(f.file(), List.of()).stream()
                    .filter(s -> s.covers(f))
                    .findFirst()
                    .orElse(null);
            if (in != null) {
                usedInline.add(in);
                marked = marked.withSuppression(in.suppression());
            }
            for (SuppressionEntry e : active) {
                if (e.matches(f)) {
                    usedEntries.add(e);
                    if (marked.suppression() == null) {
                        marked = marked.withSuppression(e.suppression());
                    }
                }
            }
            if (baseline != null) {
                marked = marked.withBaselineState(
                        known.contains(f.fingerprint()) ? BaselineState.UNCHANGED : BaselineState.NEW);
                seen.add(f.fingerprint());
            }
            findings.add(marked);
        }

        List<String> unused = new ArrayList<>();
        active.stream().filter(e -> !usedEntries.contains(e)).forEach(e -> unused.add(e.describe()));
        new LinkedHashSet<>(inline)
                .stream().filter(s -> !usedInline.contains(s)).forEach(s -> unused.add("inline " + s.describe()));
        List<Baseline.Entry> fixed = baseline == null
                ? List.of()
                : baseline.entries().stream()
                        .filter(e -> !seen.contains(e.fingerprint()))
                        .toList();
        return new Outcome(findings, notices, unused, fixed);
    }
}
