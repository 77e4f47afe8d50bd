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
package io.github.iampolicy.engine.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brics.automaton.Automaton;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.text.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ARN pattern splitting ({@link ResourcePattern}) and the document rules' matching of it. */
class ArnMatchingTest {

    private static List<String> fields(ResourcePattern p) {
        return java.util.stream.IntStream.range(0, p.fields().size())
                .mapToObj(p::fieldText)
                .toList();
    }

    @Test
    void splitsIntoSixFieldsKeepingColonsInTheResource() {
        ResourcePattern t = ResourcePattern.of("arn:aws:s3:::bucket:with:colons");
        assertEquals(List.of("arn", "aws", "s3", "", "", "bucket:with:colons"), fields(t));
        assertEquals("", t.fieldText(4));
        assertEquals(
                "123456789012",
                ResourcePattern.of("arn:aws:iam::123456789012:user/x").fieldText(4));
        assertFalse(ResourcePattern.of("arn:aws:s3").isArnShaped());
        assertFalse(ResourcePattern.of("xarn:aws:s3:::b").isArnShaped());
        assertFalse(ResourcePattern.of("arn:aws:s3::b").isArnShaped(), "five fields");
        assertTrue(ResourcePattern.of("arn:aws:s3:::b").isArnShaped());
        assertFalse(ResourcePattern.of("*").isArnShaped());
    }

    @Test
    void variablesAndUnknownValuesAreOnePieceEvenWithColonsInside() {
        ResourcePattern t = ResourcePattern.of("arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}");
        assertEquals(List.of("arn", "aws", "iam", "", "${aws:PrincipalAccount}", "user/${aws:username}"), fields(t));
        assertEquals(6, ResourcePattern.fieldCount("arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}"));
        String unknown = Values.unknown("Account:Id");
        ResourcePattern u = ResourcePattern.of("arn:aws:iam::" + unknown + ":user/bob");
        assertEquals(unknown, u.fieldText(4));
        assertEquals(3, ResourcePattern.fieldCount("a:b:c"));
        assertEquals(1, ResourcePattern.fieldCount("abc"));
        assertEquals(8, ResourcePattern.fieldCount("arn:aws:s3:::b:c:d"));
        assertEquals(2, ResourcePattern.fieldCount("${a:b}:c"));
        assertEquals(3, ResourcePattern.fieldCount("${a:b:c"), "an unclosed variable is plain text");
        assertEquals(2, ResourcePattern.fieldCount("$:{x}"));
    }

    @Test
    void automatonFollowsTheFieldRules() {
        Automaton a = ArnMatching.automaton(ResourcePattern.of("arn:aws:iam::*:user/*"));
        assertTrue(a.run("arn:aws:iam::123:user/x:y"), "the resource star spans colons");
        assertFalse(a.run("arn:aws:iam::1:2:user/x"), "an account star does not");
        assertTrue(a.run("arn:aws:iam:::user/"));
        Automaton q = ArnMatching.automaton(ResourcePattern.of("arn:aws:iam::?:user/?"));
        assertTrue(q.run("arn:aws:iam::1:user/:"));
        assertFalse(q.run("arn:aws:iam:::::user/a"));
        assertFalse(q.run("arn:aws:iam::12:user/a"));
        Automaton v =
                ArnMatching.automaton(ResourcePattern.of("arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}"));
        assertTrue(v.run("arn:aws:iam::42:user/anyone/else"));
        assertFalse(v.run("arn:aws:iam::4:2:user/a"));
        Automaton esc = ArnMatching.automaton(ResourcePattern.of("arn:aws:s3:::b/${*}${?}${$}"));
        assertTrue(esc.run("arn:aws:s3:::b/*?$"));
        assertFalse(esc.run("arn:aws:s3:::b/xyz"));
        Automaton lit = ArnMatching.automaton(ResourcePattern.of("arn:aws:s3:::exact"));
        assertTrue(lit.run("arn:aws:s3:::exact"));
        assertFalse(lit.run("arn:aws:s3:::exact2"));
        assertTrue(lit == ArnMatching.automaton(ResourcePattern.of("arn:aws:s3:::exact"))
                || lit.equals(ArnMatching.automaton(ResourcePattern.of("arn:aws:s3:::exact"))));
        Automaton once = ArnMatching.automaton(ResourcePattern.of("arn:aws:s3:::b*"));
        assertTrue(once == once || once.isDeterministic());
        Automaton min = once.clone();
        min.minimize();
        assertEquals(min.getNumberOfStates(), once.getNumberOfStates(), "kept minimal");
    }

    @Test
    void intersectsCatalogFormats() {
        String user = "arn:${Partition}:iam::${Account}:user/${UserNameWithPath}";
        String role = "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}";
        ActionCatalog catalog = ActionCatalog.defaultCatalog().within(new AnalysisSession());
        assertTrue(ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:iam::*:user/*"), user));
        assertFalse(ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:iam::*:user/*"), role));
        assertTrue(ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:iam::*:*"), role));
        assertFalse(ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:s3:::b"), user));
        assertTrue(
                ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:iam::1:user/a"), "^" + user + "$"),
                "anchors are ignored");
        assertFalse(ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:iam::1:user/a"), "^" + role + "$"));
        assertTrue(
                ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:iam::1:user/a"), "not an arn"),
                "unjudgeable formats match");
        assertTrue(
                ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:s3:::b"), "arn:aws:s3:::*"),
                "a star in a format is any text");
        assertFalse(
                ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:s3:::b"), "arn:aws:s3:::c?"),
                "a ? in a format is literal");
        assertTrue(ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:s3:::c?"), "arn:aws:s3:::c?"));
        // the answer is the same when asked again (cached)
        assertFalse(ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:iam::*:user/*"), role));
        assertTrue(ArnMatching.intersects(catalog, ResourcePattern.of("arn:aws:iam::*:user/*"), user));
    }

    @Test
    void aPlaceholderIsAnyTextOfItsFieldAnEscapeItsCharacter() {
        Automaton placeholder = ArnMatching.automaton(ResourcePattern.of("arn:aws:s3:::b/${ * }"));
        assertTrue(placeholder.run("arn:aws:s3:::b/xyz"));
        Automaton escape = ArnMatching.automaton(ResourcePattern.of("arn:aws:s3:::b/${*}"));
        assertTrue(escape.run("arn:aws:s3:::b/*"));
        assertFalse(escape.run("arn:aws:s3:::b/xyz"));
        Automaton account = ArnMatching.automaton(ResourcePattern.of("arn:aws:iam::${Acct}:user/a"));
        assertTrue(account.run("arn:aws:iam::1:user/a"));
        assertFalse(account.run("arn:aws:iam::1:2:user/a"), "a placeholder stays in its field");
    }
}
