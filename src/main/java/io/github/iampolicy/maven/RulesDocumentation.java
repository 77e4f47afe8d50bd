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

import io.github.iampolicy.engine.report.ToolInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code rulesDocumentationUrl} parameter that every goal writing a report shares. */
final class RulesDocumentation {

    private RulesDocumentation() {}

    /** The configured base URL of the rule pages, or the default when blank; an absolute http(s) URL. */
    static String url(String configured) throws MojoExecutionException {
        String value = configured == null || configured.isBlank()
                ? ToolInfo.DEFAULT_RULES_DOCUMENTATION_URL
                : configured.trim();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new MojoExecutionException(
                "invalid rulesDocumentationUrl '" + value + "': expected an absolute http or https URL");
    }
}
