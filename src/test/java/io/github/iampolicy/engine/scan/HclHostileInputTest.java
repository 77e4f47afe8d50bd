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
package io.github.iampolicy.engine.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * HostileInputTest's cases for Terraform HCL ({@code *.tf}): crafted files through the HCL reader, discovery and
 * every rule. A file that names IAM resources and cannot be read is an IAM001 error at the position where
 * reading stopped; one bad file never hides another's findings.
 */
@Timeout(60)
class HclHostileInputTest {

    private static final String KEYS_ON = "resource \"aws_iam_user_policy\" \"keys\" {\n  user = \"u\"\n"
            + "  policy = jsonencode({\n    Version = \"2012-10-17\"\n    Statement = [{\n      Sid = \"Keys\"\n"
            + "      Effect = \"Allow\"\n      Action = \"iam:CreateAccessKey\"\n      Resource = \"%s\"\n    }]\n  })\n}\n";

    @TempDir
    Path dir;

    private ScanResult scan(ParseLimits limits) {
        ScanOptions options = new ScanOptions(List.of(dir), dir, List.of(), List.of(), limits, RuleSettings.DEFAULT);
        return new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
    }

    private ScanResult scan() {
        return scan(ParseLimits.DEFAULT);
    }

    private void write(String name, String text) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private static List<String> located(ScanResult r) {
        List<String> out = new ArrayList<>();
        r.findings().forEach(f -> out.add(f.rule().id() + ":" + f.severity().id() + "@" + f.file() + f.location()));
        return out;
    }

    private static List<String> of(ScanResult r, String file) {
        return r.findings().stream()
                .filter(f -> f.file().equals(file))
                .map(f -> f.rule().id() + ":" + f.severity().id())
                .distinct()
                .toList();
    }

    private static Finding only(ScanResult r, String file, String rule) {
        List<Finding> fs = r.findings().stream()
                .filter(f -> f.file().equals(file) && f.rule().id().equals(rule))
                .toList();
        assertEquals(1, fs.size(), () -> rule + " once in " + file + ": " + located(r));
        return fs.get(0);
    }

    @Test
    void nestingBeyondTheLimitIsLocatedAndAnErrorWhenTheFileNamesIam() throws IOException {
        String deep = "[".repeat(40) + "]".repeat(40);
        write("a/deep.tf", "resource \"aws_iam_policy\" \"p\" {\n  policy = jsonencode(" + deep + ")\n}\n");
        write("b/deep-other.tf", "locals {\n  x = " + deep + "\n}\n");
        write("c/blocks.tf", "resource \"aws_iam_policy\" \"p\" {\n" + "b {\n".repeat(40) + "}\n".repeat(41));
        ScanResult r = scan(ParseLimits.DEFAULT.withMaxDepth(20));
        Finding f = only(r, "a/deep.tf", "IAM001");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(2, f.location().line(), f.toString());
        assertTrue(f.message().contains("maxNestingDepth"), f.message());
        assertEquals(List.of("IAM001:note"), of(r, "b/deep-other.tf"));
        assertEquals(List.of("IAM001:error"), of(r, "c/blocks.tf"));
    }

    @Test
    void aNestingBombWithDefaultLimitsEndsQuickly() throws IOException {
        write("a/bomb.tf", "resource \"aws_iam_policy\" \"p\" {\n  policy = " + "[".repeat(500_000) + "\n}\n");
        write(
                "b/interpolations.tf",
                "resource \"aws_iam_policy\" \"p\" {\n  policy = \"" + "${\"".repeat(200_000) + "\n}\n");
        write("c/unary.tf", "resource \"aws_iam_policy\" \"p\" {\n  policy = " + "!".repeat(500_000) + "true\n}\n");
        ScanResult r = scan();
        assertEquals(List.of("IAM001:error"), of(r, "a/bomb.tf"));
        assertEquals(List.of("IAM001:error"), of(r, "b/interpolations.tf"));
        assertEquals(List.of("IAM001:error"), of(r, "c/unary.tf"));
    }

