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
