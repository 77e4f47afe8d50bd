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
package io.github.iampolicy.engine.report;

import java.util.Objects;

/**
 * The tool as reports name it. The caller reads the version (from the plugin descriptor or the jar
 * manifest); the engine does not know how it was packaged.
 *
 * @param name                  tool name, {@value #DEFAULT_NAME} for the plugin
 * @param version               tool version, or {@code null} when unknown (then left out of SARIF, {@code null} in
 *                              JSON)
 * @param informationUri        where the tool is documented, or {@code null}; must be an absolute URI for SARIF
 * @param rulesDocumentationUrl base URL of the rule pages, or {@code null}: the page of rule {@code IAM201} is
 *                              this URL followed by {@code IAM201.md} (SARIF {@code helpUri}); must be absolute
 */
public record ToolInfo(String name, String version, String informationUri, String rulesDocumentationUrl) {

    public static final String DEFAULT_NAME = "iam-policy-maven-plugin";
    public static final String DEFAULT_INFORMATION_URI = "https://github.com/iampolicy/iam-policy-maven-plugin";

    /**
     * Where the rule pages of the repository ({@code src/site/markdown/rules/IAMxxx.md}) are published: the
     * project's URL followed by the folder on the main branch.
     */
    public static final String DEFAULT_RULES_DOCUMENTATION_URL =
            DEFAULT_INFORMATION_URI + "/blob/main/src/site/markdown/rules/";

    public ToolInfo {
        Objects.requireNonNull(name, "name");
        if (rulesDocumentationUrl != null && rulesDocumentationUrl.isBlank()) {
            rulesDocumentationUrl = null;
        }
    }

    /** A tool without rule pages. */
    public ToolInfo(String name, String version, String informationUri) {
        this(name, version, informationUri, null);
    }

    /** The plugin itself at the given version, with the rule pages of its repository. */
    /** The plugin's version, from the resource its build filters; {@code null} when it cannot be read. */
    public static String pluginVersion() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = ToolInfo.class.getResourceAsStream("/iam-policy/plugin.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return p.getProperty("version");
    }

    public static ToolInfo plugin(String version) {
        return plugin(version, DEFAULT_RULES_DOCUMENTATION_URL);
    }

    /** The plugin itself at the given version, with its rule pages under {@code rulesDocumentationUrl}. */
    public static ToolInfo plugin(String version, String rulesDocumentationUrl) {
        return new ToolInfo(DEFAULT_NAME, version, DEFAULT_INFORMATION_URI, rulesDocumentationUrl);
    }

    /**
     * The page of a rule, e.g. {@code .../rules/IAM201.md}, or {@code null} when there are no rule pages. A
     * base URL without a trailing {@code /} gets one.
     */
    public String helpUri(String ruleId) {
        if (rulesDocumentationUrl == null) {
            return null;
        }
        String base = rulesDocumentationUrl.trim();
        return base + (base.endsWith("/") ? "" : "/") + ruleId + ".md";
    }
}
