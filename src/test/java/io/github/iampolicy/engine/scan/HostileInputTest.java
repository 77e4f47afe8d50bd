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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #4 end to end: crafted files through discovery, parsing, extraction and every rule. Each case
 * asserts the exact rule, severity and, where it matters, position: a crafted file is either understood
 * correctly or reported as an error, never silently passed, and one bad file never hides another's findings.
 */
@Timeout(60)
class HostileInputTest {

    private static final String CREATE_KEY_ON = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Keys\","
            + " \"Effect\": \"Allow\", \"Action\": \"iam:CreateAccessKey\", \"Resource\": \"%s\"}]}";

    @TempDir
    Path dir;

    private ScanResult scan(ParseLimits limits) {
        return scan(limits, RuleRegistry.all());
    }

    private ScanResult scan(ParseLimits limits, List<Rule> rules) {
        ScanOptions options = new ScanOptions(List.of(dir), dir, List.of(), List.of(), limits, RuleSettings.DEFAULT);
        return new PolicyScanner(rules, ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
    }

    private ScanResult scan() {
        return scan(ParseLimits.DEFAULT);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    /** {@code RULE:severity@file:[line,col]} of every finding. */
    private static List<String> located(ScanResult r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.rule().id() + ":" + f.severity().id() + "@" + f.file() + ":" + f.location());
        }
        return out;
    }

    /** {@code RULE:severity} of the findings of {@code file}. */
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

    private static String nested(int depth, String inner) {
        return "{\"a\":".repeat(depth) + inner + "}".repeat(depth);
    }

    @Nested
    class Limits {

        @Test
        void anOversizedPolicyIsAnErrorAndAnOversizedOtherFileANote() throws IOException {
            String pad = " ".repeat(2048);
            write("policy.json", String.format(CREATE_KEY_ON, "*") + pad);
            write("other.json", "{\"name\": \"x\"}" + pad);
            ScanResult r = scan(ParseLimits.DEFAULT.withMaxFileBytes(1024));
            Finding policy = only(r, "policy.json", "IAM001");
            assertEquals(Severity.ERROR, policy.severity());
            assertEquals("[1,1]", policy.location().toString());
            assertTrue(policy.message().contains("maxFileSize"), policy.message());
            assertEquals(Severity.NOTE, only(r, "other.json", "IAM001").severity());
            assertEquals(2, r.findings().size(), located(r).toString());
        }

        @Test
        void anOversizedFileIsAnErrorWhenItsStartNamesAnyPolicyMarker() throws IOException {
            // the elements a parsed policy needs (Effect, Action) sit past the 64 KB window
            String pad = " ".repeat(70 * 1024);
            write(
                    "padded.json",
                    "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"" + pad
                            + "\", \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}");
            write("template.yaml", "Resources:\n  R:\n    Type: AWS::IAM::ManagedPolicy\n#" + pad + "\n");
            write("plan.json", "{\"resource_changes\": [{\"type\": \"aws_iam_policy\"}], \"x\": \"" + pad + "\"}");
            write("cfn.json", "{\"PolicyDocument\": {}, \"x\": \"" + pad + "\"}");
            write("other.json", "{\"name\": \"" + pad + "Statement\"}");
            ScanResult r = scan(ParseLimits.DEFAULT.withMaxFileBytes(64 * 1024));
            for (String file : List.of("padded.json", "template.yaml", "plan.json", "cfn.json")) {
                assertEquals(List.of("IAM001:error"), of(r, file), file);
            }
            // the marker lies past the window: nothing says this file holds a policy
            assertEquals(List.of("IAM001:note"), of(r, "other.json"));
        }

        @Test
        void nestingBeyondTheLimitIsLocated() throws IOException {
            write(
                    "deep.json",
                    "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\":\n" + nested(40, "1")
                            + "}]}");
            write("deep-other.json", nested(40, "1"));
            ScanResult r = scan(ParseLimits.DEFAULT.withMaxDepth(20));
            Finding f = only(r, "deep.json", "IAM001");
            assertEquals(Severity.ERROR, f.severity());
            assertEquals(2, f.location().line(), f.toString());
            assertTrue(f.location().column() > 1, f.toString());
            assertTrue(f.message().contains("maxNestingDepth"), f.message());
            assertEquals(List.of("IAM001:note"), of(r, "deep-other.json"));
        }

