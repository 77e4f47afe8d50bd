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
package io.github.iampolicy.engine.semantic.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.semantic.CheckResult;
import io.github.iampolicy.engine.semantic.SemanticChecker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: time per policy of IAM302 against AWS's self-manage policy (the shipped
 * {@code classpath:iam-policy/aws-self-manage.json}) and of IAM301, for candidates of 1, 10, 100 and 300
 * statements made from the reference's own statements (with a fixed account or an extra MFA condition, so
 * they PASS). "cold" is the first check of each size in this JVM on a candidate not seen before; "warm" the
 * median and p99 over {@code -Dbench.iterations} (default 200) checks after as many warm-up checks.
 * Run with {@code ./mvnw -Pbenchmark verify -DskipTests}; writes {@code target/benchmarks/semantic.txt}.
 */
public final class SemanticBenchmark {

    private SemanticBenchmark() {}

    public static void main(String[] args) throws IOException {
        int iterations = Integer.getInteger("bench.iterations", 200);
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/semantic.txt");
        ObjectMapper json = new ObjectMapper();
        String refText;
        try (InputStream in = SemanticBenchmark.class.getResourceAsStream("/iam-policy/aws-self-manage.json")) {
            refText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Policy reference = TestPolicies.policy(refText);
        ArrayNode refStatements = (ArrayNode) json.readTree(refText).get("Statement");
        SemanticChecker checker = new SemanticChecker(ActionCatalog.defaultCatalog());
        List<String> cred = List.of(
                "iam:createaccesskey",
                "iam:deleteaccesskey",
                "iam:updateaccesskey",
                "iam:createloginprofile",
                "iam:updateloginprofile",
                "iam:deleteloginprofile",
                "iam:uploadsshpublickey",
                "iam:enablemfadevice",
                "iam:deactivatemfadevice",
                "iam:resyncmfadevice");
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "# semantic checker benchmark, %d warm iterations, Java %s, %d cpus%n",
                iterations,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        report.append(String.format(
                Locale.ROOT,
                "%-6s %-10s %-7s %10s %10s %10s%n",
                "stmts",
                "check",
                "result",
                "cold ms",
                "median ms",
                "p99 ms"));
        for (int n : new int[] {1, 10, 100, 300}) {
            Policy candidate = candidate(json, refStatements, n, 0);
            Policy fresh = candidate(json, refStatements, n, 1);
            for (String check : List.of("IAM302", "IAM301")) {
                Runner r = check.equals("IAM302")
                        ? p -> checker.exceedsReference(List.of(p), List.of(reference))
                        : p -> checker.otherUserAccess(List.of(p), cred);
                long t0 = System.nanoTime();
                CheckResult first = r.run(check.equals("IAM302") ? fresh : candidate(json, refStatements, n, 2));
                double cold = (System.nanoTime() - t0) / 1e6;
                for (int i = 0; i < iterations; i++) {
                    r.run(candidate);
                }
                double[] times = new double[iterations];
                CheckResult result = null;
                for (int i = 0; i < iterations; i++) {
                    long s = System.nanoTime();
                    result = r.run(candidate);
                    times[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(times);
                String line = String.format(
                        Locale.ROOT,
                        "%-6d %-10s %-7s %10.1f %10.2f %10.2f%n",
                        n,
                        check,
                        result.getClass().getSimpleName().toUpperCase(Locale.ROOT),
                        cold,
                        times[times.length / 2],
                        times[Math.min(times.length - 1, (int) Math.ceil(times.length * 0.99) - 1)]);
                System.out.print(line);
                report.append(line);
                if (!(first instanceof CheckResult.Pass) || !(result instanceof CheckResult.Pass)) {
                    report.append("#   unexpected result: ")
                            .append(first)
                            .append(" / ")
                            .append(result)
                            .append('\n');
                }
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println("written " + out);
    }

    interface Runner {
        CheckResult run(Policy p);
    }

    /** n statements cycled from the reference (the Deny once), each narrowed so that the whole stays inside it. */
    static Policy candidate(ObjectMapper json, ArrayNode ref, int n, int variant) {
        List<ObjectNode> allows = new ArrayList<>();
        ObjectNode deny = null;
        for (var s : ref) {
            if (s.get("Effect").asText().equals("Deny")) {
                deny = (ObjectNode) s;
            } else {
                allows.add((ObjectNode) s);
            }
        }
        ArrayNode out = json.createArrayNode();
        out.add(deny.deepCopy().put("Sid", "Deny" + variant));
        for (int i = 1; i < n; i++) {
            ObjectNode s = allows.get(i % allows.size()).deepCopy();
            s.put("Sid", "S" + variant + "x" + i);
            switch ((i / allows.size()) % 3) {
                case 1 -> s.putObject("Condition").putObject("Bool").put("aws:MultiFactorAuthPresent", "true");
                case 2 -> {
                    String res = s.get("Resource").isTextual()
                            ? s.get("Resource").asText()
                            : s.get("Resource").get(0).asText();
                    s.put("Resource", res.replace("arn:aws:iam::*:", "arn:aws:iam::12345678901" + (i % 10) + ":"));
                }
                default -> {}
            }
            out.add(s);
        }
        ObjectNode doc = json.createObjectNode().put("Version", "2012-10-17");
        doc.set("Statement", out);
        return TestPolicies.policy(doc.toString());
    }
}
