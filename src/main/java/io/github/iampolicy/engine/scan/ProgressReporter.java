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
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@link ScanListener#progress} calls into a line every {@code interval}:
 * {@code IAM policy check: 1200 of 9001 files, 37 findings so far}. The first line comes only once a whole
 * interval has passed, so a short scan prints none. Safe to call from several threads.
 */
public final class ProgressReporter {

    /** How often a long scan reports. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

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

    /**
     * Reads the {@code progressInterval} parameter: a whole number with the unit {@code ms}, {@code s} or
     * {@code m} ({@code 500ms}, {@code 5s}, {@code 1m}); a number without a unit is milliseconds. {@code null}
     * is the default, {@link #DEFAULT_INTERVAL}.
     *
     * @throws ParameterException when the text is no such interval or is zero
     */
    public static Duration parseInterval(String text) throws ParameterException {
        if (text == null) {
            return DEFAULT_INTERVAL;
        }
        Matcher m = INTERVAL.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ParameterException("invalid progressInterval '" + text
                    + "': expected a whole number with ms, s or m, e.g. 5s or 500ms");
        }
        long n = Long.parseLong(m.group(1));
        if (n == 0) {
            throw new ParameterException("invalid progressInterval '" + text + "': it must be positive");
        }
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return switch (unit) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofMillis(n);
        };
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
