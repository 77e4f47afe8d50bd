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
 * Coverage-guided fuzzing with Jazzer. Without {@code JAZZER_FUZZ} (a plain {@code ./mvnw verify}) Jazzer
 * only replays the inputs under {@code src/test/resources/io/github/iampolicy/engine/fuzz/EngineFuzzTestInputs}
 * (seeds and every crash found so far); {@code -Pfuzz} sets {@code JAZZER_FUZZ=1} and Jazzer mutates inputs
 * guided by coverage for {@code maxDuration}. Generated inputs run in every build through
 * {@link MutationFuzzTest}, which needs no environment variable.
 */
class EngineFuzzTest {

    private static final ThreadLocal<Path> DIR = ThreadLocal.withInitial(EngineHarness::workDir);

    @FuzzTest(maxDuration = "30s", maxExecutions = 300_000)
    void wholeEngine(FuzzedDataProvider data) {
        String name = EngineHarness.nameFor(data.consumeInt(0, EngineHarness.NAMES.size() - 1));
        byte[] input = data.consumeRemainingAsBytes();
        EngineHarness.run(DIR.get(), name, input);
    }
}
