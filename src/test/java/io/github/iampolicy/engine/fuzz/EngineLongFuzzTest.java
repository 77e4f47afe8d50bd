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
package io.github.iampolicy.engine.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * The long fuzzing run of {@code -Pfuzz} (Jazzer, coverage-guided, 10 minutes); the same target as
 * {@link EngineFuzzTest}, which every build fuzzes for a short, bounded time. Excluded from the plain test run.
 */
class EngineLongFuzzTest {

    private static final ThreadLocal<Path> DIR = ThreadLocal.withInitial(EngineHarness::workDir);

    @FuzzTest(maxDuration = "10m")
    void wholeEngine(FuzzedDataProvider data) {
        String name = EngineHarness.nameFor(data.consumeInt(0, EngineHarness.NAMES.size() - 1));
        EngineHarness.run(DIR.get(), name, data.consumeRemainingAsBytes());
    }
}
