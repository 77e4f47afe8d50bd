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

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns {@link ScanListener#progress} calls into a line every {@code interval}:
 * {@code IAM policy check: 1200 of 9001 files, 37 findings so far}. The first line comes only once a whole
 * interval has passed, so a short scan prints none. Safe to call from several threads.
 */
public final class ProgressReporter {

    /** How often a long scan reports. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private final Consumer<String> out;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private long last;

    /**
     * @param out      where lines go (the build's info log)
     * @param nanoTime the clock, {@code System::nanoTime} outside tests
     * @param interval time between lines; the first line comes one interval after construction
     */
    public ProgressReporter(Consumer<String> out, LongSupplier nanoTime, Duration interval) {
        this.out = Objects.requireNonNull(out, "out");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.intervalNanos = interval.toNanos();
        this.last = nanoTime.getAsLong();
    }

    public synchronized void progress(int filesDone, int filesTotal, int findings) {
        long now = nanoTime.getAsLong();
        if (now - last >= intervalNanos && filesDone < filesTotal) {
            last = now;
            out.accept("IAM policy check: " + filesDone + " of " + filesTotal + " files, " + findings
                    + (findings == 1 ? " finding" : " findings") + " so far");
        }
    }
}
