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
package io.github.iampolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.text.PolicyTextLexer.Braces;
import io.github.iampolicy.engine.text.PolicyTextLexer.Kind;
import io.github.iampolicy.engine.text.PolicyTextLexer.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PolicyTextLexerTest {

    /** Kinds and texts as one readable line, e.g. {@code LITERAL(a) WILDCARD_STAR(*)}. */
    private static String shape(List<Token> tokens) {
        return tokens.stream().map(t -> t.kind() + "(" + t.text() + ")").collect(Collectors.joining(" "));
    }

    private static String shape(String s) {
        return shape(PolicyTextLexer.lex(s));
    }

    /** Every token's text is its extent in the source, and the extents tile the source. */
    private static void assertTiles(String s, Braces braces) {
        int at = 0;
        for (Token t : PolicyTextLexer.lex(s, braces)) {
            assertEquals(at, t.start(), s);
            assertTrue(t.end() > t.start(), s);
            assertEquals(s.substring(t.start(), t.end()), t.text(), s);
            at = t.end();
        }
        assertEquals(s.length(), at, s);
    }

    @Test
    void emptyAndPlainText() {
        assertEquals(List.of(), PolicyTextLexer.lex(""));
        assertEquals("LITERAL(arn:aws:s3:::bucket/key)", shape("arn:aws:s3:::bucket/key"));
    }

    @Test
    void wildcardsSplitLiteralRuns() {
        assertEquals(
                "LITERAL(arn:aws:s3:::b/) WILDCARD_STAR(*) LITERAL(.txt) WILDCARD_QUESTION(?)",
                shape("arn:aws:s3:::b/*.txt?"));
        assertEquals("WILDCARD_STAR(*) WILDCARD_STAR(*)", shape("**"));
    }

    @Test
    void variableWithPositions() {
        List<Token> t = PolicyTextLexer.lex("user/${aws:username}/x");
        assertEquals("LITERAL(user/) VARIABLE(${aws:username}) LITERAL(/x)", shape(t));
        Token v = t.get(1);
        assertEquals(5, v.start());
        assertEquals(20, v.end());
        assertEquals("aws:username", v.body());
        assertEquals("aws:username", v.name());
        assertFalse(v.hasDefault());
        assertNull(v.defaultValue());
        assertTrue(v.isVariable("AWS:UserName"));
        assertFalse(v.isVariable("aws:userid"));
    }

    @Test
    void variableDefaults() {
        Token v = PolicyTextLexer.lex("${aws:PrincipalTag/team , 'none'}").get(0);
        assertEquals(Kind.VARIABLE, v.kind());
        assertEquals("aws:PrincipalTag/team", v.name());
        assertTrue(v.hasDefault());
        assertEquals("'none'", v.defaultText());
        assertEquals("none", v.defaultValue());
        assertTrue(v.isVariable("aws:principaltag/team"));

        Token empty = PolicyTextLexer.lex("${aws:username,''}").get(0);
        assertEquals("", empty.defaultValue());

        Token unquoted = PolicyTextLexer.lex("${aws:username, none}").get(0);
        assertTrue(unquoted.hasDefault());
        assertEquals("none", unquoted.defaultText());
        assertNull(unquoted.defaultValue(), "a default must be quoted to be one");

        Token lone = PolicyTextLexer.lex("${aws:username, '}").get(0);
        assertNull(lone.defaultValue(), "one quote is not a quoted string");
    }

    @Test
    void escapesAreExactBodies() {
        assertEquals("ESCAPE(${*}) ESCAPE(${?}) ESCAPE(${$})", shape("${*}${?}${$}"));
        List<Token> t = PolicyTextLexer.lex("a${*}b");
        assertEquals('*', t.get(1).escaped());
        assertEquals("PLACEHOLDER(${ * })", shape("${ * }"), "only the exact escapes are escapes");
        assertEquals("PLACEHOLDER(${**})", shape("${**}"));
        assertThrows(IllegalStateException.class, () -> t.get(0).escaped());
        assertFalse(t.get(1).hasDefault());
        assertEquals("*", t.get(1).name());
    }

    @Test
    void placeholdersHaveNoColon() {
        assertEquals("PLACEHOLDER(${account_id})", shape("${account_id}"));
        assertEquals("PLACEHOLDER(${})", shape("${}"));
        Token p = PolicyTextLexer.lex("${ name }").get(0);
        assertEquals(" name ", p.body());
        assertEquals("name", p.name());
        assertFalse(p.hasDefault());
        assertNull(p.defaultText());
        Token d = PolicyTextLexer.lex("${name, 'x'}").get(0);
        assertEquals("name", d.name());
        assertEquals("x", d.defaultValue());
        assertFalse(d.isVariable("name"), "a placeholder is no variable");
    }

    @Test
    void unterminatedOpeningIsTwoCharactersAndLexingGoesOn() {
        assertEquals("LITERAL(a) UNTERMINATED(${) LITERAL(b) WILDCARD_STAR(*)", shape("a${b*"));
        assertEquals("UNTERMINATED(${)", shape("${"));
        List<Token> t = PolicyTextLexer.lex("x${aws:username");
        assertEquals(1, t.get(1).start());
        assertEquals(3, t.get(1).end());
    }

    @Test
    void dollarAloneIsLiteral() {
        assertEquals("LITERAL(a$)", shape("a$"));
        assertEquals("LITERAL($)", shape("$"));
        assertEquals("LITERAL($a{b}) WILDCARD_STAR(*)", shape("$a{b}*"));
        assertEquals("LITERAL($) VARIABLE(${a:b})", shape("$${a:b}"), "template escapes are resolved before");
        assertEquals("LITERAL(}{$)", shape("}{$"));
    }

    @Test
    void firstCloseEndsAtTheFirstBrace() {
        assertEquals("VARIABLE(${a{b:c}) LITERAL(d})", shape("${a{b:c}d}"));
        assertEquals("PLACEHOLDER(${a{b}) LITERAL(c}) VARIABLE(${x:y})", shape("${a{b}c}${x:y}"));
        assertEquals("VARIABLE(${x:${y:z})", shape("${x:${y:z}"), "nested openings are body text");
    }

    @Test
    void balancedCountsNestedBraces() {
        List<Token> t = PolicyTextLexer.lex("${a{b}c}${x:y}", Braces.BALANCED);
        assertEquals("PLACEHOLDER(${a{b}c}) VARIABLE(${x:y})", shape(t));
        assertEquals("a{b}c", t.get(0).body());
        assertEquals("UNTERMINATED(${) LITERAL(a{b)", shape(PolicyTextLexer.lex("${a{b", Braces.BALANCED)));
        assertEquals(
                "UNTERMINATED(${) LITERAL(a{b}) WILDCARD_STAR(*)",
                shape(PolicyTextLexer.lex("${a{b}*", Braces.BALANCED)),
                "FIRST_CLOSE would close at the first brace");
        assertEquals("PLACEHOLDER(${a{b}) WILDCARD_STAR(*)", shape("${a{b}*"));
    }

    @Test
    void withoutVariablesBracesArePlainText() {
        String u = Values.unknown("k");
        List<Token> t = PolicyTextLexer.lex("${aws:username}/${*}" + u + "${", Braces.NONE);
        assertEquals(
                "LITERAL(${aws:username}/${) WILDCARD_STAR(*) LITERAL(}) UNKNOWN(" + u + ") LITERAL(${)", shape(t));
        assertEquals(
                "LITERAL(${aws:) UNKNOWN(" + u + ") LITERAL(})",
                shape(PolicyTextLexer.lex("${aws:" + u + "}", Braces.NONE)),
                "an unknown inside braces is still an unknown");
    }

    @Test
    void unknownValuesFromTheDiscoveryLayer() {
        String v = "arn:aws:iam::" + Values.unknown("account_id") + ":user/" + Values.unknown("aws_iam_user.x.name");
        List<Token> t = PolicyTextLexer.lex(v);
        assertEquals(4, t.size());
        assertEquals(Kind.UNKNOWN, t.get(1).kind());
        assertEquals("account_id", t.get(1).body());
        assertEquals("account_id", t.get(1).name());
        assertEquals(Values.unknown("account_id"), t.get(1).text());
        assertEquals(Kind.UNKNOWN, t.get(3).kind());
        assertEquals("aws_iam_user.x.name", t.get(3).body());
        assertEquals(
                Values.unknownHints(v),
                t.stream()
                        .filter(x -> x.kind() == Kind.UNKNOWN)
                        .map(Token::body)
                        .toList());
    }

    @Test
    void wildcardsNextToAnUnknownStaySeparate() {
        String v = "*" + Values.unknown("x") + "?";
        assertEquals(
                List.of(Kind.WILDCARD_STAR, Kind.UNKNOWN, Kind.WILDCARD_QUESTION),
                PolicyTextLexer.lex(v).stream().map(Token::kind).toList());
    }

    @Test
    void anUnclosedUnknownMarkerRunsToTheEnd() {
        String v = "a" + Values.START + "b*";
        List<Token> t = PolicyTextLexer.lex(v);
        assertEquals(2, t.size());
        assertEquals(Kind.UNKNOWN, t.get(1).kind());
        assertEquals("b*", t.get(1).body());
        assertEquals("aX", Values.replaceUnknown(v, "X"), "the reading Values has");
    }

    @Test
    void variableBodyMayHoldAnUnknown() {
        String v = "${aws:" + Values.unknown("k") + "}";
        List<Token> t = PolicyTextLexer.lex(v);
        assertEquals(1, t.size());
        assertEquals(Kind.VARIABLE, t.get(0).kind());
    }

    @Test
    void hasVariable() {
        assertTrue(PolicyTextLexer.hasVariable("user/${aws:username}"));
        assertTrue(PolicyTextLexer.hasVariable("${*}${aws:userid, 'x'}"));
        assertFalse(PolicyTextLexer.hasVariable("${*}${?}${$}"));
        assertFalse(PolicyTextLexer.hasVariable("${account_id}"));
        assertFalse(PolicyTextLexer.hasVariable("${aws:username"));
        assertFalse(PolicyTextLexer.hasVariable("plain:text"));
        assertFalse(PolicyTextLexer.hasVariable(Values.unknown("aws:username")));
    }

    @Test
    void tokensTileTheSource() {
        String u = Values.unknown("h");
        for (String s : List.of(
                "",
                "$",
                "${",
                "}",
                "a${b",
                "${a{b}c}d",
                "${${${",
                "*?*" + u + "${*}" + u,
                "${aws:username, 'x'}/${?}",
                "x" + Values.START + "y" + Values.END + "z" + Values.START,
                "${a:" + Values.START + "}" + Values.END)) {
            assertTiles(s, Braces.FIRST_CLOSE);
            assertTiles(s, Braces.BALANCED);
            assertTiles(s, Braces.NONE);
        }
    }
}
