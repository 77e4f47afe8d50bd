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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@link Triage} one file at a time, for a scan that hands its files on as they finish. What it keeps is
 * bounded by the configuration: which suppressions file entries were used, which baseline fingerprints were
 * seen, and the inline suppressions that matched nothing (each one is written in a scanned file); no finding
 * stays here once its file is triaged.
 *
 * <p>{@link Triage#apply} runs through this class too, with the whole scan as one piece, so both decide each
 * finding the same way.
 */
public final class TriageStream {

    private final List<SuppressionEntry> active = new ArrayList<>();
    private final Set<SuppressionEntry> usedEntries = new HashSet<>();
    private final Set<String> known;
    private final Set<String> seen = new HashSet<>();
    private final Baseline baseline;
    private final List<String> unusedInline = new ArrayList<>();
    private final Consumer<String> notices;

    /**
     * @param notices receives what the user should fix as it is found: expired entries at once, inline
     *                suppressions without a reason as their file is triaged
     */
    public TriageStream(Triage triage, Consumer<String> notices) {
        this.notices = notices;
        this.baseline = triage.baseline();
        this.known = baseline == null ? Set.of() : baseline.fingerprints();
        for (SuppressionEntry e : triage.entries()) {
            if (e.activeOn(triage.today())) {
                active.add(e);
            } else {
                notices.accept("suppression " + e.describe() + " expired on " + e.until()
                        + " and no longer applies; remove it or set a new until date (reason was: " + e.reason()
                        + ")");
            }
        }
    }

    /**
     * The findings of one piece of the scan (a file), marked, in the same order.
     *
     * @param written the inline suppressions written in the piece's files
     */
    public List<Finding> file(List<Finding> findings, List<InlineSuppression> written) {
        List<InlineSuppression> inline = new ArrayList<>();
        for (InlineSuppression s : written) {
            if (s.hasReason()) {
                inline.add(s);
            } else {
                notices.accept("inline suppression " + s.describe()
                        + " has no reason and does not apply; give one, e.g. Metadata: iam-policy: suppress:"
                        + " [{id: " + s.ruleId() + ", reason: ...}]");
            }
        }
        // a big piece has thousands of findings and inline suppressions: look only at the finding's file
        Map<String, List<InlineSuppression>> byFile =
                inline.stream().collect(Collectors.groupingBy(InlineSuppression::file));
        Set<InlineSuppression> used = new HashSet<>();
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            marked.add(decide(f, byFile.getOrDefault(f.file(), List.of()), used));
        }
        new LinkedHashSet<>(inline)
                .stream().filter(s -> !used.contains(s)).forEach(s -> unusedInline.add("inline " + s.describe()));
        return marked;
    }

    /**
     * One finding's fate. An inline suppression wins over a file entry (it sits next to the code it excuses);
     * of several matching file entries the first gives the reason and all count as used, so that redundant
     * entries are not reported as unused.
     */
    private Finding decide(Finding f, List<InlineSuppression> inline, Set<InlineSuppression> usedInline) {
        Finding marked = f;
        InlineSuppression in =
                inline.stream().filter(s -> s.covers(f)).findFirst().orElse(null);
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
            boolean inBaseline = known.contains(f.fingerprint());
            marked = marked.withBaselineState(inBaseline ? BaselineState.UNCHANGED : BaselineState.NEW);
            if (inBaseline) {
                seen.add(f.fingerprint()); // only baseline fingerprints: the set is bounded by the baseline
            }
        }
        return marked;
    }

    /** Suppressions that matched no finding so far, described for the log: file entries, then inline ones. */
    public List<String> unused() {
        List<String> unused = new ArrayList<>();
        active.stream().filter(e -> !usedEntries.contains(e)).forEach(e -> unused.add(e.describe()));
        unused.addAll(unusedInline);
        return unused;
    }

    /** Baseline entries no finding so far had. */
    public List<Baseline.Entry> fixed() {
        return baseline == null
                ? List.of()
                : baseline.entries().stream()
                        .filter(e -> !seen.contains(e.fingerprint()))
                        .toList();
    }
}
