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
package io.github.iampolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.rules.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesMojoTest {

    @Test
    void listsEveryRuleWithIdNameAndDefaultSeverity() {
        List<String> lines = RulesMojo.lines();
        assertTrue(lines.get(0).matches("ID\\s+DEFAULT\\s+NAME\\s+FLAGS"), lines.get(0));
        assertEquals(RuleRegistry.all().size() + 2, lines.size());
        assertTrue(
                lines.stream().anyMatch(l -> l.matches("IAM201\\s+error\\s+user-resource-wildcard\\s+\\S.*")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("IAM205\\s+note\\s+mfa-not-enforced\\s+\\S.*")));
        RuleRegistry.all()
                .forEach(r -> assertTrue(
                        lines.stream().anyMatch(l -> l.startsWith(r.info().id() + " ")),
                        r.info().id()));
        assertTrue(lines.get(lines.size() - 1).startsWith(RuleRegistry.all().size() + " rules"));
    }
}
