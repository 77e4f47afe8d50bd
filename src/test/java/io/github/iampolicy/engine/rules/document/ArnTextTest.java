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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brics.automaton.Automaton;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.text.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ARN pattern splitting and matching used by the document rules. */
class ArnTextTest {

    @Test
    void splitsIntoSixFieldsKeepingColonsInTheResource() {
        ArnText t = ArnText.parse("arn:aws:s3:::bucket:with:colons");
        assertEquals(List.of("arn", "aws", "s3", "", "", "bucket:with:colons"), t.fields());
        assertEquals("", t.account());
        assertEquals(
                "123456789012",
                ArnText.parse("arn:aws:iam::123456789012:user/x").account());
        assertNull(ArnText.parse("arn:aws:s3"));
        assertNull(ArnText.parse("xarn:aws:s3:::b"));
        assertNull(ArnText.parse("arn:aws:s3::b"), "five fields");
        assertTrue(ArnText.isArnShaped("arn:aws:s3:::b"));
        assertFalse(ArnText.isArnShaped("*"));
    }

    @Test
    void variablesAndUnknownValuesAreOnePieceEvenWithColonsInside() {
        ArnText t = ArnText.parse("arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}");
        assertEquals(List.of("arn", "aws", "iam", "", "${aws:PrincipalAccount}", "user/${aws:username}"), t.fields());
        assertEquals(6, ArnText.fieldCount("arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}"));
        String unknown = Values.unknown("Account:Id");
        ArnText u = ArnText.parse("arn:aws:iam::" + unknown + ":user/bob");
        assertEquals(unknown, u.account());
        assertEquals(3, ArnText.fieldCount("a:b:c"));
        assertEquals(1, ArnText.fieldCount("abc"));
        assertEquals(8, ArnText.fieldCount("arn:aws:s3:::b:c:d"));
        assertEquals(2, ArnText.fieldCount("${a:b}:c"));
        assertEquals(3, ArnText.fieldCount("${a:b:c"), "an unclosed variable is plain text");
        assertEquals(2, ArnText.fieldCount("$:{x}"));
    }

    @Test
    void automatonFollowsTheFieldRules() {
        Automaton a = ArnText.parse("arn:aws:iam::*:user/*").automaton();
        assertTrue(a.run("arn:aws:iam::123:user/x:y"), "the resource star spans colons");
        assertFalse(a.run("arn:aws:iam::1:2:user/x"), "an account star does not");
        assertTrue(a.run("arn:aws:iam:::user/"));
        Automaton q = ArnText.parse("arn:aws:iam::?:user/?").automaton();
        assertTrue(q.run("arn:aws:iam::1:user/:"));
        assertFalse(q.run("arn:aws:iam:::::user/a"));
        assertFalse(q.run("arn:aws:iam::12:user/a"));
        Automaton v = ArnText.parse("arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}")
                .automaton();
        assertTrue(v.run("arn:aws:iam::42:user/anyone/else"));
        assertFalse(v.run("arn:aws:iam::4:2:user/a"));
        Automaton esc = ArnText.parse("arn:aws:s3:::b/${*}${?}${$}").automaton();
        assertTrue(esc.run("arn:aws:s3:::b/*?$"));
        assertFalse(esc.run("arn:aws:s3:::b/xyz"));
        Automaton lit = ArnText.parse("arn:aws:s3:::exact").automaton();
        assertTrue(lit.run("arn:aws:s3:::exact"));
        assertFalse(lit.run("arn:aws:s3:::exact2"));
        assertTrue(lit == ArnText.parse("arn:aws:s3:::exact").automaton()
                || lit.equals(ArnText.parse("arn:aws:s3:::exact").automaton()));
        Automaton once = ArnText.parse("arn:aws:s3:::b*").automaton();
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
        assertTrue(ArnText.parse("arn:aws:iam::*:user/*").intersects(catalog, user));
        assertFalse(ArnText.parse("arn:aws:iam::*:user/*").intersects(catalog, role));
        assertTrue(ArnText.parse("arn:aws:iam::*:*").intersects(catalog, role));
        assertFalse(ArnText.parse("arn:aws:s3:::b").intersects(catalog, user));
        assertTrue(ArnText.parse("arn:aws:iam::1:user/a").intersects(catalog, "^" + user + "$"), "anchors are ignored");
        assertFalse(ArnText.parse("arn:aws:iam::1:user/a").intersects(catalog, "^" + role + "$"));
        assertTrue(
                ArnText.parse("arn:aws:iam::1:user/a").intersects(catalog, "not an arn"), "unjudgeable formats match");
        assertTrue(
                ArnText.parse("arn:aws:s3:::b").intersects(catalog, "arn:aws:s3:::*"),
                "a star in a format is any text");
        assertFalse(
                ArnText.parse("arn:aws:s3:::b").intersects(catalog, "arn:aws:s3:::c?"), "a ? in a format is literal");
        assertTrue(ArnText.parse("arn:aws:s3:::c?").intersects(catalog, "arn:aws:s3:::c?"));
        // the answer is the same when asked again (cached)
        assertFalse(ArnText.parse("arn:aws:iam::*:user/*").intersects(catalog, role));
        assertTrue(ArnText.parse("arn:aws:iam::*:user/*").intersects(catalog, user));
    }
}
