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

import static io.github.iampolicy.engine.rules.document.Findings.ofStatement;
import static io.github.iampolicy.engine.rules.document.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import org.junit.jupiter.api.Test;

class ConditionWildcardRuleTest {

    private final ConditionWildcardRule rule = new ConditionWildcardRule();

    private static String st(String effect, String condition) {
        return "{\"Effect\": \"" + effect + "\", \"Action\": \"s3:ListBucket\", \"Resource\": \"*\", \"Condition\": "
                + condition + "}";
    }

    @Test
    void aWildcardUnderStringEqualsIsAWarningInAnAllow() {
        Finding f = only(ofStatement(rule, st("Allow", "{\"StringEquals\": {\"s3:prefix\": [\"a\", \"home/*\"]}}")));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("StringLike"), f.message());
        assertEquals("s3:prefix=home/*", f.subject());
    }

    @Test
    void aDenyThatNeverAppliesIsAnError() {
        Finding f = only(ofStatement(
                rule,
                st("Deny", "{\"ForAnyValue:StringNotEqualsIgnoreCase\": {\"aws:PrincipalTag/team\": \"dev?\"}}")));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("ForAnyValue:StringNotLike"), f.message());
    }

    @Test
    void likeArnAndPolicyVariablesAreFine() {
        assertEquals(
                0,
                ofStatement(rule, st("Allow", "{\"StringLike\": {\"s3:prefix\": \"home/*\"}}"))
                        .size());
        assertEquals(
                0,
                ofStatement(rule, st("Allow", "{\"ArnEquals\": {\"aws:SourceArn\": \"arn:aws:sns:*:1:t\"}}"))
                        .size());
        assertEquals(
                0,
                ofStatement(rule, st("Allow", "{\"StringEquals\": {\"s3:prefix\": \"home/${aws:username}/${*}\"}}"))
                        .size());
        assertEquals(
                0,
                ofStatement(rule, st("Allow", "{\"NumericLessThan\": {\"s3:max-keys\": \"10\"}}"))
                        .size());
    }

    @Test
    void wildcardDetectionSkipsVariables() {
        assertTrue(ConditionWildcardRule.hasWildcard("a*"));
        assertTrue(ConditionWildcardRule.hasWildcard("${aws:username}?"));
        assertEquals(false, ConditionWildcardRule.hasWildcard("${?}${*}"));
        assertTrue(ConditionWildcardRule.hasWildcard("*${"), "a wildcard before an unclosed ${ counts");
        assertEquals(false, ConditionWildcardRule.hasWildcard("a${b*"), "after an unclosed ${ nothing is read");
        assertEquals(false, ConditionWildcardRule.hasWildcard("${a*b:c}"), "a * inside braces is no wildcard");
    }
}
