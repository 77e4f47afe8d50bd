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
package io.github.iampolicy.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationCheckTest {

    private static final ActionCatalog CATALOG = ActionCatalog.defaultCatalog();

    @Test
    void knownActionsPass() {
        ConfigurationCheck.Problems p =
                ConfigurationCheck.allowedActions(List.of("iam:GetAccountName", "GetUser", " s3:GetObject "), CATALOG);
        assertEquals(List.of(), p.errors());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void somethingThatIsNotAnActionIsAnError() {
        ConfigurationCheck.Problems p = ConfigurationCheck.allowedActions(
                List.of("iam:*", "arn:aws:iam::123456789012:user/bob", "iam:Get User", "iam:"), CATALOG);
        assertEquals(4, p.errors().size(), p.errors().toString());
        assertTrue(
                p.errors().get(0).contains("'iam:*' is not an action"),
                p.errors().get(0));
        assertTrue(p.errors().get(0).contains("wildcards"), p.errors().get(0));
        assertTrue(p.errors().get(1).contains("is not an action"), p.errors().get(1));
    }

    @Test
    void aWellFormedUnknownActionIsAWarningNamingTheCatalog() {
        ConfigurationCheck.Problems p =
                ConfigurationCheck.allowedActions(List.of("iam:GetAcountName", "nosuchservice:Get"), CATALOG);
        assertEquals(List.of(), p.errors());
        assertEquals(2, p.warnings().size());
        assertTrue(
                p.warnings().get(0).contains("'iam:GetAcountName'"),
                p.warnings().get(0));
        assertTrue(
                p.warnings().get(0).contains(CATALOG.snapshotDate()),
                p.warnings().get(0));
        assertTrue(
                p.warnings().get(0).contains("service iam has no such action"),
                p.warnings().get(0));
        assertTrue(
                p.warnings().get(1).contains("no service 'nosuchservice'"),
                p.warnings().get(1));
    }

    @Test
    void anUnknownRuleNamesEveryValidId() {
        String m = ConfigurationCheck.unknownRule(" IAM999 ", "disabledRules");
        assertTrue(m.startsWith("unknown rule id 'IAM999' in disabledRules; valid rule ids: IAM001, "), m);
        RuleRegistry.all()
                .forEach(r -> assertTrue(m.contains(r.info().id()), r.info().id()));
    }

    @Test
    void missingAdditionalDirectoriesAreReported(@TempDir Path base) throws IOException {
        Files.createDirectories(base.resolve("infra"));
        Files.writeString(base.resolve("file.json"), "{}");
        List<String> w = ConfigurationCheck.missingDirectories(
                List.of(Path.of("infra"), Path.of("infar"), Path.of("file.json")), base);
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("additionalDirectories entry 'infar' does not exist"), w.get(0));
        assertTrue(w.get(1).contains("'file.json' is not a directory"), w.get(1));
    }

    @Test
    void includesThatMatchNothingAreReportedOnlyWhenPoliciesAreThere(@TempDir Path base) throws IOException {
        Path res = Files.createDirectories(base.resolve("src/main/resources/iam"));
        Files.writeString(res.resolve("config.json"), "{\"name\": \"app\"}");
        List<Path> roots = List.of(base.resolve("src/main/resources"));
        List<String> includes = List.of("**/*.policy.json");
        assertEquals(List.of(), ConfigurationCheck.includesMatchNothing(includes, 0, roots, base, List.of()));
        Files.writeString(
                res.resolve("keys.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                        + " \"Resource\": \"*\"}]}");
        List<String> w = ConfigurationCheck.includesMatchNothing(includes, 0, roots, base, List.of());
        assertEquals(1, w.size());
        assertTrue(w.get(0).contains("[**/*.policy.json] match no file"), w.get(0));
        assertTrue(w.get(0).contains("iam/keys.json"), w.get(0));
        // the default patterns, or patterns that selected something, say nothing
        assertEquals(List.of(), ConfigurationCheck.includesMatchNothing(List.of(), 0, roots, base, List.of()));
        assertEquals(List.of(), ConfigurationCheck.includesMatchNothing(includes, 1, roots, base, List.of()));
    }
}
