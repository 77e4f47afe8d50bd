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
package io.github.iampolicy.engine.scan;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.FileCollector;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.suppress.InlineSuppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Finds the policies under a set of roots and applies the rules to each.
 *
 * <p>Each file is read and analysed by one task and its trees dropped when the task ends; tasks run on
 * {@link ScanOptions#effectiveThreads()} threads, so memory grows with the number of findings and threads,
 * not with the size of the project. Results are merged in file order and sorted, so they depend neither on
 * file-system order nor on the number of threads.
 */
public final class PolicyScanner {

    private final List<Rule> rules;
    private final ActionCatalog catalog;

    public PolicyScanner(List<Rule> rules, ActionCatalog catalog) {
        this.rules =
                rules.stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
        this.catalog = catalog;
    }

    /** Scans in a session of its own, closed when the scan ends. */
    public ScanResult scan(ScanOptions options, ScanListener listener) {
        try (AnalysisSession session = new AnalysisSession()) {
            return scan(session, options, listener);
        }
    }

    /**
     * Scans with the caches and helper threads of {@code session}, which the caller closes (the goal does so
     * when it ends).
     */
    public ScanResult scan(AnalysisSession session, ScanOptions options, ScanListener listener) {
        return scan(session, options, listener, true);
    }

    /**
     * Scans and hands each file's findings to {@link ScanListener#fileScanned} only: the result counts the
     * files but holds no finding, policy or suppression, so memory does not grow with them.
     */
    public ScanResult stream(AnalysisSession session, ScanOptions options, ScanListener listener) {
        return scan(session, options, null, null, listener, false);
    }

    /**
     * {@link #stream} over the files of {@code options} and those of {@code more} (other roots and includes,
     * e.g. a CDK cloud assembly, checked with {@code options}' settings) in one pass and one file order, so
     * reports written from the listener stay in order. {@code moreFindings} rewrites the findings of each file
     * of {@code more} (given its path) before the listener sees them; they must stay in {@link Finding#ORDER}.
     */
    public ScanResult stream(
            AnalysisSession session,
            ScanOptions options,
            ScanOptions more,
            BiFunction<String, List<Finding>, List<Finding>> moreFindings,
            ScanListener listener) {
        return scan(session, options, more, moreFindings, listener, false);
    }

    /** The rules that run with {@code settings}, in id order. */
    public List<RuleInfo> rules(RuleSettings settings) {
        return rules.stream()
                .filter(r -> settings.enabled(r.info().id()))
                .map(Rule::info)
                .toList();
    }

    private ScanResult scan(AnalysisSession session, ScanOptions options, ScanListener listener, boolean retain) {
        return scan(session, options, null, null, listener, retain);
    }

    /** A file to check, and whether it is one of the second set of {@link #stream(AnalysisSession, ScanOptions, ScanOptions, BiFunction, ScanListener)}. */
    private record Job(SourceFile file, boolean more) {}

    private ScanResult scan(
            AnalysisSession session,
            ScanOptions options,
            ScanOptions more,
            BiFunction<String, List<Finding>, List<Finding>> moreFindings,
            ScanListener listener,
            boolean retain) {
        ActionCatalog catalog = this.catalog.within(session);
        RuleSettings settings = options.settings();
        List<Rule> active =
                rules.stream().filter(r -> settings.enabled(r.info().id())).toList();
        List<Job> files = new ArrayList<>();
        collect(options).forEach(f -> files.add(new Job(f, false)));
        if (more != null) {
            collect(more).forEach(f -> files.add(new Job(f, true)));
            // one order for both sets: the stable sort keeps a file found in both sets twice, as two scans would
            files.sort(Comparator.comparing(j -> j.file().relativePath()));
        }
        // one extractor per thread: its parser factories are reused from file to file
        ThreadLocal<PolicyExtractor> extractors =
                ThreadLocal.withInitial(() -> new PolicyExtractor(options.limits(), options.maxPlanBytes()));
        FileCheck check =
                new FileCheck(catalog, active, settings, options.limits().maxStatements());
        List<Finding> findings = new ArrayList<>();
        List<ScanResult.PolicySummary> policies = new ArrayList<>();
        List<InlineSuppression> suppressions = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger index = new java.util.concurrent.atomic.AtomicInteger();
        // results are handed on in file order, so the outcome does not depend on the number of threads
        FileOrder.run(
                files,
                options.effectiveThreads(),
                session,
                job -> {
                    FileCheck.Result result = check.scan(job.file(), extractors.get());
                    if (job.more()) {
                        result = new FileCheck.Result(
                                result.file(),
                                moreFindings.apply(result.file(), result.findings()),
                                result.policies(),
                                result.suppressions(),
                                result.debug());
                    }
                    int n = found.addAndGet(result.findings().size());
                    listener.progress(done.incrementAndGet(), files.size(), n);
                    return result;
                },
                r -> {
                    r.debug().forEach(listener::debug);
                    listener.fileScanned(new ScannedFile(
                            index.getAndIncrement(), r.file(), r.findings(), r.policies(), r.suppressions()));
                    if (retain) {
                        findings.addAll(r.findings());
                        policies.addAll(r.policies());
                        suppressions.addAll(r.suppressions());
                    }
                });
        findings.sort(Finding.ORDER);
        List<RuleInfo> infos = active.stream().map(Rule::info).toList();
        return new ScanResult(catalog.snapshotDate(), files.size(), policies, findings, infos, suppressions);
    }

    private static List<SourceFile> collect(ScanOptions options) {
        return new FileCollector()
                .collect(
                        options.roots(),
                        options.baseDir(),
                        options.includes().isEmpty() ? FileCollector.DEFAULT_INCLUDES : options.includes(),
                        options.excludes());
    }
}
