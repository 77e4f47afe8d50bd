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

import java.util.List;

/**
 * One {@code <forbiddenAccess>} entry of the POM, as Maven injects it:
 *
 * <pre>{@code
 * <forbiddenAccess>
 *   <entry>
 *     <actions><action>kms:Decrypt</action></actions>
 *     <resources><resource>arn:aws:kms:*:*:key/prod-*</resource></resources>
 *   </entry>
 * </forbiddenAccess>
 * }</pre>
 *
 * Without {@code resources} the entry forbids its actions on any resource.
 */
public class ForbiddenAccessEntry {

    /** Action patterns (IAM globs, case-insensitive), at least one. */
    private List<String> actions;

    /** Resource patterns (IAM globs); none means any resource. */
    private List<String> resources;

    public List<String> getActions() {
        return actions == null ? List.of() : actions;
    }

    public void setActions(List<String> actions) {
        this.actions = actions;
    }

    public List<String> getResources() {
        return resources == null ? List.of() : resources;
    }

    public void setResources(List<String> resources) {
        this.resources = resources;
    }
}
