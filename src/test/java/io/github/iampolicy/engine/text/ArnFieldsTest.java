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

import java.util.List;
import org.junit.jupiter.api.Test;

class ArnFieldsTest {

    private static List<String> texts(String s, int max) {
        return ArnFields.split(s, max).stream().map(ArnFields::text).toList();
    }

    @Test
    void sixFieldsAndTheResourceKeepsItsColons() {
        assertEquals(
                List.of("arn", "aws", "logs", "us-east-1", "123456789012", "log-group:/x:*"),
                texts("arn:aws:logs:us-east-1:123456789012:log-group:/x:*", ArnFields.ARN_FIELDS));
        assertEquals(
                8,
                texts("arn:aws:logs:us-east-1:123456789012:log-group:/x:*", Integer.MAX_VALUE)
                        .size());
    }

    @Test
    void variablesAndUnknownsNeverSplit() {
        String u = Values.unknown("acct");
        assertEquals(
                List.of("arn", "aws", "s3", "", "", "b/${aws:PrincipalTag/team}/" + u + "*"),
                texts("arn:aws:s3:::b/${aws:PrincipalTag/team}/" + u + "*", ArnFields.ARN_FIELDS));
        assertEquals(List.of("arn", "${aws:a:b}", "x"), texts("arn:${aws:a:b}:x", ArnFields.ARN_FIELDS));
    }

    @Test
    void emptyAndTrailingFields() {
        assertEquals(List.of(""), texts("", ArnFields.ARN_FIELDS));
        assertEquals(List.of("a", ""), texts("a:", ArnFields.ARN_FIELDS));
        assertEquals(List.of("", "", ""), texts("::", ArnFields.ARN_FIELDS));
    }

    @Test
    void splitLiteralsKeepTheirPositions() {
        List<List<PolicyTextLexer.Token>> f = ArnFields.split("ab:cd*", ArnFields.ARN_FIELDS);
        PolicyTextLexer.Token cd = f.get(1).get(0);
        assertEquals("cd", cd.text());
        assertEquals(3, cd.start());
        assertEquals(5, cd.end());
        assertEquals(PolicyTextLexer.Kind.WILDCARD_STAR, f.get(1).get(1).kind());
    }

    @Test
    void anUnclosedOpeningIsText() {
        assertEquals(List.of("arn", "${a", "b"), texts("arn:${a:b", ArnFields.ARN_FIELDS));
    }
}
