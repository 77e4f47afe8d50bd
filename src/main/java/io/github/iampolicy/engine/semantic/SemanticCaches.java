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
package io.github.iampolicy.engine.semantic;

/**
 * The semantic checker's memo tables in one place. Answers never depend on them; clearing them matters to
 * tests that must see the code run rather than a remembered answer, above all mutation testing, where a
 * mutated class keeps the static state the unmutated one filled.
 */
public final class SemanticCaches {

    private SemanticCaches() {}

    /** Clears the shared tables and the calling thread's tables. */
    public static void clear() {
        Aligned.clearCaches();
        ActionAtoms.clearCaches();
        UserArns.clearCaches();
        Languages.clearCaches();
        SemanticChecker.clearCaches();
    }
}
