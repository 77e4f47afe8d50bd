package io.github.iampolicy.engine.semantic;

import io.github.iampolicy.engine.SharedData;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.rules.semantic.OtherUserAccessRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTimingTest {
    @Test
    void time() throws Exception {
        Path corpus = SharedData.resolve("corpus/real");
        String only = System.getProperty("only", "");
        try (var s = Files.list(corpus)) {
            for (Path p : s.sorted().toList()) {
                if (!p.getFileName().toString().matches("\\d{3}-.*") || !p.getFileName().toString().contains(only)) continue;
                var ex = new PolicyExtractor().extract(new SourceFile(p, p.getFileName().toString()));
                for (Policy pol : ex.policies()) {
                    long t0 = System.nanoTime();
                    var ctx = new io.github.iampolicy.engine.rules.PolicyContext(pol, ActionCatalog.defaultCatalog(), RuleSettings.DEFAULT, f -> System.out.println("   " + f.severity() + " " + f.message()));
                    if (ctx.isIdentityPolicy()) new OtherUserAccessRule().check(ctx);
                    System.out.println(p.getFileName() + " " + pol.policyPath() + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                }
            }
        }
    }
}
