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
package io.github.iampolicy.bench;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The cold start of the engine without Maven around it: one scan of a directory in a fresh JVM, split into
 * loading the catalog, building the rules and the scan itself (parse, rules, semantic check). Run it once per
 * JVM ({@code src/bench/maven-bench.sh} does, for the one-policy project); the numbers are what the first
 * build of a Maven session pays on top of Maven's own start.
 */
public final class ColdScan {

    private ColdScan() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        ActionCatalog catalog = ActionCatalog.defaultCatalog();
        long t1 = System.nanoTime();
        PolicyScanner scanner = new PolicyScanner(RuleRegistry.all(), catalog);
        long t2 = System.nanoTime();
        Path dir = Path.of(args[0]);
        ScanOptions options =
                new ScanOptions(List.of(dir), dir, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT, 1);
        ScanResult result = scanner.scan(options, ScanListener.NONE);
        long t3 = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "total %.1f ms: catalog %.1f, rules %.1f, scan %.1f (%d files, %d findings)%n",
                (t3 - t0) / 1e6,
                (t1 - t0) / 1e6,
                (t2 - t1) / 1e6,
                (t3 - t2) / 1e6,
                result.filesScanned(),
                result.findings().size());
    }
}
