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

class DuplicateSidRuleTest {

    private final DuplicateSidRule rule = new DuplicateSidRule();

    private static String policy(String... sids) {
        StringBuilder b = new StringBuilder("{\"Version\": \"2012-10-17\", \"Statement\": [");
        for (int i = 0; i < sids.length; i++) {
            b.append(i > 0 ? ",\n" : "\n")
                    .append("{\"Sid\": ")
                    .append(sids[i])
                    .append(", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}");
        }
        return b.append("]}").toString();
    }

    @Test
    void secondUseOfASidIsAWarningAtItsSid() {
        String json = policy("\"A\"", "\"B\"", "\"A\"");
        Finding f = only(of(rule, json));
        assertEquals("IAM004", f.rule().id());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(4, f.location().line());
        assertEquals(at(json, "\"A\"").column(), f.location().column());
        assertEquals("A", f.statement());
        assertTrue(f.message().contains("Statement[2] repeats the Sid \"A\" of Statement[0]"), f.message());
    }

    @Test
    void everyRepetitionIsReported() {
        assertEquals(2, of(rule, policy("\"A\"", "\"A\"", "\"A\"")).size());
    }

    @Test
    void distinctCaseEmptyAndMissingSidsPass() {
        assertEquals(List.of(), of(rule, policy("\"A\"", "\"a\"", "\"\"", "\"\"", "null", "null")));
        assertEquals(List.of(), of(rule, policy("\"${sid}\"", "\"${sid}\"")));
    }
}
