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

import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ScanResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the verdict, the summary line and the report headers need of a scan, counted as findings go by: counts
 * by severity, suppressed and baselined, policies, and the first failing findings of each severity for the
 * failure message. Its size does not depend on the number of files or findings.
 *
 * <p>Fed one finding at a time in report order; not thread-safe (a streamed scan hands files on one at a
 * time).
 */
public final class CheckTally {

    /** Failing findings kept per severity: the most a failure message lists (see {@link CheckVerdict}). */
    public static final int KEPT = CheckVerdict.QUIET_MAX_LISTED;

    private final Severity threshold;
    private final int kept;
    private final Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    private final Map<Severity, List<Finding>> failing = new EnumMap<>(Severity.class);
    private long suppressed;
    private long baselined;
    private long findings;
    private long policies;
    private String catalogDate = "";
    private int filesScanned;
    private List<RuleInfo> rules = List.of();

    /**
     * @param threshold the lowest severity that fails the build, or {@code null} for none
     * @param kept      failing findings kept per severity for the failure message
     */
    public CheckTally(Severity threshold, int kept) {
        this.threshold = threshold;
        this.kept = Math.max(0, kept);
    }

    /** A tally keeping {@value #KEPT} failing findings per severity. */
    public CheckTally(Severity threshold) {
        this(threshold, KEPT);
    }

    /** The tally of a whole scan result, its scan totals included. */
    public static CheckTally of(ScanResult r, Severity threshold, int kept) {
        CheckTally t = new CheckTally(threshold, kept);
        r.findings().forEach(t::finding);
        t.policies(r.policies().size());
        t.scanned(r);
        return t;
    }

    /** A finding as triage left it. */
    public void finding(Finding f) {
        findings++;
        if (f.counts()) {
            counts.merge(f.severity(), 1L, Long::sum);
            if (fails(f)) {
                List<Finding> first = failing.computeIfAbsent(f.severity(), s -> new ArrayList<>());
                if (first.size() < kept) {
                    first.add(f);
                }
            }
        }
        if (f.suppression() != null) {
            suppressed++;
        } else if (f.baselineState() == BaselineState.UNCHANGED) {
            baselined++;
        }
    }

    /** Whether {@code f} alone fails the build. */
    public boolean fails(Finding f) {
        return threshold != null && f.counts() && f.severity().atLeast(threshold);
    }

    public void policies(long n) {
        policies += n;
    }

    /** Takes the totals of the scan (files, catalog, rules); its findings are counted one by one. */
    public void scanned(ScanResult scan) {
        catalogDate = scan.catalogDate();
        filesScanned = scan.filesScanned();
        rules = scan.rules();
    }

    /** Whether some finding fails the build. */
    public boolean fails() {
        return threshold != null && failingCount() > 0;
    }

    public Severity threshold() {
        return threshold;
    }

    /** Findings of this severity that count: suppressed and baselined ones are counted apart. */
    public long count(Severity severity) {
        return counts.getOrDefault(severity, 0L);
    }

    /** Counting findings at or above the threshold. */
    public long failingCount() {
        long n = 0;
        for (Severity s : Severity.values()) {
            if (threshold != null && s.atLeast(threshold)) {
                n += count(s);
            }
        }
        return n;
    }

    /** The first failing findings, most severe first, then in report order; at most {@code max}. */
    public List<Finding> firstFailing(int max) {
        List<Finding> first = new ArrayList<>();
        for (Severity s : Severity.values()) {
            for (Finding f : failing.getOrDefault(s, List.of())) {
                if (first.size() < max) {
                    first.add(f);
                }
            }
        }
        return first;
    }

    public long suppressedCount() {
        return suppressed;
    }

    /** Findings in the baseline that are not also suppressed. */
    public long baselinedCount() {
        return baselined;
    }

    /** Every finding, counting or not. */
    public long findings() {
        return findings;
    }

    public long policies() {
        return policies;
    }

    public String catalogDate() {
        return catalogDate;
    }

    public int filesScanned() {
        return filesScanned;
    }

    /** The rules that ran, in id order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Findings held for the failure message: at most {@code kept} per severity. */
    int held() {
        return failing.values().stream().mapToInt(List::size).sum();
    }
}
