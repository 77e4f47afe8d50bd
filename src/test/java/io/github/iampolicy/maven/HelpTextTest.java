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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What {@code mvn iam-policy:help -Ddetail} shows is written for users, not for the plugin's developers. */
class HelpTextTest {

    /** Words of the code's own vocabulary that mean nothing to a user reading the help. */
    private static final List<String> INTERNAL =
            List.of("mojo", "engine", "oracle", "{@", "@link", "scanresult", "ruleinfo", "todo", "fixme");

    private static String helpDescriptor() throws IOException {
        try (InputStream in = HelpTextTest.class.getResourceAsStream(
                "/META-INF/maven/io.github.iampolicy/iam-policy-maven-plugin/plugin-help.xml")) {
            assertTrue(in != null, "the help descriptor is generated before the tests");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void descriptionsUseNoInternalVocabulary() throws IOException {
        Matcher m = Pattern.compile("<description>(.*?)</description>", Pattern.DOTALL)
                .matcher(helpDescriptor());
        List<String> offending = new ArrayList<>();
        int count = 0;
        while (m.find()) {
            count++;
            String d = m.group(1).toLowerCase(Locale.ROOT);
            INTERNAL.stream().filter(d::contains).forEach(w -> offending.add(w + ": " + m.group(1)));
        }
        assertTrue(count > 20, "descriptions found: " + count);
        assertEquals(List.of(), offending);
    }

    @Test
    void theRulesGoalIsListed() throws IOException {
        assertTrue(helpDescriptor().contains("<goal>rules</goal>"));
    }
}
