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
 * @param name           tool name, {@value #DEFAULT_NAME} for the plugin
 * @param version        tool version, or {@code null} when unknown (then left out of SARIF, {@code null} in JSON)
 * @param informationUri where the tool is documented, or {@code null}; must be an absolute URI for SARIF
 */
public record ToolInfo(String name, String version, String informationUri) {

    public static final String DEFAULT_NAME = "iam-policy-maven-plugin";
    public static final String DEFAULT_INFORMATION_URI = "https://github.com/iampolicy/iam-policy-maven-plugin";

    public ToolInfo {
        Objects.requireNonNull(name, "name");
    }

    /** The plugin itself at the given version. */
    public static ToolInfo plugin(String version) {
        return new ToolInfo(DEFAULT_NAME, version, DEFAULT_INFORMATION_URI);
    }
}
