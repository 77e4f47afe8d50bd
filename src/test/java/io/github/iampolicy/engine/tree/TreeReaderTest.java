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
package io.github.iampolicy.engine.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeReaderTest {

    private final TreeReader reader = new TreeReader();

    private ObjectNode json(String text) throws TreeParseException {
        return (ObjectNode) reader.read(text, TreeReader.Syntax.JSON).get(0);
    }

    private ObjectNode yaml(String text) throws TreeParseException {
        return (ObjectNode) reader.read(text, TreeReader.Syntax.YAML).get(0);
    }

    @Test
    void jsonValuesCarryLineAndColumn() throws TreeParseException {
        ObjectNode root = json("{\n  \"Statement\": [\n    {\"Resource\": \"arn:aws:iam::*:user/*\"}\n  ]\n}");
        ArrayNode st = (ArrayNode) root.get("Statement");
        assertEquals(new Location(2, 16), st.location());
        ObjectNode s0 = (ObjectNode) st.get(0);
        assertEquals(new Location(3, 5), s0.location());
        assertEquals(new Location(3, 18), s0.get("Resource").location());
        assertEquals(new Location(3, 6), s0.member("Resource").keyLocation());
    }

    /** The end of {@code n}'s location as {@code [line,column]}. */
    private static String end(Node n) {
        return n.location().hasEnd()
                ? "[" + n.location().endLine() + "," + n.location().endColumn() + "]"
                : "none";
    }

    @Test
    void jsonValuesCarryTheirEnd() throws TreeParseException {
        ObjectNode root =
                json("{\n  \"Statement\": [\n    {\"Resource\": \"arn:aws:iam::*:user/*\", \"N\": 12}\n  ]\n}");
        ArrayNode st = (ArrayNode) root.get("Statement");
        ObjectNode s0 = (ObjectNode) st.get(0);
        // just after the closing quote of the string: column 18 + 23 characters
        assertEquals("[3,41]", end(s0.get("Resource")));
        assertEquals("[3,50]", end(s0.get("N")));
        assertEquals("[3,51]", end(s0));
        assertEquals("[4,4]", end(st));
        // the end does not make two locations of one start different
        assertEquals(new Location(3, 18), s0.get("Resource").location());
        assertTrue(new Location(1, 1).endingAt(new Location(1, 1)).hasEnd() == false);
    }

    @Test
    void yamlValuesCarryTheirEnd() throws TreeParseException {
        ObjectNode y = yaml(
                "Action: s3:GetObject\nResource: 'arn:aws:s3:::b/*'\nFolded: >-\n  one\n  two\nR: !Sub 'x-${AWS::Region}'\n");
        assertEquals("[1,21]", end(y.get("Action")));
        assertEquals("[2,29]", end(y.get("Resource")));
        // a block scalar ends with its last line break: nothing of the next line is inside it
        assertEquals("[6,1]", end(y.get("Folded")));
        assertEquals("[6,27]", end(y.get("R")));
    }

    @Test
    void crlfIsOneLineEnd() throws TreeParseException {
        ObjectNode root = json("{\r\n\"a\": 1,\r\n\"b\": \"x\"\r\n}");
        assertEquals(new Location(3, 6), root.get("b").location());
        ObjectNode y = yaml("a: 1\r\nb: x\r\n");
        assertEquals(new Location(2, 4), y.get("b").location());
    }

    @Test
    void duplicateKeysAreKeptAndTheLastWins() throws TreeParseException {
        ObjectNode root = json("{\"Effect\": \"Deny\", \"Effect\": \"Allow\"}");
        assertEquals(2, root.members().size());
        assertEquals("Allow", root.string("Effect"));
        assertEquals(1, root.distinctMembers().size());
    }

    @Test
    void escapesAreDecodedAndRawKept() throws TreeParseException {
        ScalarNode s = (ScalarNode)
                json("{\"r\": \"user/\\u002a\", \"n\": 1.10, \"b\": true}").get("r");
        assertEquals("user/*", s.value());
        assertEquals("1.10", ((ScalarNode) json("{\"n\": 1.10}").get("n")).raw());
        ScalarNode b = (ScalarNode) json("{\"b\": true}").get("b");
        assertEquals(ScalarNode.Type.BOOLEAN, b.type());
        assertEquals("true", b.value());
    }

    @Test
    void parseErrorsAreLocated() {
        TreeParseException e = assertThrows(
                TreeParseException.class, () -> json("{\n  \"Action\": [\n    \"iam:A\"\n    \"iam:B\"\n  ]\n}"));
        assertEquals(4, e.location().line());
        assertFalse(e.limitExceeded());
        assertFalse(e.getMessage().contains("Source:"), "no parser internals in the message: " + e.getMessage());
        TreeParseException trailing = assertThrows(TreeParseException.class, () -> json("{} {}"));
        assertTrue(trailing.getMessage().contains("after the end"));
    }

    @Test
    void badUtf8IsLocated() {
        byte[] bytes = "{\n  \"a\": \"x\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        TreeParseException e = assertThrows(TreeParseException.class, () -> TreeReader.decodeUtf8(bytes));
        assertEquals(new Location(2, 10), e.location());
        assertTrue(e.getMessage().contains("0xE9"));
    }

    @Test
    void byteOrderMarkIsIgnored() throws TreeParseException {
        byte[] withBom = ("\uFEFF{\"a\": 1}").getBytes(StandardCharsets.UTF_8);
        String text = TreeReader.decodeUtf8(withBom);
        assertEquals(new Location(1, 7), json(text).get("a").location());
    }

    @Test
    void yamlKeepsTagsAndCloudFormationScalars() throws TreeParseException {
        ObjectNode y = yaml("Version: 2012-10-17\nR: !Sub 'arn:${AWS::Partition}:x'\nL: !If [c, a, b]\nN: 5\n");
        ScalarNode version = (ScalarNode) y.get("Version");
        assertEquals(ScalarNode.Type.STRING, version.type());
        assertEquals("2012-10-17", version.value());
        assertEquals("!Sub", y.get("R").tag());
        assertEquals("!If", y.get("L").tag());
        assertEquals(ScalarNode.Type.NUMBER, ((ScalarNode) y.get("N")).type());
    }

    @Test
    void yamlStreamsHaveOneRootPerDocument() throws TreeParseException {
        List<Node> docs = reader.read("a: 1\n---\nb: 2\n", TreeReader.Syntax.YAML);
        assertEquals(2, docs.size());
        assertEquals(new Location(3, 1), ((ObjectNode) docs.get(1)).member("b").keyLocation());
        assertTrue(reader.read("", TreeReader.Syntax.JSON).isEmpty());
    }

    @Test
    void limitsAreEnforcedWhileReading() {
        TreeReader small = new TreeReader(new ParseLimits(1_000_000, 10, 50, 10, 2, 1));
        TreeParseException deep = assertThrows(
                TreeParseException.class, () -> small.read("[".repeat(50) + "]".repeat(50), TreeReader.Syntax.JSON));
        assertTrue(deep.limitExceeded(), deep.getMessage());
        TreeParseException longString = assertThrows(
                TreeParseException.class,
                () -> small.read("{\"a\": \"" + "x".repeat(100) + "\"}", TreeReader.Syntax.JSON));
        assertTrue(longString.limitExceeded(), longString.getMessage());
        TreeParseException docs = assertThrows(
                TreeParseException.class, () -> small.read("a: 1\n---\nb: 1\n---\nc: 1\n", TreeReader.Syntax.YAML));
        assertTrue(docs.limitExceeded());
        TreeParseException aliases = assertThrows(
                TreeParseException.class, () -> small.read("a: &x 1\nb: *x\nc: *x\n", TreeReader.Syntax.YAML));
        assertTrue(aliases.limitExceeded(), aliases.getMessage());
        TreeParseException deepYaml = assertThrows(
                TreeParseException.class,
                () -> small.read("a: " + "[".repeat(50) + "]".repeat(50), TreeReader.Syntax.YAML));
        assertTrue(deepYaml.limitExceeded(), deepYaml.getMessage());
    }
}
