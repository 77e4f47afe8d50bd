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
