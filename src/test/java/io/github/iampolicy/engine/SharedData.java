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
package io.github.iampolicy.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's shared data (spec, corpus, AWS data) that sits beside a clone. */
public final class SharedData {

    private SharedData() {}

    public static Path dir() {
        Path p = Path.of(System.getProperty("iampolicy.shared", "../shared"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared data not found at " + p
                    + " (set -Diampolicy.shared=...); the tests need the corpus and AWS data");
        }
        return p;
    }

    public static Path resolve(String relative) {
        return dir().resolve(relative);
    }
}
