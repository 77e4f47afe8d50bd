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

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test (autodetected, see {@code junit-platform.properties}): each test starts with empty
 * semantic memo tables, so it exercises the code rather than an answer an earlier test left behind. Without
 * it PIT reports mutants of cached computations as surviving although the tests would kill them.
 */
public final class ClearSemanticCaches implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SemanticCaches.clear();
    }
}
