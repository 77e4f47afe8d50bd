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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import org.junit.jupiter.api.Test;

class WeakConditionRuleTest {

    private final WeakConditionRule rule = new WeakConditionRule();

    @Test
    void anAllowGatedOnTheRefererIsAWarning() {
        Finding f = only(ofStatement(
                rule,
                "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\", "
                        + "\"Condition\": {\"StringLike\": {\"AWS:referer\": \"https://example.com/*\"}}}"));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("AWS:referer", f.subject());
    }

    @Test
    void aDenyOnTheUserAgentIsANote() {
        Finding f = only(ofStatement(
                rule,
                "{\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\", "
                        + "\"Condition\": {\"StringNotLike\": {\"aws:UserAgent\": \"*console*\"}}}"));
        assertEquals(Severity.NOTE, f.severity());
    }

    @Test
    void otherKeysAreFine() {
        assertEquals(
                0,
                ofStatement(
                                rule,
                                "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\", "
                                        + "\"Condition\": {\"StringEquals\": {\"aws:SourceVpce\": \"vpce-1\"}}}")
                        .size());
    }
}
