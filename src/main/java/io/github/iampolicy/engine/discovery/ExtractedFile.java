package io.github.iampolicy.engine.discovery;

import io.github.iampolicy.engine.model.Policy;
import java.util.List;

/** What one file held: its policies, and the problems met while reading it. */
public record ExtractedFile(SourceFile file, List<Policy> policies, List<FileProblem> problems) {

    public ExtractedFile {
        policies = List.copyOf(policies);
        problems = List.copyOf(problems);
    }
}
