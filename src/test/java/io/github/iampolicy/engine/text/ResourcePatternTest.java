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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading resource values into tokens and fields, as every reader of resource patterns shares it. */
class ResourcePatternTest {

    static List<ResourcePattern.Kind> kinds(String s) {
        return ResourcePattern.of(s).tokens().stream()
                .map(ResourcePattern.Token::kind)
                .toList();
    }

    @Test
    void tokens() {
        assertEquals(
                List.of(ResourcePattern.Kind.LITERAL, ResourcePattern.Kind.STAR, ResourcePattern.Kind.ONE),
                kinds("a*?"));
        assertEquals(List.of(ResourcePattern.Kind.SELF), kinds("${aws:username}"));
        assertEquals(List.of(ResourcePattern.Kind.SELF), kinds("${ AWS:UserName }"));
        assertEquals(List.of(ResourcePattern.Kind.VARIABLE), kinds("${aws:PrincipalTag/x}"));
        assertEquals(List.of(ResourcePattern.Kind.UNKNOWN), kinds("${name}"));
        assertEquals(
                List.of(ResourcePattern.Kind.LITERAL, ResourcePattern.Kind.LITERAL, ResourcePattern.Kind.LITERAL),
                kinds("${*}${?}${$}"));
        assertEquals(
                List.of(ResourcePattern.Kind.UNKNOWN, ResourcePattern.Kind.LITERAL), kinds(Values.unknown("x") + "a"));
        // an unclosed unknown value runs to the end
        assertEquals(
                List.of(ResourcePattern.Kind.LITERAL, ResourcePattern.Kind.UNKNOWN), kinds("a" + Values.START + "abc"));
        // a lone $ at the end, $ without {, and an unclosed ${ are literal text
        assertEquals(List.of(ResourcePattern.Kind.LITERAL, ResourcePattern.Kind.LITERAL), kinds("a$"));
        assertEquals(3, kinds("$x}").size());
        assertEquals(
                List.of(ResourcePattern.Kind.LITERAL, ResourcePattern.Kind.LITERAL, ResourcePattern.Kind.LITERAL),
                kinds("${a"));
    }

    @Test
    void predicates() {
        assertTrue(ResourcePattern.of("*").isAllStar());
        assertTrue(ResourcePattern.of("**").isAllStar());
        assertFalse(ResourcePattern.of("").isAllStar());
        assertFalse(ResourcePattern.of("*a").isAllStar());
        assertTrue(ResourcePattern.of(Values.unknown("x")).isWhollyUnknown());
        assertFalse(ResourcePattern.of(Values.unknown("x") + "a").isWhollyUnknown());
        assertFalse(ResourcePattern.of("${aws:username}").isWhollyUnknown());
        assertFalse(ResourcePattern.of("").isWhollyUnknown());
        assertTrue(ResourcePattern.of("a/${aws:PrincipalTag/x}").hasUnknownOrVariable());
        assertTrue(ResourcePattern.of("a/" + Values.unknown("x")).hasUnknownOrVariable());
        assertFalse(ResourcePattern.of("a/${aws:username}*").hasUnknownOrVariable());
        assertEquals("arn:x", ResourcePattern.of("arn:x").text());
        assertEquals("arn:x", ResourcePattern.of("arn:x").toString());
    }

    @Test
    void fieldsSplitAtTheFirstFiveColons() {
        List<List<ResourcePattern.Token>> f =
                ResourcePattern.of("arn:aws:iam::1:user/a:b").fields();
        assertEquals(6, f.size());
        assertEquals(0, f.get(3).size());
        assertEquals(8, f.get(5).size(), "user/a:b keeps its colon");
        assertEquals(1, ResourcePattern.of("abc").fields().size());
        assertEquals(2, ResourcePattern.of("a:").fields().size());
        assertEquals(6, ResourcePattern.of(":::::").fields().size());
        assertEquals(6, ResourcePattern.of("::::::").fields().size());
        assertEquals(1, ResourcePattern.of("::::::").fields().get(5).size());
        // the name after the last slash
        assertEquals(
                3, ResourcePattern.of("arn:aws:iam::1:user/p/bob").nameTokens().size());
        assertEquals(4, ResourcePattern.of("arn:aws:iam::1:user").nameTokens().size());
    }

    @Test
    void eachTokenKeepsWhereItCameFrom() {
        // the document rules read a placeholder as any text, the self-management rules ${ * } as the character:
        // one reading serves both because the token says what IAM reads and what the lexer saw
        ResourcePattern.Token escape = ResourcePattern.of("${*}").tokens().get(0);
        ResourcePattern.Token spaced = ResourcePattern.of("${ * }").tokens().get(0);
        assertEquals(ResourcePattern.Kind.LITERAL, escape.kind());
        assertEquals(PolicyTextLexer.Kind.ESCAPE, escape.from());
        assertEquals(ResourcePattern.Kind.LITERAL, spaced.kind());
        assertEquals(PolicyTextLexer.Kind.PLACEHOLDER, spaced.from());
        assertEquals('*', spaced.c());
        assertEquals("${ * }", spaced.source());
        assertTrue(escape.isLiteral('*'));
        assertFalse(ResourcePattern.of("*").tokens().get(0).isLiteral('*'));
    }

    @Test
    void aPolicyWithoutVariablesReadsBracesAsText() {
        assertEquals(List.of(ResourcePattern.Kind.SELF), kinds("${aws:username}"));
        List<ResourcePattern.Token> plain = ResourcePattern.of("${aws:username}", PolicyTextLexer.Braces.NONE)
                .tokens();
        assertEquals(15, plain.size());
        assertTrue(plain.stream().allMatch(t -> t.kind() == ResourcePattern.Kind.LITERAL));
        assertFalse(ResourcePattern.of("a${x}", PolicyTextLexer.Braces.NONE).equals(ResourcePattern.of("a${x}")));
        assertEquals(ResourcePattern.of("a${x}"), ResourcePattern.of("a${x}"));
    }

    @Test
    void arnShapeAndFieldTexts() {
        ResourcePattern p = ResourcePattern.of("arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}");
        assertTrue(p.isArnShaped());
        assertEquals("${aws:PrincipalAccount}", p.fieldText(4));
        assertEquals("user/${aws:username}", p.fieldText(5));
        assertFalse(ResourcePattern.of("arn:aws:s3::b").isArnShaped(), "five fields");
        assertFalse(ResourcePattern.of("xarn:aws:s3:::b").isArnShaped());
        assertFalse(ResourcePattern.of("*").isArnShaped());
        assertEquals(8, ResourcePattern.fieldCount("arn:aws:s3:::b:c:d"));
    }
}
