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
package io.github.iampolicy.engine.discovery;

import static io.github.iampolicy.engine.discovery.Fixtures.at;
import static io.github.iampolicy.engine.discovery.Fixtures.extract;
import static io.github.iampolicy.engine.discovery.Fixtures.policy;
import static io.github.iampolicy.engine.discovery.Fixtures.resources;
import static io.github.iampolicy.engine.discovery.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reading rules of src/site/markdown/rules/index.md ("Files", "Values"), and what happens to files that are not
 * policies or not readable.
 */
class ReadingTest {

    private static final String POLICY =
            "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\",\n"
                    + "     \"Resource\": \"arn:aws:s3:::b/*\"}\n  ]\n}\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void jsonParseErrorAtItsLocation() {
        ExtractedFile f = extract("raw/parse-error.json");
        assertEquals(List.of(), f.policies());
        FileProblem p = f.problems().get(0);
        assertTrue(p.policyLike());
        assertFalse(p.limit());
        Location second = at(text("raw/parse-error.json"), "\"iam:ListAccessKeys\"");
        assertEquals(second, p.location());
    }

    @Test
    void yamlParseErrorIsLocated() {
        FileProblem p = extract("raw/parse-error.yaml").problems().get(0);
        assertTrue(p.policyLike());
        assertTrue(p.location().line() > 1, p.toString());
    }

    @Test
    void invalidUtf8ByteIsLocated() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(
                "{\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:Get".getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.writeBytes("\"}]\n}\n".getBytes(StandardCharsets.UTF_8));
        ExtractedFile f = extract(write("latin.json", b.toByteArray()));
        assertEquals(List.of(), f.policies());
        FileProblem p = f.problems().get(0);
        assertEquals(
                new Location(2, "  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:Get".length() + 1),
                p.location());
        assertTrue(p.policyLike());
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes(POLICY.getBytes(StandardCharsets.UTF_8));
        ExtractedFile f = extract(write("bom.json", b.toByteArray()));
        assertEquals(List.of(), f.problems());
        assertEquals(
                at(POLICY, "\"arn:aws:s3:::b/*\""),
                resources(policy(f, "")).get(0).location());
    }

    @ParameterizedTest
    @ValueSource(strings = {"crlf.json", "crlf.yaml"})
    void crLfIsOneLineEnd(String name) throws IOException {
        String text = name.endsWith(".json")
                ? POLICY
                : "Statement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: \"arn:aws:s3:::b/*\"\n";
        String crlf = text.replace("\n", "\r\n");
        ExtractedFile f = extract(write(name, crlf.getBytes(StandardCharsets.UTF_8)));
        Location expected = at(text, "\"arn:aws:s3:::b/*\"");
        assertEquals(expected, at(crlf, "\"arn:aws:s3:::b/*\""));
        assertEquals(expected, resources(policy(f, "")).get(0).location());
    }

    @Test
    void oversizedFileIsALimitProblem() throws IOException {
        Path p = write("big.json", POLICY.getBytes(StandardCharsets.UTF_8));
        PolicyExtractor small = new PolicyExtractor(new ParseLimits(10, 200, 1000, 100, 10, 10));
        ExtractedFile f = small.extract(new SourceFile(p, "big.json"));
        assertEquals(List.of(), f.policies());
        FileProblem problem = f.problems().get(0);
        assertTrue(problem.limit());
        assertTrue(problem.policyLike(), "judged by its beginning");
        // the same file within the limits reads fine
        assertEquals(
                1,
                new PolicyExtractor()
                        .extract(new SourceFile(p, "big.json"))
                        .policies()
                        .size());
    }

    @Test
    void nestingBeyondTheLimitIsALimitProblem() throws IOException {
        String deep =
                "{\"Statement\": [{\"Effect\": \"Allow\", \"Condition\": " + "[".repeat(30) + "]".repeat(30) + "}]}";
        Path p = write("deep.json", deep.getBytes(StandardCharsets.UTF_8));
        PolicyExtractor shallow = new PolicyExtractor(new ParseLimits(1 << 20, 10, 1000, 100, 10, 10));
        FileProblem problem =
                shallow.extract(new SourceFile(p, "deep.json")).problems().get(0);
        assertTrue(problem.limit(), problem.toString());
    }

    @Test
    void unreadableFileIsAProblemNotAnException() {
        Path missing = dir.resolve("gone.json");
        ExtractedFile f = Fixtures.EXTRACTOR.extract(new SourceFile(missing, "gone.json"));
        assertEquals(1, f.problems().size());
        assertEquals(Location.START, f.problems().get(0).location());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nonpolicy/package.json",
                "nonpolicy/openapi.yaml",
                "nonpolicy/stepfunctions.json",
                "nonpolicy/schema.json",
                "nonpolicy/array.json",
                "nonpolicy/empty.json",
                "nonpolicy/empty.yaml"
            })
    void nonPoliciesYieldNothing(String name) {
        ExtractedFile f = extract(name);
        assertEquals(List.of(), f.policies(), name);
        assertEquals(List.of(), f.problems(), name);
    }

    @Test
    void jsonWithCommentsIsANonPolicyProblem() {
        ExtractedFile f = extract("nonpolicy/tsconfig.json");
        assertEquals(List.of(), f.policies());
        assertEquals(1, f.problems().size());
        assertFalse(f.problems().get(0).policyLike());
        assertEquals(2, f.problems().get(0).location().line());
    }

    @Test
    void policyLikeText() {
        assertTrue(PolicyExtractor.looksLikePolicy("{\"Statement\": [{\"Effect\""));
        assertTrue(PolicyExtractor.looksLikePolicy("Statement:\n - Action: x"));
        assertFalse(PolicyExtractor.looksLikePolicy("{\"Statement\": 1}"));
        assertFalse(PolicyExtractor.looksLikePolicy("{\"Effect\": \"Allow\", \"Action\": \"*\"}"));
    }

    @Test
    void sharedExtractorGivesTheSameResultsInParallel() {
        List<String> names = List.of(
                "cfn/template.yaml",
                "cfn/template.json",
                "tf/main.tf.json",
                "tf/plan.json",
                "wrappers/auth-details.json",
                "raw/policy.json");
        List<List<Policy>> sequential =
                names.stream().map(n -> extract(n).policies()).toList();
        for (int round = 0; round < 5; round++) {
            List<List<Policy>> parallel =
                    names.parallelStream().map(n -> extract(n).policies()).toList();
            assertEquals(sequential, parallel);
        }
    }
}
