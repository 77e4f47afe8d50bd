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

import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.nio.file.Path;
import java.util.List;

/**
 * What to scan and how.
 *
 * @param roots    directories to search (missing ones are ignored)
 * @param baseDir  the project base directory; reports show paths relative to it
 * @param includes Ant-style include patterns; empty means the defaults ("Files" in
 *                 src/site/markdown/rules/index.md)
 * @param excludes Ant-style exclude patterns, applied after includes
 * @param threads  files checked at once; 0 means one per available processor
 * @param maxPlanBytes the largest Terraform plan read, streaming, when it is over {@code limits.maxFileBytes()}
 */
public record ScanOptions(
        List<Path> roots,
        Path baseDir,
        List<String> includes,
        List<String> excludes,
        ParseLimits limits,
        RuleSettings settings,
        int threads,
        long maxPlanBytes) {

    public ScanOptions {
        roots = List.copyOf(roots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more, not " + threads);
        }
        if (maxPlanBytes <= 0) {
            throw new IllegalArgumentException("the plan size limit must be positive, not " + maxPlanBytes);
        }
    }

    /** Options with the default plan size limit. */
    public ScanOptions(
            List<Path> roots,
            Path baseDir,
            List<String> includes,
            List<String> excludes,
            ParseLimits limits,
            RuleSettings settings,
            int threads) {
        this(roots, baseDir, includes, excludes, limits, settings, threads, PolicyExtractor.DEFAULT_PLAN_BYTES);
    }

    /** Options that check as many files at once as there are processors. */
    public ScanOptions(
            List<Path> roots,
            Path baseDir,
            List<String> includes,
            List<String> excludes,
            ParseLimits limits,
            RuleSettings settings) {
        this(roots, baseDir, includes, excludes, limits, settings, 0);
    }

    /** The number of threads {@link #threads} stands for on this machine. */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