        @Test
        void aDeepNestingBombWithDefaultLimitsEndsQuickly() throws IOException {
            write("bomb.json", "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": " + "[".repeat(500_000));
            write("bomb.yaml", "Statement:\n  Effect: Allow\nx: " + "[".repeat(500_000));
            write("bomb-other.yaml", "x: " + "[".repeat(500_000));
            ScanResult r = scan();
            assertEquals(List.of("IAM001:error"), of(r, "bomb.json"));
            assertEquals(List.of("IAM001:error"), of(r, "bomb.yaml"));
            assertEquals(List.of("IAM001:note"), of(r, "bomb-other.yaml"));
        }

        @Test
        void longStringsAndNumbers() throws IOException {
            write("string.json", String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/" + "a".repeat(500)));
            write(
                    "number.json",
                    "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": " + "9".repeat(200)
                            + "}}");
            ScanResult r = scan(ParseLimits.DEFAULT.withMaxStringLength(100).withMaxNumberLength(50));
            Finding s = only(r, "string.json", "IAM001");
            assertEquals(Severity.ERROR, s.severity());
            assertTrue(s.message().contains("maxStringLength"), s.message());
            assertEquals(1, s.location().line());
            Finding n = only(r, "number.json", "IAM001");
            assertEquals(Severity.ERROR, n.severity());
            assertTrue(n.message().contains("maxNumberLength"), n.message());
        }

        @Test
        void aYamlAliasBombIsAnErrorWithoutExpanding() throws IOException {
            StringBuilder y = new StringBuilder("Statement:\n  - Effect: Allow\n    Action: iam:GetUser\n");
            y.append("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (int i = 1; i <= 12; i++) {
                y.append("a").append(i).append(": &a").append(i).append(" [");
                for (int j = 0; j < 9; j++) {
                    y.append(j == 0 ? "" : ",").append("*a").append(i - 1);
                }
                y.append("]\n");
            }
            write("laughs.yaml", y.toString());
            ScanResult r = scan();
            Finding f = only(r, "laughs.yaml", "IAM001");
            assertEquals(Severity.ERROR, f.severity());
            assertTrue(f.message().contains("maxYamlAliases"), f.message());
            assertEquals(16, f.location().line(), "the 101st alias: " + f);
        }

        @Test
        void tooManyYamlDocuments() throws IOException {
            write("docs.yaml", "Statement: []\nEffect: x\n" + "---\na: 1\n".repeat(30));
            write("docs-other.yaml", "---\na: 1\n".repeat(30));
            ScanResult r = scan(ParseLimits.DEFAULT.withMaxDocuments(10));
            Finding f = only(r, "docs.yaml", "IAM001");
            assertEquals(Severity.ERROR, f.severity());
            assertTrue(f.message().contains("maxYamlDocuments"), f.message());
            assertEquals(List.of("IAM001:note"), of(r, "docs-other.yaml"));
        }

        @Test
        void tooManyStatementsIsAnErrorAtTheStatementListAndNoRuleRuns() throws IOException {
            String stmt = "{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}";
            write(
                    "many.json",
                    "{\"Version\": \"2012-10-17\",\n \"Statement\": [" + (stmt + ",").repeat(10) + stmt + "]}");
            write("few.json", "{\"Version\": \"2012-10-17\",\n \"Statement\": [" + stmt + "]}");
            ScanResult r = scan(ParseLimits.DEFAULT.withMaxStatements(10));
            Finding f = only(r, "many.json", "IAM001");
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("[2,15]", f.location().toString());
            assertTrue(f.message().contains("11 statements") && f.message().contains("maxStatements"), f.message());
            assertEquals(List.of("IAM001:error"), of(r, "many.json"), "no rule ran on the oversized policy");
            assertTrue(of(r, "few.json").contains("IAM101:error"), "exactly the limit still runs the rules");
        }
    }

    @Nested
    class NeverStopAtTheFirstBadFile {

        @Test
        void everyFileIsScannedAndTheBadOnesDoNotHideTheRest() throws IOException {
            write("a-broken.json", "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": }]}");
            write("b-huge.json", "{\"Statement\": [{\"Effect\": \"Allow\"}]}" + " ".repeat(4096));
            write(
                    "c-latin1.json",
                    "{\"Statement\": [{\"Effect\": \"Allow\", \"Sid\": \"caf\u00e9\"}]}"
                            .getBytes(StandardCharsets.ISO_8859_1));
            Files.createDirectories(dir.resolve("d-dir.json"));
            write("e-keys.json", String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/*"));
            ScanResult r = scan(ParseLimits.DEFAULT.withMaxFileBytes(2048));
            assertEquals(4, r.filesScanned(), "the directory named *.json is no candidate");
            assertEquals(List.of("IAM001:error"), of(r, "a-broken.json"));
            assertEquals(List.of("IAM001:error"), of(r, "b-huge.json"));
            assertEquals(List.of("IAM001:error"), of(r, "c-latin1.json"));
            assertTrue(of(r, "e-keys.json").contains("IAM201:error"), located(r).toString());
        }

        @Test
        void aFailingRuleBecomesAnErrorAndTheOtherRulesAndFilesStillReport() throws IOException {
            write("a.json", String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/*"));
            write("b.json", String.format(CREATE_KEY_ON, "*"));
            Rule broken = new Rule() {
                @Override
                public RuleInfo info() {
                    return new RuleInfo("IAM299", "broken", Severity.ERROR, "d", "h", 1.0);
                }

                @Override
                public void check(PolicyContext context) {
                    throw new IllegalStateException("boom");
                }
            };
            List<Rule> rules = new ArrayList<>(RuleRegistry.all());
            rules.add(broken);
            ScanResult r = scan(ParseLimits.DEFAULT, rules);
            for (String file : List.of("a.json", "b.json")) {
                Finding f = r.findings().stream()
                        .filter(x -> x.file().equals(file) && x.message().startsWith("Internal error: rule IAM299"))
                        .findFirst()
                        .orElseThrow();
                assertEquals(Severity.ERROR, f.severity());
                assertEquals("IAM001", f.rule().id());
                assertTrue(of(r, file).contains("IAM201:error"), located(r).toString());
            }
        }
    }

    @Nested
    class FileSystem {

        @Test
        void symbolicLinkLoopsEndAndRealFilesAreFoundOnce() throws IOException {
            write("sub/keys.json", String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/*"));
            Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
            Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
            Files.createSymbolicLink(dir.resolve("ping"), dir.resolve("pong"));
            Files.createSymbolicLink(dir.resolve("pong"), dir.resolve("ping"));
            Files.createSymbolicLink(dir.resolve("loop.json"), dir.resolve("loop.json"));
            ScanResult r = scan();
            assertEquals(1, r.filesScanned(), located(r).toString());
            assertTrue(of(r, "sub/keys.json").contains("IAM201:error"));
        }

        @Test
        void anUnreadableFileIsAnErrorAndTheOthersAreScanned() throws IOException {
            Path locked = write("locked.json", String.format(CREATE_KEY_ON, "*"));
            write("keys.json", String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/*"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            try {
                // root (as in the project's containers) reads any file: permissions cannot be enforced then
                assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user");
                ScanResult r = scan();
                Finding f = only(r, "locked.json", "IAM001");
                assertEquals(Severity.ERROR, f.severity());
                assertTrue(f.message().contains("permission denied"), f.message());
                assertTrue(of(r, "keys.json").contains("IAM201:error"));
            } finally {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
            }
        }

        @Test
        void nonUtf8BytesAreAnErrorAtTheirPosition() throws IOException {
            byte[] head =
                    "{\"Statement\": [{\n  \"Effect\": \"Allow\",\n  \"Sid\": \"caf".getBytes(StandardCharsets.UTF_8);
            byte[] tail = "\"}]}".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + 1 + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            all[head.length] = (byte) 0xE9;
            System.arraycopy(tail, 0, all, head.length + 1, tail.length);
            write("latin1.json", all);
            Finding f = only(scan(), "latin1.json", "IAM001");
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("[3,14]", f.location().toString());
            assertTrue(f.message().contains("invalid UTF-8 byte 0xE9"), f.message());
        }

        @Test
        void aByteOrderMarkIsIgnoredAndPositionsStay() throws IOException {
            String policy = String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/*");
            write("plain.json", policy);
            write("bom.json", ("\uFEFF" + policy).getBytes(StandardCharsets.UTF_8));
            ScanResult r = scan();
            Finding plain = only(r, "plain.json", "IAM201");
            Finding bom = only(r, "bom.json", "IAM201");
            assertEquals(plain.location(), bom.location());
            assertEquals(
                    List.of(),
                    r.findings().stream()
                            .filter(f -> f.rule().id().equals("IAM001"))
                            .toList());
        }

        @Test
        void nulBytesMakeAPolicyAnError() throws IOException {
            write("nul.json", "{\"Statement\": [{\"Effect\": \"Allow\",\u0000 \"Action\": \"*\"}]}");
            write("nul-in-string.json", String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/\u0000"));
            write("nul.yaml", "Statement:\n  - Effect: Allow\n    Action: \"*\"\u0000\n");
            ScanResult r = scan();
            assertEquals(List.of("IAM001:error"), of(r, "nul.json"));
            assertEquals(List.of("IAM001:error"), of(r, "nul-in-string.json"));
            assertEquals(List.of("IAM001:error"), of(r, "nul.yaml"));
        }

        @Test
        void crLfGivesTheSameFindingsAtTheSamePositions() throws IOException {
            String policy =
                    "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
                            + "      \"Action\": \"iam:CreateAccessKey\",\n      \"Resource\": \"arn:aws:iam::*:user/*\"\n    }\n  ]\n}\n";
            write("lf/p.json", policy);
            write("crlf/p.json", policy.replace("\n", "\r\n"));
            write("lf/p.yaml", "Statement:\n  - Effect: Allow\n    Action: iam:CreateAccessKey\n    Resource: '*'\n");
            write(
                    "crlf/p.yaml",
                    "Statement:\r\n  - Effect: Allow\r\n    Action: iam:CreateAccessKey\r\n    Resource: '*'\r\n");
            ScanResult r = scan();
            for (String name : List.of("p.json", "p.yaml")) {
                List<String> lf = r.findings().stream()
                        .filter(f -> f.file().equals("lf/" + name))
                        .map(f -> f.rule().id() + f.location())
                        .toList();
                List<String> crlf = r.findings().stream()
                        .filter(f -> f.file().equals("crlf/" + name))
                        .map(f -> f.rule().id() + f.location())
                        .toList();
                assertFalse(lf.isEmpty());
                assertEquals(lf, crlf);
            }
            assertEquals("[7,19]", only(r, "crlf/p.json", "IAM201").location().toString());
        }
    }

    @Nested
    class Evasion {

        private ScanResult one(String name, String text) throws IOException {
            write(name, text);
            return scan();
        }

        @Test
        void jsonEscapesAreDecoded() throws IOException {
            ScanResult r = one(
                    "p.json",
                    String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/\\\\u002a")
                            .replace("\\\\u002a", "\\u002a"));
            assertEquals(Severity.ERROR, only(r, "p.json", "IAM201").severity());
            ScanResult escapedAction = one(
                    "q.json", String.format(CREATE_KEY_ON, "*").replace("iam:CreateAccessKey", "\\u0069am:\\u002A"));
            assertEquals(Severity.ERROR, only(escapedAction, "q.json", "IAM101").severity());
        }

        @Test
        void actionCaseVariantsMatch() throws IOException {
            ScanResult r = one(
                    "p.json",
                    String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/*")
                            .replace("iam:CreateAccessKey", "IAM:createACCESSkey"));
            assertEquals(Severity.ERROR, only(r, "p.json", "IAM201").severity());
            ScanResult w = one("w.json", String.format(CREATE_KEY_ON, "*").replace("iam:CreateAccessKey", "IaM:*"));
            assertEquals(Severity.ERROR, only(w, "w.json", "IAM101").severity());
        }

        @Test
        void duplicateKeysAreAnErrorWhicheverValueComesLast() throws IOException {
            write(
                    "last-bad.json",
                    "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:CreateAccessKey\","
                            + " \"Resource\": \"arn:aws:iam::*:user/${aws:username}\", \"Resource\": \"*\"}]}");
            write(
                    "first-bad.json",
                    "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"iam:CreateAccessKey\","
                            + " \"Resource\": \"*\", \"Resource\": \"arn:aws:iam::*:user/${aws:username}\"}]}");
            write(
                    "dup.yaml",
                    "Statement:\n  - Effect: Allow\n    Effect: Deny\n    Action: iam:CreateAccessKey\n"
                            + "    Resource: '*'\n");
            ScanResult r = scan();
            assertEquals(Severity.ERROR, only(r, "last-bad.json", "IAM001").severity());
            assertEquals(Severity.ERROR, only(r, "last-bad.json", "IAM201").severity());
            assertEquals(Severity.ERROR, only(r, "first-bad.json", "IAM001").severity());
            assertEquals(Severity.ERROR, only(r, "dup.yaml", "IAM001").severity());
        }

        @Test
        void statementAsAnObjectIsAPolicy() throws IOException {
            ScanResult r = one(
                    "p.json",
                    "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
                            + " \"Action\": \"*\", \"Resource\": \"*\"}}");
            assertEquals(Severity.ERROR, only(r, "p.json", "IAM101").severity());
        }

        @Test
        void numbersAndBooleansWhereStringsBelongAreStructureErrors() throws IOException {
            write("effect.json", "{\"Statement\": [{\"Effect\": true, \"Action\": \"*\", \"Resource\": \"*\"}]}");
            write("action.json", "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": 42, \"Resource\": \"*\"}]}");
            write("resource.yaml", "Statement:\n  - Effect: Allow\n    Action: iam:CreateAccessKey\n    Resource: 7\n");
            write(
                    "version.json",
                    "{\"Version\": 2012, \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
                            + " \"iam:GetUser\", \"Resource\": \"arn:aws:iam::*:user/${aws:username}\"}]}");
            ScanResult r = scan();
            assertTrue(of(r, "effect.json").contains("IAM003:error"), located(r).toString());
            assertTrue(of(r, "action.json").contains("IAM003:error"), located(r).toString());
            assertTrue(
                    of(r, "resource.yaml").contains("IAM003:error"), located(r).toString());
            assertTrue(
                    of(r, "version.json").contains("IAM002:error"), located(r).toString());
        }

        @Test
        void effectMustBeExactlyAllowOrDeny() throws IOException {
            write("upper.json", "{\"Statement\": [{\"Effect\": \"ALLOW\", \"Action\": \"*\", \"Resource\": \"*\"}]}");
            write("space.json", "{\"Statement\": [{\"Effect\": \"Allow \", \"Action\": \"*\", \"Resource\": \"*\"}]}");
            ScanResult r = scan();
            assertTrue(of(r, "upper.json").contains("IAM003:error"), located(r).toString());
            assertTrue(of(r, "space.json").contains("IAM003:error"), located(r).toString());
        }

        @Test
        void versionAsAnUnquotedYamlDateIsTheString() throws IOException {
            write(
                    "current.yaml",
                    "Version: 2012-10-17\nStatement:\n  - Effect: Allow\n    Action: iam:GetUser\n"
                            + "    Resource: arn:aws:iam::*:user/${aws:username}\n");
            write(
                    "old.yaml",
                    "Version: 2008-10-17\nStatement:\n  - Effect: Allow\n    Action: iam:GetUser\n"
                            + "    Resource: arn:aws:iam::*:user/${aws:username}\n");
            ScanResult r = scan();
            assertFalse(
                    of(r, "current.yaml").contains("IAM002:error"), located(r).toString());
            assertFalse(
                    of(r, "current.yaml").contains("IAM002:warning"), located(r).toString());
            assertEquals(Severity.ERROR, only(r, "old.yaml", "IAM002").severity());
        }

        @Test
        void mixedTypeListsAreStructureErrorsAndTheStringsStillCount() throws IOException {
            ScanResult r = one(
                    "p.json",
                    "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                            + " \"Action\": [\"iam:CreateAccessKey\", 5, null, true, {\"a\": \"iam:*\"}, [\"iam:*\"]],"
                            + " \"Resource\": [\"arn:aws:iam::*:user/*\", false]}, \"junk\", 3]}");
            List<String> got = of(r, "p.json");
            assertTrue(got.contains("IAM003:error"), got.toString());
            assertTrue(got.contains("IAM201:error"), got.toString());
        }

        @Test
        void yamlAliasesNeverPassForTheirName() throws IOException {
            write(
                    "alias.yaml",
                    "x: &act 'iam:*'\nStatement:\n  - Effect: Allow\n    Action: *act\n    Resource: '*'\n");
            write("merge.yaml", "base: &b {Effect: Allow, Action: '*', Resource: '*'}\nStatement:\n  - <<: *b\n");
            write("compose.yaml", "x: &d {image: a}\nservices:\n  web: *d\n");
            ScanResult r = scan();
            Finding f = only(r, "alias.yaml", "IAM001");
            assertEquals(Severity.ERROR, f.severity());
            assertEquals("[4,13]", f.location().toString());
            assertEquals(Severity.ERROR, only(r, "merge.yaml", "IAM001").severity());
            assertEquals(List.of(), of(r, "compose.yaml"), "aliases in files that are no policies are fine");
        }

        @Test
        void theEnginesUnknownValueMarksCannotBeSmuggledIn() throws IOException {
            write(
                    "raw.json",
                    String.format(CREATE_KEY_ON, "arn:aws:iam::*:user/*")
                            .replace("iam:CreateAccessKey", "iam:CreateAccessKey\uE001x\uE002"));
            write(
                    "escaped.json",
                    "{\"Statement\": [{\"Effect\": \"\\uE001x\\uE002\", \"Action\": \"*\","
                            + " \"Resource\": \"*\"}]}");
            write(
                    "escaped.yaml",
                    "Statement:\n  - Effect: \"\\U0000E001x\\U0000E002\"\n    Action: '*'\n" + "    Resource: '*'\n");
            ScanResult r = scan();
            assertTrue(of(r, "raw.json").contains("IAM005:warning"), located(r).toString());
            assertTrue(
                    of(r, "escaped.json").contains("IAM003:error"), located(r).toString());
            assertTrue(
                    of(r, "escaped.yaml").contains("IAM003:error"), located(r).toString());
        }

        @Test
        void jsonWithCommentsThatLooksLikeAPolicyIsAnError() throws IOException {
            ScanResult r =
                    one("p.json", "{\"Statement\": [ // allow all\n{\"Effect\": \"Allow\", \"Action\": \"*\"}]}");
            Finding f = only(r, "p.json", "IAM001");
            assertEquals(Severity.ERROR, f.severity());
            assertEquals(1, f.location().line());
        }

        @Test
        void terraformPolicyStringsDecodeTheirEscapes() throws IOException {
            ScanResult r = one(
                    "main.tf.json",
                    "{\"resource\": {\"aws_iam_user_policy\": {\"k\": {\"policy\":"
                            + " \"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\","
                            + " \\\"Action\\\": \\\"iam:CreateAccessKey\\\", \\\"Resource\\\": \\\"arn:aws:iam::*:user/\\\\u002a\\\"}]}\"}}}}");
            assertTrue(
                    of(r, "main.tf.json").contains("IAM201:error"), located(r).toString());
        }
    }

    @Test
    void aHugeSingleLineWithinTheDefaultsIsScannedInReasonableTime() throws IOException {
        StringBuilder b = new StringBuilder("{\"Version\": \"2012-10-17\", \"Statement\": [");
        for (int i = 0; i < 900; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"Sid\": \"S")
                    .append(i)
                    .append("\", \"Effect\": \"Allow\", \"Action\":"
                            + " [\"iam:Get*\", \"s3:*\", \"ec2:Describe*\"], \"Resource\": \"arn:aws:iam::*:user/*\"}");
        }
        write("big.json", b.append("]}").toString());
        long start = System.nanoTime();
        ScanResult r = scan();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30);
        assertTrue(of(r, "big.json").contains("IAM101:error"));
    }
}
