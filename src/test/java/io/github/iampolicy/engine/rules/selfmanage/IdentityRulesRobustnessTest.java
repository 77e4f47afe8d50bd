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
package io.github.iampolicy.engine.rules.selfmanage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed statements (IAM003's concern) must never make these rules throw. */
class IdentityRulesRobustnessTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":[]}]}",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[1,true,null],\"Resource\":[\"\",\"arn:\",\":::::\"]}]}",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"NotAction\":\"s3:*\",\"Resource\":\"*\","
                        + "\"NotResource\":\"*\"}]}",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\"}]}",
                "{\"Statement\":[{\"Effect\":\"Deny\",\"NotAction\":[],\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":[]}}}]}",
                "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Condition\":{\"Bool\":\"x\",\"Null\":{\"aws:MultiFactorAuthAge\":null}}}]}",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\",\"Resource\":[\"arn:aws:iam::*:user/${\","
                        + "\"arn:aws:iam::*:user/${aws:username\",\"arn:aws:iam::*:user/}${\",\"${}\",\"$${aws:username}\"]}]}",
                "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"iam:TagUser\",\"Resource\":\"arn:aws:iam::*:user/\\ue001x\"},"
                        + "\"Version\":\"2012-10-17\"}",
                "{\"Statement\":[\"not an object\",{\"Effect\":\"Allow\",\"Action\":\"iam:List*\",\"Resource\":\"*\","
                        + "\"Condition\":{\"StringEquals\":{\"aws:ResourceTag/\":\"${aws:username}\"}}}]}",
            })
    void rulesNeverThrow(String json) {
        var policy = TestPolicies.policy(json);
        for (Rule r : IdentityRulesCorpusTest.rules()) {
            assertDoesNotThrow(
                    () -> RuleTesting.run(r, policy, RuleSettings.DEFAULT),
                    r.info().id());
        }
    }
}
