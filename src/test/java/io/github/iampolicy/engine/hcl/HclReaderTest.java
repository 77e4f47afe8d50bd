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
package io.github.iampolicy.engine.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per construct of the HCL subset, each with the positions of what it reads. */
class HclReaderTest {

    static HclFile read(String text) throws TreeParseException {
        return new HclReader().read(text);
    }

    /** Line and column of the only occurrence of {@code needle}: an oracle independent of the reader. */
    static Location at(String text, String needle) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, "no " + needle);
        assertEquals(-1, text.indexOf(needle, i + 1), "ambiguous " + needle);
        String before = text.substring(0, i);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return new Location(line, i - before.lastIndexOf('\n'));
    }

    private static ScalarNode scalar(Node n) {
        return (ScalarNode) n;
    }

    @Test
    void blocksNestTheirLabelsAsTerraformJsonDoes() throws TreeParseException {
        String text = "resource \"aws_iam_policy\" \"p\" {\n  name = \"n\"\n}\nlocals {\n  a = 1\n}\n";
        ObjectNode body = read(text).body();
        assertEquals(HclReader.BODY, body.tag());
        List<HclBlocks.Block> blocks = HclBlocks.of(body);
        assertEquals(2, blocks.size());
        HclBlocks.Block r = blocks.get(0);
        assertEquals("resource", r.type());
        assertEquals(List.of("aws_iam_policy", "p"), r.labels());
        assertEquals(new Location(1, 1), r.location());
        assertEquals(at(text, "{\n  name"), r.body().location());
        assertEquals(HclReader.BLOCK, r.body().tag());
        ObjectNode type = (ObjectNode) body.get("resource");
        assertEquals(
                at(text, "\"aws_iam_policy\""), type.member("aws_iam_policy").keyLocation());
        assertEquals(
                at(text, "\"p\""),
                ((ObjectNode) type.get("aws_iam_policy")).member("p").keyLocation());
        assertEquals(List.of(), blocks.get(1).labels());
        assertEquals(at(text, "locals"), blocks.get(1).location());
    }

    @Test
    void repeatedBlocksAndOneLineBlocks() throws TreeParseException {
        String text = "d {\n  statement { sid = \"A\" }\n  statement {\n    sid = \"B\"\n  }\n}\n";
        HclBlocks.Block d = HclBlocks.of(read(text).body()).get(0);
        List<HclBlocks.Block> statements = HclBlocks.named(d.body(), "statement");
        assertEquals(2, statements.size());
        assertEquals("A", statements.get(0).body().string("sid"));
        assertEquals(at(text, "\"A\""), statements.get(0).body().get("sid").location());
        assertEquals(at(text, "statement {\n    sid"), statements.get(1).location());
    }

    @Test
    void attributesLiteralsAndTheirPositions() throws TreeParseException {
        String text = "a = 1\nb   = -2.5e3\nc = true\nd = null\ne = \"x\"\n";
        ObjectNode body = read(text).body();
        assertEquals(new Location(1, 1), body.member("a").keyLocation());
        assertEquals(ScalarNode.Type.NUMBER, scalar(body.get("a")).type());
        assertEquals("-2.5e3", scalar(body.get("b")).value());
        assertEquals(new Location(2, 7), body.get("b").location());
        assertEquals(ScalarNode.Type.BOOLEAN, scalar(body.get("c")).type());
        assertEquals(ScalarNode.Type.NULL, scalar(body.get("d")).type());
        assertEquals(new Location(5, 5), body.get("e").location());
    }

    @Test
    void valuesOfOneTokenEndAfterIt() throws TreeParseException {
        String text = "a = 1\nc = true\ne = \"arn:aws:s3:::b/${var.x}\"\nf = var.y\n";
        ObjectNode body = read(text).body();
        Location e = body.get("e").location();
        // just after the closing quote
        assertEquals(List.of(3, 5, 3, 30), List.of(e.line(), e.column(), e.endLine(), e.endColumn()));
        Location c = body.get("c").location();
        assertEquals(List.of(2, 9), List.of(c.endLine(), c.endColumn()));
        Location f = body.get("f").location();
        assertEquals(List.of(4, 10), List.of(f.endLine(), f.endColumn()));
    }

    @Test
    void stringTemplatesMakeInterpolationsUnknownAndKeepEscapes() throws TreeParseException {
        String text = "r = \"arn:aws:iam::${var.account}:user/$${aws:username}\\t\\\"q\\\"\"\n";
        HclFile f = read(text);
        ScalarNode r = scalar(f.body().get("r"));
        assertEquals("arn:aws:iam::" + Values.unknown("var.account") + ":user/${aws:username}\t\"q\"", r.value());
        assertEquals(at(text, "\"arn"), r.location());
        HclTemplate t = f.template(r.location());
        assertEquals(3, t.parts().size());
        HclTemplate.Interpolation i = (HclTemplate.Interpolation) t.parts().get(1);
        assertEquals("var.account", i.expression());
        assertEquals(text.indexOf("${var"), i.offset());
        assertEquals("arn:aws:iam::${var.account}:user/$${aws:username}\t\"q\"", r.raw());
    }

    @Test
    void directivesAreUnknownUpToTheirEnd() throws TreeParseException {
        String text = "s = \"a%{ if var.x }b${var.y}%{ else }c%{ endif }d %%{ literal }\"\n";
        ScalarNode s = scalar(read(text).body().get("s"));
        assertEquals("a" + Values.written("if var.x") + "d %{ literal }", s.value());
        // named as written, spaces kept
        assertEquals(List.of("if var.x"), Values.unknownHints(s.value()));
    }

    @Test
    void heredocKeepsEveryLineAndItsPosition() throws TreeParseException {
        String text = "policy = <<EOF\n{\n  \"Resource\": \"${var.arn}\"\n}\nEOF\nnext = 1\n";
        HclFile f = read(text);
        ScalarNode p = scalar(f.body().get("policy"));
        assertEquals("{\n  \"Resource\": \"" + Values.unknown("var.arn") + "\"\n}\n", p.value());
        assertEquals(at(text, "<<EOF"), p.location());
        HclTemplate t = f.template(p.location());
        assertTrue(t.heredoc());
        HclTemplate.Text first = (HclTemplate.Text) t.parts().get(0);
        assertEquals(text.indexOf("\"Resource\""), first.offsets()[first.text().indexOf("\"Resource\"")]);
        assertEquals(new Location(6, 1), f.body().member("next").keyLocation());
    }

    @Test
    void indentedHeredocDropsTheCommonIndentationButKeepsPositions() throws TreeParseException {
        String text = "x {\n  p = <<-EOT\n    {\n      \"A\": 1\n    }\n    EOT\n}\n";
        HclFile f = read(text);
        ObjectNode x = HclBlocks.of(f.body()).get(0).body();
        ScalarNode p = scalar(x.get("p"));
        assertEquals("{\n  \"A\": 1\n}\n", p.value());
        TemplateJson json = TemplateJson.of(f.template(p.location()));
        LineIndex index = new LineIndex(text);
        assertEquals(at(text, "\"A\""), index.at(json.offsetOf(new Location(2, 3))));
    }

    @Test
    void jsonencodeObjectIsACallHoldingTheObject() throws TreeParseException {
        String text =
                "policy = jsonencode({\n  Version = \"2012-10-17\"\n  \"Statement\" : [\n    { Effect = \"Allow\" },\n  ]\n})\n";
        ArrayNode call = (ArrayNode) read(text).body().get("policy");
        assertEquals("jsonencode", HclReader.function(call));
        assertEquals(at(text, "jsonencode"), call.location());
        ObjectNode o = (ObjectNode) call.get(0);
        assertEquals(at(text, "({").column() + 1, o.location().column());
        assertEquals(at(text, "Version"), o.member("Version").keyLocation());
        assertEquals(at(text, "\"Statement\""), o.member("Statement").keyLocation());
        ObjectNode s = (ObjectNode) ((ArrayNode) o.get("Statement")).get(0);
        assertEquals(at(text, "\"Allow\""), s.get("Effect").location());
        ObjectNode json = (ObjectNode) HclValues.toJson(o);
        assertEquals("2012-10-17", json.string("Version"));
    }

    @Test
    void listsAcrossLinesWithTrailingComma() throws TreeParseException {
        String text = "a = [\n  \"x\",\n  # a comment\n  \"y\",\n]\nb = []\n";
        ObjectNode body = read(text).body();
        ArrayNode a = (ArrayNode) body.get("a");
        assertEquals(2, a.size());
        assertEquals(at(text, "\"y\""), a.get(1).location());
        assertEquals(0, ((ArrayNode) body.get("b")).size());
    }

    @Test
    void objectsSeparatedByCommasOrLines() throws TreeParseException {
        String text = "m = { a = 1, \"b\" = 2\n  c : 3 }\n";
        ObjectNode m = (ObjectNode) read(text).body().get("m");
        assertEquals(
                List.of("a", "b", "c"),
                m.members().stream().map(ObjectNode.Member::key).toList());
        assertEquals(at(text, "c :"), m.member("c").keyLocation());
    }

    @Test
    void commentsOfEveryKind() throws TreeParseException {
        String text = "# hash\n// slashes\n/* block\n   comment */ a = 1 # trailing\nb = /* inline */ 2 // end\n";
        ObjectNode body = read(text).body();
        assertEquals(at(text, "a = 1"), body.member("a").keyLocation());
        assertEquals(at(text, "2 //"), body.get("b").location());
    }

    @Test
    void functionCallsKeepTheirArguments() throws TreeParseException {
        String text =
                "a = file(\"${path.module}/p.json\")\nb = templatefile(\"t.tpl\", { x = 1 })\nc = provider::aws::arn_parse(\"x\")\n";
        ObjectNode body = read(text).body();
        ArrayNode file = (ArrayNode) body.get("a");
        assertEquals("file", HclReader.function(file));
        assertEquals(at(text, "\"${path"), file.get(0).location());
        assertEquals(2, ((ArrayNode) body.get("b")).size());
        assertEquals("provider::aws::arn_parse", HclReader.function(body.get("c")));
    }

    @Test
    void referencesAreUnknownAndNamed() throws TreeParseException {
        String text =
                "a = var.x\nb = data.aws_iam_policy_document.doc.json\nc = aws_iam_user.u.name\nd = \"${data.aws_iam_policy_document.doc.json}\"\n";
        HclFile f = read(text);
        ScalarNode a = scalar(f.body().get("a"));
        assertEquals(HclReader.REF, a.tag());
        assertEquals("var.x", a.raw());
        assertTrue(Values.isUnknown(a.value()));
        assertEquals("doc", HclValues.documentReference(f, f.body().get("b")));
        assertEquals("doc", HclValues.documentReference(f, f.body().get("d")));
        assertNull(HclValues.documentReference(f, f.body().get("c")));
        assertEquals(at(text, "aws_iam_user"), f.body().get("c").location());
    }

    @Test
    void operatorsConditionalsAndForExpressionsAreUnknown() throws TreeParseException {
        String text = "a = var.n + 1\nb = var.c ? \"x\" : \"y\"\nc = [for s in var.l : upper(s) if s != \"\"]\n"
                + "d = {for k, v in var.m :\n  k => v... if k != \"Name\"\n}\ne = var.l[0].name\nf = var.l[*].arn\ng = (\n  var.c\n  ? 1\n  : 2\n)\nh = !var.b\n";
        ObjectNode body = read(text).body();
        for (String k : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
            ScalarNode s = scalar(body.get(k));
            assertEquals(HclReader.EXPR, s.tag(), k);
            assertTrue(Values.isUnknown(s.value()), k);
        }
        assertEquals(at(text, "[for"), body.get("c").location());
        assertEquals("var.c ? 1 : 2", scalar(body.get("g")).raw());
    }

    @Test
    void errorsNameTheirLineAndColumn() {
        assertError("a = \"open\nb = 1\n", "unterminated string", new Location(1, 5));
        assertError("p = <<EOF\n{}\n", "unterminated heredoc <<EOF", new Location(1, 5));
        assertError("a = 1 @\n", "unexpected character '@'", new Location(1, 7));
        assertError("a = \"${var.x\"\n", "unterminated ${ interpolation", new Location(1, 6));
        assertError("b {\n  a = 1\n", "is not closed", new Location(3, 1));
        assertError("a = \"%{ if x }y\"\n", "unterminated %{ if x } directive", new Location(1, 6));
        assertError("/* open\n", "unterminated /* comment", new Location(1, 1));
        assertError("a = \"\\q\"\n", "invalid escape \\q", new Location(1, 6));
    }

    private static void assertError(String text, String message, Location at) {
        TreeParseException e =
                org.junit.jupiter.api.Assertions.assertThrows(TreeParseException.class, () -> read(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(at, e.location(), e.getMessage());
        assertFalse(e.limitExceeded());
    }

    @Test
    void limitsAreEnforcedWhileReading() {
        var limits = io.github.iampolicy.engine.tree.ParseLimits.DEFAULT
                .withMaxDepth(10)
                .withMaxStringLength(50);
        HclReader reader = new HclReader(limits);
        TreeParseException deep = org.junit.jupiter.api.Assertions.assertThrows(
                TreeParseException.class, () -> reader.read("a = " + "[".repeat(50) + "]".repeat(50) + "\n"));
        assertTrue(deep.limitExceeded() && deep.getMessage().contains("maxNestingDepth"), deep.getMessage());
        TreeParseException blocks = org.junit.jupiter.api.Assertions.assertThrows(
                TreeParseException.class, () -> reader.read("b {\n".repeat(20) + "}\n".repeat(20)));
        assertTrue(blocks.limitExceeded(), blocks.getMessage());
        TreeParseException interpolation = org.junit.jupiter.api.Assertions.assertThrows(
                TreeParseException.class, () -> reader.read("a = \"" + "${\"".repeat(30) + "\"\n"));
        assertTrue(interpolation.limitExceeded(), interpolation.getMessage());
        TreeParseException string = org.junit.jupiter.api.Assertions.assertThrows(
                TreeParseException.class, () -> reader.read("a = \"" + "x".repeat(60) + "\"\n"));
        assertTrue(string.limitExceeded() && string.getMessage().contains("maxStringLength"), string.getMessage());
        TreeParseException heredoc = org.junit.jupiter.api.Assertions.assertThrows(
                TreeParseException.class, () -> reader.read("a = <<E\n" + "x\n".repeat(40) + "E\n"));
        assertTrue(heredoc.limitExceeded(), heredoc.getMessage());
    }

    @Test
    void crLfLinesCountOnce() throws TreeParseException {
        ObjectNode body = read("a = 1\r\nb = <<E\r\nx\r\nE\r\nc = 2\r\n").body();
        assertEquals(new Location(5, 1), body.member("c").keyLocation());
        assertEquals("x\n", scalar(body.get("b")).value());
    }
}
