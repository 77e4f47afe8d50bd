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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void placeholdersBecomeUnknownTokens() {
        String v = Values.resolveTemplate("arn:aws:iam::${account_id}:user/${aws:username}");
        assertEquals("arn:aws:iam::" + Values.unknown("account_id") + ":user/${aws:username}", v);
        assertEquals(List.of("account_id"), Values.unknownHints(v));
        assertEquals("arn:aws:iam::${account_id}:user/${aws:username}", Values.display(v));
        assertTrue(Values.isUnknown(Values.resolveTemplate("${x}")));
        assertFalse(Values.isUnknown(Values.resolveTemplate("${x}*")));
    }

    @Test
    void terraformEscapesAreLiteral() {
        assertEquals("user/${aws:username}", Values.resolveTemplate("user/$${aws:username}"));
        assertEquals("user/${aws:username}", Values.resolveTemplate("user/&{aws:username}"));
        assertEquals("a/${foo}", Values.resolveTemplate("a/$${foo}"), "an escaped placeholder is literal text");
    }

    @Test
    void policyVariablesAndEscapesStay() {
        for (String s : List.of("${aws:username}", "${*}", "${?}", "${$}", "${aws:PrincipalTag/team, 'x'}")) {
            assertEquals(s, Values.resolveTemplate(s));
        }
    }

    @Test
    void unbalancedBracesAreLeftForIam009() {
        assertEquals("user/${aws:username", Values.resolveTemplate("user/${aws:username"));
        assertEquals("user/${oops", Values.resolveTemplate("user/${oops"));
    }

    @Test
    void tokenHintsCannotInjectStructure() {
        String t = Values.unknown("a:b\"c}" + "x".repeat(200));
        assertFalse(t.contains(":"));
        assertFalse(t.contains("\""));
        assertTrue(t.length() < 80);
        assertEquals("X-Y", Values.replaceUnknown(Values.unknown("p") + "-Y", "X"));
    }

    @Test
    void writtenExpressionsAreNamedAsWritten() {
        assertEquals("${var.x}", Values.display(Values.written("jsonencode(var.x)")));
        assertEquals("${var.x}", Values.display(Values.written(" tostring( var.x ) ")));
        assertEquals(
                "${data.aws_caller_identity.current.account_id}",
                Values.display(Values.written("data.aws_caller_identity.current.account_id")));
        assertEquals(
                "${var.fifo ? format(\"%s.fifo\", var.name) : var.name}",
                Values.display(Values.written("var.fifo ?\n  format(\"%s.fifo\", var.name) : var.name")));
        // not a pass-through encoding of one argument: kept whole
        assertEquals(
                "${jsonencode(a) == jsonencode(b)}", Values.display(Values.written("jsonencode(a) == jsonencode(b)")));
        assertEquals("${merge(...)}", Values.display(Values.written("merge(...)")));
        // braces cannot end the ${...} a message shows; the engine's marks cannot pass through
        assertEquals(List.of("f((a = 1))"), Values.unknownHints(Values.written("f({a = 1})")));
        assertTrue(Values.isUnknown(Values.written("a" + Values.END + "b")));
        // a long expression is cut, and stays apart from another of the same start
        String a = "x".repeat(200) + "a";
        String b = "x".repeat(200) + "b";
        assertNotEquals(Values.written(a), Values.written(b));
        assertTrue(Values.written(a).length() < 140);
    }
}
