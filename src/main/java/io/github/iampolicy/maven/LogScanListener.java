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
package io.github.iampolicy.maven;

import io.github.iampolicy.engine.scan.ProgressReporter;
import io.github.iampolicy.engine.scan.ScanListener;
import java.time.Duration;
import org.apache.maven.plugin.logging.Log;

/** A scan's debug lines to Maven's debug log; on a long scan, a progress line at info every {@code progressInterval}. */
final class LogScanListener implements ScanListener {

    private final Log log;
    private final ProgressReporter progress;

    LogScanListener(Log log, Duration progressInterval) {
        this.log = log;
        this.progress = new ProgressReporter(log::info, System::nanoTime, progressInterval);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void progress(int filesDone, int filesTotal, int findings) {
        progress.progress(filesDone, filesTotal, findings);
    }
}
