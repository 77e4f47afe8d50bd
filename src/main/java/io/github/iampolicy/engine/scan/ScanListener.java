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

/** Receives what a build tool may show while a scan runs: debug lines and progress. */
@FunctionalInterface
public interface ScanListener {

    void debug(String message);

    /**
     * Called after each file, possibly from several threads at once: {@code filesDone} of {@code filesTotal}
     * files are checked and {@code findings} found so far.
     */
    default void progress(int filesDone, int filesTotal, int findings) {}

    /**
     * Called once per file, in file order, as soon as the file and every file before it are checked; never
     * from two threads at once. A listener that writes reports from here needs no scan result to hold them.
     */
    default void fileScanned(ScannedFile file) {}

    ScanListener NONE = message -> {};
}
