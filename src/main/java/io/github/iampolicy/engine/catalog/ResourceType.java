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
package io.github.iampolicy.engine.catalog;

import java.util.List;

/**
 * A resource type of a service with its ARN format, e.g. {@code iam} / {@code user} /
 * {@code arn:${Partition}:iam::${Account}:user/${UserNameWithPath}}, and the condition keys that requests on
 * such a resource carry (e.g. {@code aws:ResourceTag/${TagKey}}).
 */
public record ResourceType(String service, String name, String arnFormat, List<String> conditionKeys) {

    public ResourceType {
        conditionKeys = List.copyOf(conditionKeys);
    }

    public ResourceType(String service, String name, String arnFormat) {
        this(service, name, arnFormat, List.of());
    }
}
