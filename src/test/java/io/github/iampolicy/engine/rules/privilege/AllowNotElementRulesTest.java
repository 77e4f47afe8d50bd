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
package io.github.iampolicy.engine.rules.privilege;

import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.doc;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.locate;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onPolicy;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.onStatement;
import static io.github.iampolicy.engine.rules.selfmanage.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import org.junit.jupiter.api.Test;

/** IAM102 and IAM103. */
class AllowNotElementRulesTest {

    @Test
    void allowWithNotActionIsIam102AtTheNotActionValue() {
        String json = doc("{\"Sid\":\"Power\",\"Effect\":\"Allow\",\"NotAction\":[\"organizations:*\",\"account:*\"],"
                + "\"Resource\":\"*\"}");
        Finding f = single(onPolicy(new AllowNotActionRule(), json));
        assertEquals("IAM102", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(locate(json, "[\"organizations:*\"", 0), f.location());
        assertTrue(
                f.message().startsWith("Statement \"Power\" allows every action except organizations:*, account:*"),
                f.message());
        assertTrue(f.message().contains("among them iam:"), "names the IAM actions it grants: " + f.message());
    }

    @Test
    void notActionExcludingIamNamesNoIamAction() {
        Finding f = single(onStatement(
                new AllowNotActionRule(), "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}"));
        assertTrue(!f.message().contains("among them"), f.message());
    }

    @Test
    void denyWithNotActionAndAllowWithActionAreFine() {
        assertTrue(onStatement(
                        new AllowNotActionRule(), "{\"Effect\":\"Deny\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}")
                .isEmpty());
        assertTrue(onStatement(
                        new AllowNotActionRule(),
                        "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}")
                .isEmpty());
    }

    @Test
    void allowWithNotResourceIsIam103AtTheNotResourceValue() {
        String json = doc("{\"Effect\":\"Allow\",\"Action\":\"iam:GetUser\","
                + "\"NotResource\":\"arn:aws:iam::123456789012:user/Maria\"}");
        Finding f = single(onPolicy(new AllowNotResourceRule(), json));
        assertEquals("IAM103", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(locate(json, "\"arn:aws:iam::123456789012:user/Maria\"", 0), f.location());
        assertTrue(f.message().contains("every resource except arn:aws:iam::123456789012:user/Maria"), f.message());
    }

    @Test
    void denyWithNotResourceIsFine() {
        assertTrue(onStatement(
                        new AllowNotResourceRule(),
                        "{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"NotResource\":\"arn:aws:s3:::b/*\"}")
                .isEmpty());
        assertTrue(onStatement(
                        new AllowNotResourceRule(),
                        "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}")
                .isEmpty());
    }
}
