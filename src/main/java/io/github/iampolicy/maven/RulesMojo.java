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

import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists every rule with its id, name, default severity and what it flags: the ids {@code ruleSeverities},
 * {@code disabledRules} and suppressions take. Needs no project: {@code mvn iam-policy:rules}.
 */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractMojo {

    @Override
    public void execute() {
        lines().forEach(getLog()::info);
    }

    /** A header, then one line per rule in id order: {@code IAM201  error    user-resource-wildcard  ...}. */
    static List<String> lines() {
        List<RuleInfo> rules = RuleRegistry.all().stream()
                .map(Rule::info)
                .sorted(Comparator.comparing(RuleInfo::id))
                .toList();
        int width = rules.stream().mapToInt(r -> r.name().length()).max().orElse(4);
        String format = "%-7s %-8s %-" + width + "s %s";
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.ROOT, format, "ID", "DEFAULT", "NAME", "FLAGS"));
        for (RuleInfo r : rules) {
            lines.add(String.format(
                    Locale.ROOT, format, r.id(), r.defaultSeverity().id(), r.name(), r.description()));
        }
        lines.add(rules.size() + " rules; pages: "
                + io.github.iampolicy.engine.report.ToolInfo.DEFAULT_RULES_DOCUMENTATION_URL);
        return lines;
    }
}
