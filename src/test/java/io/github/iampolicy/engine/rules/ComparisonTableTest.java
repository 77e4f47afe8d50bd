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
package io.github.iampolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's table of our rules against Access Analyzer, Parliament, cfn-lint, checkov, cfn_nag and Trivy must
 * name every rule,
 * so that a new rule cannot ship without saying which other tool has a check like it.
 */
class ComparisonTableTest {

    private static final String HEADING = "### Compared with other tools";
    private static final String HEADER_ROW =
            "| Our rule | Access Analyzer | Parliament | cfn-lint | checkov | cfn_nag | Trivy |";
    private static final int COLUMNS = 7;

    @Test
    void everyRuleHasARowWithItsNameAndOneCellPerTool() throws IOException {
        Map<String, List<String>> rows = comparisonRows(readme());
        List<String> problems = new ArrayList<>();
        for (Rule rule : RuleRegistry.all()) {
            RuleInfo info = rule.info();
            List<String> cells = rows.get(info.id());
            if (cells == null) {
                problems.add(info.id() + " has no row");
                continue;
            }
            if (!cells.get(0).equals(info.id() + " " + info.name())) {
                problems.add(info.id() + " row names '" + cells.get(0) + "', not '" + info.name() + "'");
            }
            if (cells.size() != COLUMNS || cells.stream().anyMatch(String::isEmpty)) {
                problems.add(info.id() + " row has " + cells.size() + " cells or an empty one: " + cells);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRowIsARegisteredRule() throws IOException {
        Map<String, List<String>> rows = comparisonRows(readme());
        List<String> ids = RuleRegistry.all().stream().map(r -> r.info().id()).toList();
        List<String> stale =
                rows.keySet().stream().filter(id -> !ids.contains(id)).toList();
        assertEquals(List.of(), stale, "rows for rules that do not exist");
    }

    @Test
    void rowsAfterTheTableDoNotCount() {
        String table = String.join(
                "\n",
                HEADING,
                "",
                HEADER_ROW,
                "|---|---|---|---|---|---|---|",
                "| IAM001 parse-error | `JSON_SYNTAX_ERROR` | `MALFORMED_JSON` | `E0000` | — | — | — |",
                "",
                "## Next section",
                "| IAM002 policy-version | — | — | — | — | — | — |");
        Map<String, List<String>> rows = comparisonRows(table);
        assertEquals(List.of("IAM001"), List.copyOf(rows.keySet()), "a table ends at the first line not a row");
    }

    /** Rows of the first table after {@link #HEADING}, keyed by the rule id that starts the first cell. */
    static Map<String, List<String>> comparisonRows(String markdown) {
        int at = markdown.indexOf(HEADING);
        assertTrue(at >= 0, "README.md has no '" + HEADING + "' section");
        int header = markdown.indexOf(HEADER_ROW, at);
        assertTrue(header >= 0, "the comparison section has no table with the header " + HEADER_ROW);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> lines = markdown.substring(header).lines().toList();
        for (String line : lines.subList(2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            List<String> cells = new ArrayList<>();
            String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
            for (String cell : inner.split("\\|", -1)) {
                cells.add(cell.strip());
            }
            String id = cells.get(0).split(" ", 2)[0];
            rows.put(id, cells);
        }
        return rows;
    }

    private static String readme() throws IOException {
        Path readme = RulePagesTest.baseDir().resolve("README.md");
        return Files.readString(readme, StandardCharsets.UTF_8);
    }
}
