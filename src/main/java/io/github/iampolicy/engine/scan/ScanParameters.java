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
package io.github.iampolicy.engine.scan;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.config.ConfigurationCheck;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.semantic.ForbiddenAccess;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import io.github.iampolicy.engine.tree.ParseLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The scan's parameters as the user wrote them (the goal's parameters of the same names), checked and turned
 * into what the engine takes. Lists may hold {@code null} or blank entries, as Maven gives them; they are
 * dropped.
 */
public record ScanParameters(
        Limits limits,
        int threads,
        List<String> ruleSeverities,
        List<String> disabledRules,
        List<String> allowedActions,
        boolean requireMfa,
        String semanticUnknownSeverity,
        List<String> forbiddenAccessPresets,
        List<Forbidden> forbiddenAccess) {

    /** The size and shape limits, as configured: sizes are text such as {@code 10MB}. */
    public record Limits(
            String maxFileSize,
            String maxPlanFileSize,
            int maxNestingDepth,
            int maxStringLength,
            int maxNumberLength,
            int maxYamlDocuments,
            int maxYamlAliases,
            int maxStatements) {}

    /** One {@code forbiddenAccess} entry: action patterns and resource patterns (none means any resource). */
    public record Forbidden(List<String> actions, List<String> resources) {}

    public ScanParameters {
        ruleSeverities = clean(ruleSeverities);
        disabledRules = clean(disabledRules);
        allowedActions = clean(allowedActions);
        forbiddenAccessPresets = clean(forbiddenAccessPresets);
        forbiddenAccess = forbiddenAccess == null ? List.of() : List.copyOf(forbiddenAccess);
    }

    /** The parse limits; a size without a unit is bytes. */
    public ParseLimits parseLimits() throws ParameterException {
        long fileBytes = size("maxFileSize", limits.maxFileSize(), "10MB");
        positive("maxNestingDepth", limits.maxNestingDepth());
        if (limits.maxNestingDepth() > ParseLimits.MAX_DEPTH_CEILING) {
            throw new ParameterException("invalid maxNestingDepth " + limits.maxNestingDepth() + ": at most "
                    + ParseLimits.MAX_DEPTH_CEILING);
        }
        positive("maxStringLength", limits.maxStringLength());
        positive("maxNumberLength", limits.maxNumberLength());
        positive("maxYamlDocuments", limits.maxYamlDocuments());
        positive("maxStatements", limits.maxStatements());
        if (limits.maxYamlAliases() < 0) {
            throw new ParameterException("invalid maxYamlAliases " + limits.maxYamlAliases() + ": must be 0 or more");
        }
        return new ParseLimits(
                fileBytes,
                limits.maxNestingDepth(),
                limits.maxStringLength(),
                limits.maxNumberLength(),
                limits.maxYamlDocuments(),
                limits.maxYamlAliases(),
                limits.maxStatements());
    }

    /** The largest Terraform plan read streaming ({@code maxPlanFileSize}). */
    public long planBytes() throws ParameterException {
        return size("maxPlanFileSize", limits.maxPlanFileSize(), "200MB");
    }

    /** The number of threads, checked: 0 stands for one per processor. */
    public int checkedThreads() throws ParameterException {
        if (threads < 0) {
            throw new ParameterException("invalid threads " + threads + ": must be 0 (one per processor) or more");
        }
        return threads;
    }

    /** The severities {@code ruleSeverities} gives, by rule id, in the order given; reports follow them too. */
    public Map<String, Severity> severities() throws ParameterException {
        Map<String, Severity> overrides = new LinkedHashMap<>();
        for (String entry : ruleSeverities) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new ParameterException(
                        "invalid ruleSeverities entry '" + entry + "': expected RULEID=severity, e.g. IAM207=error");
            }
            String id = entry.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            if (RuleRegistry.find(id).isEmpty()) {
                throw new ParameterException("invalid ruleSeverities entry '" + entry + "': "
                        + ConfigurationCheck.unknownRule(id, "ruleSeverities"));
            }
            try {
                overrides.put(id, Severity.parse(entry.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException("invalid ruleSeverities entry '" + entry + "': " + e.getMessage());
            }
        }
        return overrides;
    }

    /**
     * The rule settings; warnings about the allowlist go to {@code warn}.
     *
     * @param reference the reference policy of IAM302, read by the caller, or {@code null}
     */
    public RuleSettings settings(SemanticOptions.Reference reference, Consumer<String> warn) throws ParameterException {
        Map<String, Severity> overrides = severities();
        Set<String> disabled = new LinkedHashSet<>();
        for (String id : disabledRules) {
            if (RuleRegistry.find(id).isEmpty()) {
                throw new ParameterException(ConfigurationCheck.unknownRule(id, "disabledRules"));
            }
            disabled.add(id.trim().toUpperCase(Locale.ROOT));
        }
        ConfigurationCheck.Problems actions =
                ConfigurationCheck.allowedActions(allowedActions, ActionCatalog.defaultCatalog());
        if (!actions.errors().isEmpty()) {
            throw new ParameterException(String.join("; ", actions.errors()));
        }
        actions.warnings().forEach(warn);
        return RuleSettings.of(allowedActions, requireMfa, overrides, disabled)
                .withSemantic(new SemanticOptions(unknownSeverity(), reference, forbidden()));
    }

    private Severity unknownSeverity() throws ParameterException {
        String value = semanticUnknownSeverity == null ? "warning" : semanticUnknownSeverity.trim();
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    "invalid semanticUnknownSeverity '" + value + "': expected error, warning or note");
        }
    }

    private List<ForbiddenAccess.Entry> forbidden() throws ParameterException {
        List<ForbiddenAccess.Entry> out = new ArrayList<>();
        try {
            out.addAll(ForbiddenAccess.presets(forbiddenAccessPresets));
            for (Forbidden f : forbiddenAccess) {
                out.add(new ForbiddenAccess.Entry(trimmed(f.actions()), trimmed(f.resources())));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException("invalid forbiddenAccess configuration: " + e.getMessage());
        }
        return out;
    }

    private static List<String> trimmed(List<String> values) {
        return values.stream().map(v -> v == null ? null : v.trim()).toList();
    }

    private static long size(String name, String value, String fallback) throws ParameterException {
        try {
            return ParseLimits.parseSize(value == null ? fallback : value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException("invalid " + name + ": " + e.getMessage());
        }
    }

    private static void positive(String name, int value) throws ParameterException {
        if (value <= 0) {
            throw new ParameterException("invalid " + name + " " + value + ": must be a positive number");
        }
    }

    private static List<String> clean(List<String> list) {
        return list == null
                ? List.of()
                : list.stream().filter(x -> x != null && !x.isBlank()).toList();
    }
}
