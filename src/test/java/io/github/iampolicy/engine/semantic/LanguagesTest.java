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
package io.github.iampolicy.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brics.automaton.Automaton;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.text.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pattern languages, policy-variable scanning and the user-ARN helpers of the semantic checker. */
class LanguagesTest {

    /** Memos of these checks; a session of the test class, dropped with it. */
    private static final AnalysisSession SESSION = new AnalysisSession();

    static final String ARN = "arn:aws:iam::123456789012:user/";

    @Test
    void tokensTurnTheUserVariableAndEscapesIntoTokens() {
        Languages.Tokens t = Languages.tokens("a${aws:username}b${*}${?}${$}*?", true);
        assertFalse(t.matchesNothing());
        assertArrayEquals(
                new int[] {'a', Languages.USER, 'b', '*', '?', '$', Evaluator.STAR, Evaluator.QMARK}, t.tokens());
        assertEquals(1, Languages.userCount(t));
        // without variables the text is literal
        Languages.Tokens lit = Languages.tokens("${x}", false);
        assertArrayEquals(new int[] {'$', '{', 'x', '}'}, lit.tokens());
        assertArrayEquals(
                new int[] {'$', '{', Languages.STAR, '}'},
                Languages.tokens("${*}", false).tokens(),
                "without variables an escape is text and its * a wildcard");
        // a lone $ at the end, an unclosed ${ and a $ not followed by { stay literal
        assertArrayEquals(new int[] {'a', '$'}, Languages.tokens("a$", true).tokens());
        assertArrayEquals(
                new int[] {'$', '{', 'a'}, Languages.tokens("${a", true).tokens());
        assertArrayEquals(
                new int[] {'$', 'x', '}'}, Languages.tokens("$x}", true).tokens());
        assertEquals(2, Languages.userCount(Languages.tokens("${aws:username}/${aws:username}", true)));
        assertArrayEquals(
                new int[] {Languages.USER},
                Languages.tokens("${ab}", true).tokens(),
                "two-letter names are variables, not escapes");
        assertTrue(Languages.tokens("x" + Values.unknown("p"), true).matchesNothing());
    }

    @Test
    void otherVariableFindsTheFirstVariableThatIsNotTheUserName() {
        assertNull(Languages.otherVariable("${aws:PrincipalTag/x}", false));
        assertNull(Languages.otherVariable("user/${aws:username}", true));
        assertNull(Languages.otherVariable("user/${ AWS:UserName , 'x'}", true));
        assertNull(Languages.otherVariable("${*}${?}${$}", true));
        assertEquals("${aws:PrincipalTag/x}", Languages.otherVariable("${aws:username}/${aws:PrincipalTag/x}", true));
        assertEquals("${a,'d'}", Languages.otherVariable("${a,'d'}", true));
        assertEquals("${ab}", Languages.otherVariable("x${ab}", true));
        assertNull(Languages.otherVariable("${aws:PrincipalTag/x", true), "unclosed");
        assertNull(Languages.otherVariable("plain", true));
        assertEquals("${b}", Languages.otherVariable("${*}${b}", true));
    }

    @Test
    void widenVariablesTurnsTheUserVariableIntoAStarAndKeepsEscapes() {
        assertEquals("arn:p:s::1:a*?", Languages.widenVariables("arn:p:s::1:a${aws:username}?"));
        assertEquals("u/*/x", Languages.widenVariables("u/${ AWS:UserName , 'anon' }/x"));
        assertEquals("u/${*}${?}${$}*", Languages.widenVariables("u/${*}${?}${$}${aws:username}"));
        assertEquals("u/${unclosed", Languages.widenVariables("u/${unclosed"));
    }

    @Test
    void userDefaultReadsTheQuotedDefault() {
        assertEquals("guest", Languages.userDefault("user/${aws:username, 'guest'}"));
        assertEquals("g", Languages.userDefault("${aws:username,'g'}"));
        assertEquals("", Languages.userDefault("${aws:username,''}"));
        assertNull(Languages.userDefault("${aws:username,'}"), "a single quote is no quoted default");
        assertNull(Languages.userDefault("${aws:username, guest}"));
        assertNull(Languages.userDefault("${aws:username}"));
        assertNull(Languages.userDefault("${aws:username, 'x'"), "unclosed");
        assertEquals("second", Languages.userDefault("${a}${aws:username, 'second'}"));
        assertNull(Languages.userDefault("no variables"));
        assertEquals("x", Languages.userDefault("${aws:username, 'x' }"));
    }

