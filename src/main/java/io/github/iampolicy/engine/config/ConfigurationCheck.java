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

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.FileCollector;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Configuration mistakes that would otherwise pass silently: a setting that names something that is not
 * there changes nothing, and the user believes it did.
 */
public final class ConfigurationCheck {

    /** What the check found: errors stop the build, warnings are logged. */
    public record Problems(List<String> errors, List<String> warnings) {
        public Problems {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    /** {@code service:Action} or a bare IAM action name; IAM action names are letters and digits. */
    private static final Pattern ACTION = Pattern.compile("(?:[a-z0-9][a-z0-9-]*:)?[A-Za-z][A-Za-z0-9]*");

    /** How much of a file is read to tell whether it looks like a policy. */
    private static final int SNIFF_BYTES = 64 * 1024;

    private ConfigurationCheck() {}

    /**
     * {@code allowedActions} entries: one that is not an action name (a wildcard, a space, an ARN) is an error,
     * since the allowlist is compared action by action; a well-formed name the catalog does not know is a
     * warning, since AWS may have added it after the catalog's snapshot.
     */
    public static Problems allowedActions(List<String> entries, ActionCatalog catalog) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String entry : entries) {
            String a = entry.trim();
            if (!ACTION.matcher(a).matches()) {
                errors.add("allowedActions entry '" + entry + "' is not an action: expected service:ActionName such as"
                        + " iam:GetAccountName"
                        + (a.contains("*") || a.contains("?")
                                ? " (wildcards are not accepted: name each action the policies may use)"
                                : ""));
                continue;
            }
            String key = a.contains(":") ? a.toLowerCase(Locale.ROOT) : "iam:" + a.toLowerCase(Locale.ROOT);
            if (catalog.action(key) == null) {
                String service = key.substring(0, key.indexOf(':'));
                warnings.add("allowedActions entry '" + entry + "' is not in the action catalog of "
                        + catalog.snapshotDate()
                        + (catalog.hasService(service)
                                ? " (service " + service + " has no such action): check the spelling"
                                : " (no service '" + service + "'): check the service prefix"));
            }
        }
        return new Problems(errors, warnings);
    }

    /** The message for a rule id that is not a rule, naming the valid ones. */
    public static String unknownRule(String id, String where) {
        String valid = RuleRegistry.all().stream()
                .map(Rule::info)
                .map(RuleInfo::id)
                .sorted()
                .collect(Collectors.joining(", "));
        return "unknown rule id '" + id.trim() + "' in " + where + "; valid rule ids: " + valid;
    }

    /** An {@code additionalDirectories} entry that is not a directory: nothing would be scanned there. */
    public static List<String> missingDirectories(List<Path> configured, Path baseDir) {
        List<String> warnings = new ArrayList<>();
        for (Path dir : configured) {
            Path abs = baseDir.resolve(dir).toAbsolutePath().normalize();
            if (!Files.isDirectory(abs)) {
                // Maven hands File parameters over absolute; the user wrote them relative to the project
                Path base = baseDir.toAbsolutePath().normalize();
                String shown =
                        abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
                warnings.add("additionalDirectories entry '" + shown + "' "
                        + (Files.exists(abs) ? "is not a directory" : "does not exist")
                        + (shown.equals(abs.toString()) ? "" : " (" + abs + ")") + ": nothing is scanned there");
            }
        }
        return warnings;
    }

    /**
     * When configured {@code includes} selected no file although the roots hold files that look like policies
     * under the default patterns: the patterns are probably wrong. Empty when includes are the default,
     * something was selected, or nothing there looks like a policy.
     */
    public static List<String> includesMatchNothing(
            List<String> includes, int filesSelected, List<Path> roots, Path baseDir, List<String> excludes) {
        if (includes.isEmpty() || filesSelected > 0) {
            return List.of();
        }
        List<SourceFile> candidates =
                new FileCollector().collect(roots, baseDir, FileCollector.DEFAULT_INCLUDES, excludes);
        List<String> policyLike = candidates.stream()
                .filter(ConfigurationCheck::looksLikePolicy)
                .map(SourceFile::relativePath)
                .toList();
        if (policyLike.isEmpty()) {
            return List.of();
        }
        return List.of("includes " + includes + " match no file, but " + policyLike.size() + " file(s) that look like"
                + " policies are in the scanned directories (e.g. " + policyLike.get(0) + "): the patterns are"
                + " Ant-style and relative to each scanned directory, e.g. **/iam/*.json");
    }

    private static boolean looksLikePolicy(SourceFile f) {
        try (InputStream in = Files.newInputStream(f.path())) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            return PolicyExtractor.looksLikePolicy(new String(head, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }
}
