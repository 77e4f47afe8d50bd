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

class SetOperatorRuleTest {

    private final SetOperatorRule rule = new SetOperatorRule();

    private static String st(String effect, String action, String condition) {
        return "{\"Effect\": \"" + effect + "\", \"Action\": " + action + ", \"Resource\": \"*\", \"Condition\": "
                + condition + "}";
    }

    @Test
    void forAllValuesOnASingleValuedKeyInAnAllowIsAWarning() {
        Finding f = only(ofStatement(
                rule, st("Allow", "\"s3:*\"", "{\"ForAllValues:StringEquals\": {\"aws:PrincipalOrgID\": \"o-1\"}}")));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("lacks the key"), f.message());
        assertEquals(
                Severity.NOTE,
                only(ofStatement(
                                rule,
                                st("Allow", "\"s3:*\"", "{\"ForAnyValue:StringEquals\": {\"aws:SourceVpc\": \"v\"}}")))
                        .severity());
        assertEquals(
                Severity.NOTE,
                only(ofStatement(
                                rule,
                                st("Deny", "\"s3:*\"", "{\"ForAllValues:StringEquals\": {\"aws:SourceVpc\": \"v\"}}")))
                        .severity());
    }

    @Test
    void aMultivaluedKeyWithoutASetOperatorAndNullWithOneAreWarnings() {
        Finding f = only(ofStatement(
                rule, st("Allow", "\"ec2:CreateTags\"", "{\"StringEquals\": {\"aws:TagKeys\": [\"team\"]}}")));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("multivalued"), f.message());
        assertEquals(
                1,
                ofStatement(rule, st("Allow", "\"sts:AssumeRoleWithSAML\"", "{\"StringEquals\": {\"saml:cn\": \"x\"}}"))
                        .size(),
                "an ArrayOfString key of the catalog");
        assertEquals(
                1,
                ofStatement(rule, st("Deny", "\"s3:*\"", "{\"ForAllValues:Null\": {\"aws:TagKeys\": \"true\"}}"))
                        .size());
    }

    @Test
    void fittingUsesAreFine() {
        String[] fine = {
            "{\"ForAnyValue:StringLike\": {\"aws:PrincipalOrgPaths\": \"o-1/*\"}}",
            "{\"ForAllValues:StringEquals\": {\"aws:TagKeys\": [\"a\"]}, \"Null\": {\"aws:TagKeys\": \"false\"}}",
            "{\"StringEquals\": {\"aws:SourceVpc\": \"v\"}}",
            "{\"ForAllValues:StringEquals\": {\"aws:AssumedRoot\": \"true\"}}",
            "{\"ForAllValues:StringEquals\": {\"nosuch:key\": \"x\"}}",
        };
        for (String c : fine) {
            assertEquals(0, ofStatement(rule, st("Allow", "\"s3:*\"", c)).size(), c);
        }
    }
}