    @Test
    void resourceLanguages() {
        Automaton own = Languages.resource(SESSION, "arn:aws:iam::*:user/${aws:username}", true, "alice");
        assertTrue(own.run(ARN + "alice"));
        assertFalse(own.run(ARN + "bob"));
        assertFalse(own.run("arn:aws:iam::1:2:user/alice"), "* stays in its field");
        // without a user name the variable matches nothing, unless it has a default
        assertTrue(Languages.resource(SESSION, "arn:aws:iam::*:user/${aws:username}", true, null)
                .isEmpty());
        Automaton dflt = Languages.resource(SESSION, "arn:aws:iam::*:user/${aws:username, 'guest'}", true, null);
        assertTrue(dflt.run(ARN + "guest"));
        assertFalse(dflt.run(ARN + "alice"));
        assertTrue(Languages.resource(SESSION, "x" + Values.unknown("h"), true, "alice")
                .isEmpty());
        // a short pattern with a trailing star spans the remaining fields
        Automaton shortStar = Languages.resource(SESSION, "arn:aws:s3*", false, null);
        assertTrue(shortStar.run("arn:aws:s3:::bucket/key"));
        Automaton shortExact = Languages.resource(SESSION, "arn:aws:s3", false, null);
        assertTrue(shortExact.run("arn:aws:s3"));
        assertFalse(shortExact.run("arn:aws:s3:::b"));
        // the last field of a six-field pattern may contain colons
        Automaton six = Languages.resource(SESSION, "arn:aws:s3:::b/*", false, null);
        assertTrue(six.run("arn:aws:s3:::b/x:y"));
        assertFalse(six.run("arn:aws:s3:::c/x"));
        // results are independent copies
        Automaton a = Languages.resource(SESSION, "arn:aws:s3:::q", false, null);
        a.complement();
        assertTrue(Languages.resource(SESSION, "arn:aws:s3:::q", false, null).run("arn:aws:s3:::q"));
        Automaton b = Languages.resource(SESSION, "arn:aws:s3:::q", false, null);
        Automaton c = Languages.resource(SESSION, "arn:aws:s3:::q", false, null);
        assertTrue(b.equals(c));
        assertEquals(b.getNumberOfStates(), minimalStates(c));
    }

    static int minimalStates(Automaton a) {
        Automaton m = a.clone();
        m.minimize();
        return m.getNumberOfStates();
    }

    @Test
    void languagesAreMinimalAndDeterministic() {
        for (String p : List.of("arn:aws:iam::*:user/*", "arn:aws:s3*", "a*b?c")) {
            Automaton a = Languages.resource(SESSION, p, false, null);
            assertTrue(a.isDeterministic(), p);
            assertEquals(minimalStates(a), a.getNumberOfStates(), p);
        }
        Automaton set = Languages.chars("abcab");
        assertTrue(set.isDeterministic());
        assertEquals(2, set.getNumberOfStates());
        assertTrue(set.run("c"));
        assertFalse(set.run("ab"));
        assertFalse(set.run("d"));
        Automaton act = Languages.action("IAM:Get*");
        assertTrue(act.run("iam:getuser"));
        assertFalse(act.run("IAM:GetUser"), "action languages are over lower-case keys");
        assertTrue(Languages.caseless("aB").run("Ab"));
        assertTrue(Languages.caseless("").run(""));
    }

    @Test
    void userNames() {
        assertTrue(UserArns.isName("a"));
        assertTrue(UserArns.isName("a".repeat(64)));
        assertFalse(UserArns.isName("a".repeat(65)));
        assertFalse(UserArns.isName(""));
        assertFalse(UserArns.isName("a/b"));
        assertFalse(UserArns.isName("a b"));
        assertTrue(UserArns.isName("A_b+=,.@-9"));
    }

    @Test
    void namesOtherUserChecksTheArnConcretely() {
        assertTrue(UserArns.namesOtherUser(ARN + "bob", "alice"));
        assertFalse(UserArns.namesOtherUser(ARN + "alice", "alice"));
        assertFalse(UserArns.namesOtherUser(ARN + "ALICE", "alice"), "names are case-insensitive");
        assertTrue(UserArns.namesOtherUser(ARN + "division/team/bob", "alice"));
        assertFalse(UserArns.namesOtherUser(ARN + "team/alice", "alice"));
        assertFalse(UserArns.namesOtherUser(ARN + "pa th/bob", "alice"), "blank in the path");
        assertFalse(UserArns.namesOtherUser("arn:aws:iam::1:role/bob", "alice"));
        assertFalse(UserArns.namesOtherUser("arn:aws:s3::1:user/bob", "alice"));
        assertFalse(UserArns.namesOtherUser("arn:aws:iam:us-east-1:1:user/bob", "alice"));
        assertFalse(UserArns.namesOtherUser("arn:AWS:iam::1:user/bob", "alice"));
        assertFalse(UserArns.namesOtherUser("*", "alice"));
        assertFalse(UserArns.namesOtherUser(ARN, "alice"), "no name");
        assertTrue(UserArns.namesOtherUser("arn:aws-cn:iam::1:user/bob", "alice"));
    }

    @Test
    void userArnLanguages() {
        Automaton all = UserArns.userArn(SESSION);
        assertTrue(all.run(ARN + "bob"));
        assertTrue(all.run(ARN + "p/q/bob"));
        assertFalse(all.run(ARN));
        Automaton own = UserArns.own(SESSION, "Alice");
        assertTrue(own.run(ARN + "alice"));
        assertTrue(own.run(ARN + "path/ALICE"));
        assertFalse(own.run(ARN + "bob"));
        assertEquals(minimalStates(own), own.getNumberOfStates());
        List<Automaton> pref = UserArns.preferences(true, "alice");
        // issue 8: the preferred witnesses have a 12-digit account, never "x" or an empty one
        assertTrue(pref.get(0).run("arn:aws:iam::210987654321:user/bob"));
        assertFalse(pref.get(0).run("arn:aws:iam::x:user/bob"));
        assertFalse(pref.get(0).run("arn:aws:iam:::user/bob"));
        assertTrue(UserArns.preferences(true, "BOB").get(0).run("arn:aws:iam::210987654321:user/alice"));
        assertFalse(UserArns.preferences(true, "bob").get(0).run("arn:aws:iam::210987654321:user/bob"));
        assertEquals(5, UserArns.preferences(false, "alice").size());
        assertTrue(UserArns.preferences(false, "alice")
                .get(0)
                .run("arn:aws:s3:us-east-1:" + SemanticChecker.ACCOUNT + ":a/b"));
    }
}
