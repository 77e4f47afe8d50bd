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
