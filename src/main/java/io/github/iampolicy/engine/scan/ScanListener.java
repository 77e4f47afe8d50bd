package io.github.iampolicy.engine.scan;

/** Receives progress lines a build tool may show at debug level. */
@FunctionalInterface
public interface ScanListener {

    void debug(String message);

    ScanListener NONE = message -> {};
}
