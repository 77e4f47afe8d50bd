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
