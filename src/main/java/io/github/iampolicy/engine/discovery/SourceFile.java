package io.github.iampolicy.engine.discovery;

import java.nio.file.Path;

/**
 * A candidate file.
 *
 * @param path         absolute, normalized path
 * @param relativePath path relative to the project base directory with {@code /} separators (what reports show)
 */
public record SourceFile(Path path, String relativePath) implements Comparable<SourceFile> {

    @Override
    public int compareTo(SourceFile o) {
        return relativePath.compareTo(o.relativePath);
    }
}
