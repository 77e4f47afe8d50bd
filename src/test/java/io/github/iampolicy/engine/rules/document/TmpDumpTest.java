package io.github.iampolicy.engine.rules.document;

import java.nio.file.*;
import org.junit.jupiter.api.Test;

class TmpDumpTest {
    @Test
    void dump() throws Exception {
        java.lang.reflect.Method m = CorpusDocumentRulesTest.class.getDeclaredMethod("read", Path.class);
        m.setAccessible(true);
        StringBuilder b = new StringBuilder();
        for (String d : new String[] {"../shared/corpus/real", "../shared/reference"}) {
            try (var s = Files.list(Path.of(d))) {
                for (Path p : s.sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (!n.endsWith(".json") || n.endsWith(".tf.json")) continue;
                    try {
                        var pol = (io.github.iampolicy.engine.model.Policy) m.invoke(null, p);
                        for (var f : Findings.all(pol)) {
                            b.append(n).append(' ').append(f.severity()).append(' ').append(f.rule().id()).append(' ')
                             .append(f.location()).append(' ').append(f.statement()).append(" | ").append(f.message()).append('\n');
                        }
                    } catch (Exception e) {
                        b.append(n).append(" EXC ").append(e.getCause()).append('\n');
                    }
                }
            }
        }
        Files.writeString(Path.of("target/dump.txt"), b);
    }
}
