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

import static io.github.iampolicy.engine.rules.document.Findings.at;
import static io.github.iampolicy.engine.rules.document.Findings.of;
import static io.github.iampolicy.engine.rules.document.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidVariableRuleTest {

    private final InvalidVariableRule rule = new InvalidVariableRule();

    private static String stmt(String resource) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Own\", \"Effect\": \"Allow\", "
                + "\"Action\": \"iam:GetUser\", \"Resource\": \"" + resource + "\"}]}";
    }

    private Finding single(String resource, Severity severity, String... parts) {
        String json = stmt(resource);
        Finding f = only(of(rule, TestPolicies.policy(json)));
        assertEquals("IAM009", f.rule().id());
        assertEquals(severity, f.severity(), f.message());
        assertEquals(at(json, "\"arn:"), f.location());
        assertEquals("Own", f.statement());
        assertTrue(f.message().startsWith("Statement \"Own\" Resource value"), f.message());
        for (String p : parts) {
            assertTrue(f.message().contains(p), "missing '" + p + "' in: " + f.message());
        }
        return f;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "arn:aws:iam::*:user/${aws.username}|Write ${aws:username}",
                "arn:aws:iam::*:user/${AWS.UserName}|Write ${aws:username}",
                "arn:aws:iam::*:user/${aws.PrincipalTag/team}|Write ${aws:PrincipalTag/team}",
                "arn:aws:iam::*:user/${aws:}|empty key",
                "arn:aws:iam::*:user/${aws:username|without a closing",
                "arn:aws:iam::*:user/${aws:${x}}|nests braces",
                "arn:aws:iam::*:user/${aws:username}}${aws:userid|without a closing",
                "arn:aws:iam::*:user/${}|empty",
                "arn:aws:iam::*:user/$${name}|not a policy variable",
                "arn:aws:iam::*:user/${aws:user name}|not valid policy variable syntax",
                "arn:aws:iam::*:user/${aws:username, default}|malformed default",
                "arn:aws:iam::*:user/${:username}|not valid policy variable syntax"
            })
    void malformedVariablesAreErrors(String resource, String part) {
        single(resource, Severity.ERROR, part);
    }

    @Test
    void unknownAwsKeysAreWarningsWithASuggestion() {
        single(
                "arn:aws:iam::*:user/${aws:usrname}",
                Severity.WARNING,
                "${aws:usrname} names no AWS global condition key",
                "Did you mean ${aws:username}?");
        single(
                "arn:aws:iam::*:user/${aws:PrincipleTag/team}",
                Severity.WARNING,
                "Did you mean ${aws:PrincipalTag/team}?");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "arn:aws:iam::*:user/${aws:username}",
                "arn:aws:iam::*:user/${AWS:UserName}",
                "arn:aws:iam::*:user/&{aws:username}",
                "arn:aws:iam::*:user/$${aws:username}",
                "arn:aws:iam::*:user/${aws:PrincipalTag/cost-center}",
                "arn:aws:iam::*:user/${aws:PrincipalTag/team, 'none'}",
                "arn:aws:iam::*:user/${aws:userid}",
                "arn:aws:s3:::b/${s3:prefix}",
                "arn:aws:s3:::b/${saml:sub}",
                "arn:aws:s3:::b/${cognito-identity.amazonaws.com:sub}",
                "arn:aws:s3:::b/${*}${?}${$}",
                "arn:aws:iam::${account_id}:user/${user_name}",
                "arn:aws:iam::*:user/{aws:username}"
            })
    void wellFormedVariablesEscapesAndPlaceholdersPass(String resource) {
        assertEquals(List.of(), of(rule, TestPolicies.policy(stmt(resource))));
    }

    @Test
    void conditionValuesAndDocumentStringsAreScanned() {
        String json =
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:ListBucket\", "
                        + "\"Resource\": \"*\", \"Condition\": {\"StringLike\": {\"s3:prefix\": [\"home/\", \"home/${aws:usernam}/*\"]}}}]}";
        Finding f = only(of(rule, TestPolicies.policy(json)));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(at(json, "\"home/${"), f.location());
        assertTrue(f.message().startsWith("Statement[0] Condition value"), f.message());
        String id = "{\"Version\": \"2012-10-17\", \"Id\": \"${aws:}\", \"Statement\": [{\"Effect\": \"Allow\", "
                + "\"Action\": \"s3:ListBucket\", \"Resource\": \"*\"}]}";
        Finding g = only(of(rule, TestPolicies.policy(id)));
        assertEquals(null, g.statement());
        assertTrue(g.message().startsWith("The policy's Id value"), g.message());
    }

    @Test
    void eachProblemOncePerValue() {
        assertEquals(
                2,
                of(rule, TestPolicies.policy(stmt("arn:aws:iam::*:user/${aws:usrname}/${aws:usrname}/${aws:}")))
                        .size());
    }

    @Test
    void cloudFormationReferenceHintsAreNotDottedVariables() {
        assertEquals(null, InvalidVariableRule.dottedVariable("AWS..AccountId"));
        assertEquals(null, InvalidVariableRule.dottedVariable("aws_iam_user.name"));
        assertEquals("${aws:username}", InvalidVariableRule.dottedVariable("aws.username"));
    }
}
