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
package io.github.iampolicy.engine.report;

import static io.github.iampolicy.engine.report.ReportFixtures.IAM201;
import static io.github.iampolicy.engine.report.ReportFixtures.KEYS;
import static io.github.iampolicy.engine.report.ReportFixtures.finding;
import static io.github.iampolicy.engine.report.ReportFixtures.keysFinding;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ToolInfo TOOL = ToolInfo.plugin("1.2.3");

    @TempDir
    Path dir;

    private JsonNode writeAndRead(ScanResult r) throws IOException {
        Path out = dir.resolve("target/iam-policy/iam-policy.json");
        JsonReportWriter.write(r, out, TOOL);
        return MAPPER.readTree(Files.readString(out, StandardCharsets.UTF_8));
    }

    private static List<String> keys(JsonNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelFieldsAndTypes() throws IOException {
        JsonNode root = writeAndRead(ReportFixtures.sample());
        assertEquals(List.of("tool", "catalogDate", "filesScanned", "summary", "policies", "findings"), keys(root));
        assertEquals("iam-policy-maven-plugin", root.get("tool").get("name").textValue());
        assertEquals("1.2.3", root.get("tool").get("version").textValue());
        assertEquals(List.of("name", "version"), keys(root.get("tool")));
        assertEquals("2026-05-10", root.get("catalogDate").textValue());
        assertTrue(root.get("filesScanned").isInt());
        assertEquals(12, root.get("filesScanned").intValue());
        JsonNode summary = root.get("summary");
        assertEquals(List.of("errors", "warnings", "notes", "suppressed", "baselined"), keys(summary));
        assertEquals(2, summary.get("errors").intValue());
        assertEquals(3, summary.get("warnings").intValue());
        assertEquals(1, summary.get("notes").intValue());
    }

    @Test
    void policiesAreListedInOrder() throws IOException {
        JsonNode policies = writeAndRead(ReportFixtures.sample()).get("policies");
        assertEquals(5, policies.size());
        JsonNode first = policies.get(0);
        assertEquals(List.of("file", "policyPath", "kind"), keys(first));
        assertEquals("infra/cfn.yaml", first.get("file").textValue());
        assertEquals(
                "Resources.SelfServicePolicy.Properties.PolicyDocument",
                first.get("policyPath").textValue());
        assertEquals("managed", first.get("kind").textValue());
        assertEquals("trust", policies.get(1).get("kind").textValue());
        assertEquals("", policies.get(2).get("policyPath").textValue());
        assertEquals("inline-user", policies.get(4).get("kind").textValue());
    }

    @Test
    void findingFieldsAndTypes() throws IOException {
        Finding f = keysFinding(9, 7);
        JsonNode n = writeAndRead(ReportFixtures.of(List.of(f))).get("findings").get(0);
        assertEquals(
                List.of(
                        "rule",
                        "name",
                        "severity",
                        "file",
                        "line",
                        "column",
                        "policyPath",
                        "statement",
                        "message",
                        "fingerprint"),
                keys(n));
        assertEquals("IAM201", n.get("rule").textValue());
        assertEquals("user-resource-wildcard", n.get("name").textValue());
        assertEquals("error", n.get("severity").textValue());
        assertEquals(KEYS, n.get("file").textValue());
        assertTrue(n.get("line").isInt());
        assertEquals(9, n.get("line").intValue());
        assertTrue(n.get("column").isInt());
        assertEquals(7, n.get("column").intValue());
        assertEquals("", n.get("policyPath").textValue());
        assertEquals("ManageKeys", n.get("statement").textValue());
        assertEquals(ReportFixtures.MESSAGE, n.get("message").textValue());
        assertEquals(f.fingerprint(), n.get("fingerprint").textValue());
        assertEquals(32, n.get("fingerprint").textValue().length());
    }

    @Test
    void severitiesAreLowerCase() throws IOException {
        JsonNode findings = writeAndRead(ReportFixtures.sample()).get("findings");
        List<String> seen = new ArrayList<>();
        findings.forEach(n -> seen.add(n.get("severity").textValue()));
        assertEquals(List.of("error", "warning", "warning", "note", "error", "warning"), seen);
    }

    @Test
    void statementIsNullWhenAbsentAndCounterexampleOnlyWhenPresent() throws IOException {
        JsonNode findings = writeAndRead(ReportFixtures.sample()).get("findings");
        JsonNode semantic = findings.get(0);
        assertEquals("IAM301", semantic.get("rule").textValue());
        assertTrue(semantic.has("statement"));
        assertTrue(semantic.get("statement").isNull());
        JsonNode c = semantic.get("counterexample");
        assertEquals(List.of("username", "action", "resource", "context"), keys(c));
        assertEquals("alice", c.get("username").textValue());
        assertEquals("iam:CreateAccessKey", c.get("action").textValue());
        assertEquals("arn:aws:iam::123456789012:user/bob", c.get("resource").textValue());
        assertTrue(c.get("context").isObject());
        assertEquals("true", c.get("context").get("aws:MultiFactorAuthPresent").textValue());
        assertFalse(findings.get(1).has("counterexample"));
    }

    @Test
    void emptyCounterexampleContextIsAnEmptyObject() throws IOException {
        Finding f = new Finding(
                ReportFixtures.IAM301,
                Severity.ERROR,
                KEYS,
                new Location(3, 4),
                "",
                null,
                "m",
                "s",
                new Counterexample("alice", "iam:CreateAccessKey", "arn:aws:iam::1:user/bob", Map.of()));
        JsonNode c = writeAndRead(ReportFixtures.of(List.of(f)))
                .get("findings")
                .get(0)
                .get("counterexample");
        assertTrue(c.get("context").isObject());
        assertEquals(0, c.get("context").size());
    }

    @Test
    void aResourcePolicyCounterexampleNamesItsPrincipal() throws IOException {
        Finding f = new Finding(
                ReportFixtures.IAM301,
                Severity.ERROR,
                KEYS,
                new Location(3, 4),
                "",
                null,
                "m",
                "s",
                new Counterexample(null, "s3:GetObject", "arn:aws:s3:::site/a", Map.of(), "*"));
        JsonNode c = writeAndRead(ReportFixtures.of(List.of(f)))
                .get("findings")
                .get(0)
                .get("counterexample");
        assertEquals(List.of("username", "principal", "action", "resource", "context"), keys(c));
        assertTrue(c.get("username").isNull());
        assertEquals("*", c.get("principal").textValue());
    }

    @Test
    void emptyResult() throws IOException {
        JsonNode root = writeAndRead(ReportFixtures.empty());
        assertEquals(0, root.get("filesScanned").intValue());
        assertTrue(root.get("policies").isArray());
        assertEquals(0, root.get("policies").size());
        assertTrue(root.get("findings").isArray());
        assertEquals(0, root.get("findings").size());
        assertEquals(0, root.get("summary").get("errors").intValue());
        assertEquals(0, root.get("summary").get("warnings").intValue());
        assertEquals(0, root.get("summary").get("notes").intValue());
    }

    @Test
    void unknownVersionIsNull() throws IOException {
        Path out = dir.resolve("r.json");
        JsonReportWriter.write(ReportFixtures.empty(), out, new ToolInfo("x", null, null));
        JsonNode tool = MAPPER.readTree(out.toFile()).get("tool");
        assertEquals("x", tool.get("name").textValue());
        assertTrue(tool.get("version").isNull());
    }

    @Test
    void unicodeIsWrittenAsUtf8() throws IOException {
        String msg = "Statement \"Überprüfung\" – 日本語 😀 \"quoted\" \\ back\nslash";
        Finding f = finding(IAM201, Severity.ERROR, "policies/ü ber.json", 2, 5, "", "Sid✓", msg, "x");
        Path out = dir.resolve("u.json");
        JsonReportWriter.write(ReportFixtures.of(List.of(f)), out, TOOL);
        byte[] bytes = Files.readAllBytes(out);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("Überprüfung\\\" – 日本語 😀"), "non-ASCII written as is, not escaped");
        JsonNode n = MAPPER.readTree(bytes).get("findings").get(0);
        assertEquals(msg, n.get("message").textValue());
        assertEquals("policies/ü ber.json", n.get("file").textValue());
        assertEquals("Sid✓", n.get("statement").textValue());
    }

    @Test
    void unknownValueTokensAreShownAsPlaceholders() throws IOException {
        Finding f =
                finding(IAM201, Severity.WARNING, KEYS, 2, 5, "", "S", "allows user/" + Values.unknown("name"), "x");
        String text = Files.readString(write(ReportFixtures.of(List.of(f)), "t.json"));
        assertFalse(text.contains(String.valueOf(Values.START)));
        assertEquals(
                "allows user/${name}",
                MAPPER.readTree(text).get("findings").get(0).get("message").textValue());
    }

    @Test
    void outputIsDeterministicAndPlatformIndependent() throws IOException {
        Path a = write(ReportFixtures.sample(), "a.json");
        Path b = write(ReportFixtures.sample(), "b.json");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        String text = Files.readString(a);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.contains("\n  \"catalogDate\": \"2026-05-10\",\n"), "two-space indent, no space before ':'");
    }

    @Test
    void contextKeyOrderDoesNotDependOnInsertion() throws IOException {
        Map<String, String> one = new LinkedHashMap<>();
        Map<String, String> two = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            one.put("aws:key" + i, "v" + i);
        }
        for (int i = 19; i >= 0; i--) {
            two.put("aws:key" + i, "v" + i);
        }
        Path a = write(ReportFixtures.of(List.of(semantic(one))), "c1.json");
        Path b = write(ReportFixtures.of(List.of(semantic(two))), "c2.json");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Iterator<String> names = MAPPER.readTree(a.toFile())
                .get("findings")
                .get(0)
                .get("counterexample")
                .get("context")
                .fieldNames();
        assertEquals("aws:key0", names.next());
        assertEquals("aws:key1", names.next());
        assertEquals("aws:key10", names.next());
    }

    @Test
    void createsParentsAndReplacesAnOldReport() throws IOException {
        Path out = dir.resolve("deep/er/r.json");
        JsonReportWriter.write(ReportFixtures.sample(), out, TOOL);
        JsonReportWriter.write(ReportFixtures.empty(), out, TOOL);
        assertEquals(0, MAPPER.readTree(out.toFile()).get("findings").size());
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    private static Finding semantic(Map<String, String> context) {
        return new Finding(
                ReportFixtures.IAM301,
                Severity.ERROR,
                KEYS,
                new Location(3, 4),
                "",
                null,
                "m",
                "s",
                new Counterexample("alice", "iam:CreateAccessKey", "arn:aws:iam::1:user/bob", context));
    }

    private Path write(ScanResult r, String name) throws IOException {
        Path out = dir.resolve(name);
        JsonReportWriter.write(r, out, TOOL);
        return out;
    }
}
