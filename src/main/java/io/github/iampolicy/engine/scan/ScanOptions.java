package io.github.iampolicy.engine.scan;

import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.nio.file.Path;
import java.util.List;

/**
 * What to scan and how.
 *
 * @param roots    directories to search (missing ones are ignored)
 * @param baseDir  the project base directory; reports show paths relative to it
 * @param includes Ant-style include patterns; empty means the defaults of RULES.md section 1
 * @param excludes Ant-style exclude patterns, applied after includes
 */
public record ScanOptions(List<Path> roots, Path baseDir, List<String> includes, List<String> excludes,
        ParseLimits limits, RuleSettings settings) {

    public ScanOptions {
        roots = List.copyOf(roots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