    @Test
    void documentsMergingDocumentsCannotMultiplyTheWork() throws IOException {
        StringBuilder tf = new StringBuilder("data \"aws_iam_policy_document\" \"d0\" {\n  statement {\n"
                + "    actions   = [\"iam:GetUser\"]\n    resources = [\"*\"]\n  }\n}\n");
        for (int i = 1; i <= 12; i++) {
            String previous = "data.aws_iam_policy_document.d" + (i - 1) + ".json, ";
            tf.append("data \"aws_iam_policy_document\" \"d")
                    .append(i)
                    .append("\" {\n  source_policy_documents = [")
                    .append(previous.repeat(10))
                    .append("]\n}\n");
        }
        write("bomb/main.tf", tf.toString());
        ScanResult r = scan();
        Finding f = only(r, "bomb/main.tf", "IAM001");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("maxStatements"), f.message());
    }

    @Test
    void hugeStringsHeredocsAndNumbersHitTheirLimits() throws IOException {
        write("a/string.tf", String.format(KEYS_ON, "arn:aws:iam::*:user/" + "a".repeat(500)));
        write(
                "b/heredoc.tf",
                "resource \"aws_iam_policy\" \"p\" {\n  policy = <<EOF\n" + "{\"Statement\": []}\n".repeat(20)
                        + "EOF\n}\n");
        write("c/number.tf", "resource \"aws_iam_policy\" \"p\" {\n  x = " + "9".repeat(200) + "\n}\n");
        ScanResult r = scan(ParseLimits.DEFAULT.withMaxStringLength(100).withMaxNumberLength(50));
        Finding s = only(r, "a/string.tf", "IAM001");
        assertEquals(Severity.ERROR, s.severity());
        assertTrue(s.message().contains("maxStringLength"), s.message());
        assertEquals(9, s.location().line(), s.toString());
        Finding h = only(r, "b/heredoc.tf", "IAM001");
        assertTrue(h.message().contains("maxStringLength"), h.message());
        Finding n = only(r, "c/number.tf", "IAM001");
        assertTrue(n.message().contains("maxNumberLength"), n.message());
        assertEquals("[2,7]", n.location().toString());
    }

    @Test
    void anOversizedFileIsAnErrorWhenItNamesIam() throws IOException {
        write("big.tf", "resource \"aws_iam_policy\" \"p\" {}\n" + "#".repeat(4096) + "\n");
        Finding f = only(scan(ParseLimits.DEFAULT.withMaxFileBytes(1024)), "big.tf", "IAM001");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("maxFileSize"), f.message());
    }

    @Test
    void anUnterminatedHeredocOrStringIsAnErrorAtItsStart() throws IOException {
        write(
                "a/heredoc.tf",
                "resource \"aws_iam_role\" \"r\" {\n  assume_role_policy = <<-EOT\n    {\"Statement\": []}\n}\n");
        write("b/string.tf", "resource \"aws_iam_policy\" \"p\" {\n  policy = \"{\\\"Statement\\\": []\n}\n");
        write("c/other.tf", "locals {\n  x = <<EOT\n  text\n}\n");
        ScanResult r = scan();
        Finding heredoc = only(r, "a/heredoc.tf", "IAM001");
        assertEquals(Severity.ERROR, heredoc.severity());
        assertEquals("[2,24]", heredoc.location().toString());
        assertTrue(heredoc.message().contains("unterminated heredoc <<-EOT"), heredoc.message());
        Finding string = only(r, "b/string.tf", "IAM001");
        assertEquals("[2,12]", string.location().toString());
        assertTrue(string.message().contains("unterminated string"), string.message());
        // like a malformed JSON file that is no policy: skipped with a debug line
        assertEquals(List.of(), of(r, "c/other.tf"));
    }

    @Test
    void invalidUtf8IsAnErrorAtItsPositionAndTheOtherFilesStillReport() throws IOException {
        byte[] head = "resource \"aws_iam_policy\" \"p\" {\n  name = \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"\n}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        write("a/latin1.tf", all);
        write("b/keys.tf", String.format(KEYS_ON, "arn:aws:iam::*:user/*"));
        ScanResult r = scan();
        Finding f = only(r, "a/latin1.tf", "IAM001");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("[2,14]", f.location().toString());
        assertTrue(f.message().contains("invalid UTF-8 byte 0xE9"), f.message());
        assertTrue(of(r, "b/keys.tf").contains("IAM201:error"), located(r).toString());
    }

    @Test
    void aPolicyFileReadByFileOrTemplatefileThatDoesNotReadIsAnErrorAtTheCall() throws IOException {
        write("m/policies/latin1.json", new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        write("m/policies/open.json.tpl", "{\"Statement\": [{\"Resource\": \"${x\"}]}");
        write("m/policies/deep.json", "{\"Statement\": " + "[".repeat(300) + "]".repeat(300) + "}");
        write(
                "m/main.tf",
                "resource \"aws_iam_policy\" \"a\" {\n  policy = file(\"policies/latin1.json\")\n}\n"
                        + "resource \"aws_iam_policy\" \"b\" {\n  policy = templatefile(\"policies/open.json.tpl\", {})\n}\n"
                        + "resource \"aws_iam_policy\" \"c\" {\n  policy = file(\"policies/deep.json\")\n}\n");
        ScanResult r = scan();
        List<Finding> errors = r.findings().stream()
                .filter(f -> f.file().equals("m/main.tf") && f.rule().id().equals("IAM001"))
                .toList();
        assertEquals(
                List.of("[2,12]", "[5,12]", "[8,12]"),
                errors.stream().map(f -> f.location().toString()).sorted().toList(),
                located(r).toString());
        assertTrue(
                errors.stream().anyMatch(f -> f.message().contains("invalid UTF-8 byte 0xE9")),
                located(r).toString());
        assertTrue(
                errors.stream().anyMatch(f -> f.message().contains("unterminated ${")),
                located(r).toString());
        assertTrue(
                errors.stream().anyMatch(f -> f.message().contains("maxNestingDepth")),
                located(r).toString());
    }

    @Test
    void nulAndEngineMarksCannotHideAValue() throws IOException {
        write("a/nul.tf", String.format(KEYS_ON, "arn:aws:iam::*:user/\u0000"));
        // an unknown-value mark written into the file, raw or as an HCL escape, is read as U+FFFD, not as an
        // unknown value: the action is unknown rather than hidden
        String keys = String.format(KEYS_ON, "arn:aws:iam::*:user/*");
        write("b/mark.tf", keys.replace("iam:CreateAccessKey", "iam:CreateAccessKey\uE001x\uE002"));
        write("c/escaped.tf", keys.replace("iam:CreateAccessKey", "iam:CreateAccessKey\\uE001x\\U0000E002"));
        ScanResult r = scan();
        assertEquals(List.of("IAM001:error"), of(r, "a/nul.tf"));
        assertTrue(of(r, "b/mark.tf").contains("IAM005:warning"), located(r).toString());
        assertTrue(of(r, "c/escaped.tf").contains("IAM005:warning"), located(r).toString());
    }
}
