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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseErrorRuleTest {

    private final ParseErrorRule rule = new ParseErrorRule();

    @Test
    void duplicateEffectIsReportedAtTheSecondKeyNamingTheValueAnalysisUses() {
        String json = """
                {"Version": "2012-10-17",
                 "Statement": {"Sid": "Dup",
                   "Effect": "Deny",
                   "Effect": "Allow",
                   "Action": "ec2:*", "Resource": "*"}}
                """;
        Finding f = only(of(rule, json));
        assertEquals("IAM001", f.rule().id());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(at(json, "\"Effect\": \"Allow\""), f.location());
        assertEquals("Dup", f.statement());
        assertTrue(f.message().contains("Duplicate key \"Effect\" in Statement \"Dup\""), f.message());
        assertTrue(f.message().contains("\"Allow\""), f.message());
        assertTrue(f.message().contains("last"), f.message());
        assertTrue(f.message().contains("first at " + at(json, "\"Effect\": \"Deny\"")), f.message());
    }

    @Test
    void duplicatesAreFoundAtEveryDepthAndOncePerKey() {
        String json = """
                {"Version": "2012-10-17", "Version": "2012-10-17",
                 "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
                   "Condition": {"Bool": {"aws:SecureTransport": "true", "aws:SecureTransport": "false",
                                          "aws:SecureTransport": "true"}}}]}
                """;
        List<Finding> findings = of(rule, json);
        assertEquals(2, findings.size(), Findings.dump(findings));
        Finding doc = findings.get(0);
        assertEquals(null, doc.statement());
        assertTrue(doc.message().contains("in the policy document"), doc.message());
        Finding cond = findings.get(1);
        assertEquals("Statement[0]", cond.statement());
        assertTrue(cond.message().contains("3 times"), cond.message());
        assertEquals(at(json, "\"aws:SecureTransport\": \"false\""), cond.location());
    }

    @Test
    void keysDifferingInCaseAreNotDuplicates() {
        assertEquals(List.of(), of(rule, """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "effect": "Allow",
                  "Action": "s3:GetObject", "Resource": "*"}]}
                """));
    }

    @Test
    void fileLevelMessageCarriesTheParserMessage() {
        String m = ParseErrorRule.message("Unexpected character ('\"' (code 34)): was expecting comma.");
        assertTrue(m.contains("was expecting comma"), m);
        assertTrue(m.contains("does not parse"), m);
        assertTrue(ParseErrorRule.message(null).contains("syntax error"));
        assertEquals("IAM001", ParseErrorRule.INFO.id());
        assertEquals(Severity.ERROR, ParseErrorRule.INFO.defaultSeverity());
    }
}
