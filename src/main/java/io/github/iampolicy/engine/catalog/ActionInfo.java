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
import java.util.Locale;
import java.util.Objects;

/**
 * One AWS action. Immutable; the catalog holds one instance per action, so rules compare and hash them
 * cheaply, and the lower-case key (the hot path of every rule) is computed once.
 */
public final class ActionInfo {

    /** A resource type of an action, and whether the action requires it. */
    public record ResourceRef(String type, boolean required) {}

    private final String service;
    private final String name;
    private final AccessLevel accessLevel;
    private final List<ResourceRef> resourceTypes;
    private final List<String> conditionKeys;
    private final String fullName;
    private final String key;

    /**
     * @param service       service prefix, lower case as AWS writes it ({@code iam})
     * @param name          action name as AWS writes it ({@code CreateAccessKey})
     * @param resourceTypes resource types the action can be scoped to; empty when it supports only {@code "*"}
     */
    public ActionInfo(String service, String name, AccessLevel accessLevel, List<ResourceRef> resourceTypes) {
        this(service, name, accessLevel, resourceTypes, List.of());
    }

    /**
     * @param conditionKeys the condition keys the action's rows in the Service Authorization Reference list
     *                      (without the keys of its resource types, which {@link ResourceType} holds)
     */
    public ActionInfo(
            String service,
            String name,
            AccessLevel accessLevel,
            List<ResourceRef> resourceTypes,
            List<String> conditionKeys) {
        this.conditionKeys = List.copyOf(conditionKeys);
        this.service = Objects.requireNonNull(service);
        this.name = Objects.requireNonNull(name);
        this.accessLevel = Objects.requireNonNull(accessLevel);
        this.resourceTypes = List.copyOf(resourceTypes);
        this.fullName = service + ":" + name;
        this.key = fullName.toLowerCase(Locale.ROOT);
    }

    public String service() {
        return service;
    }

    public String name() {
        return name;
    }

    public AccessLevel accessLevel() {
        return accessLevel;
    }

    public List<ResourceRef> resourceTypes() {
        return resourceTypes;
    }

    /** Condition keys of the action itself, as AWS writes them ({@code s3:prefix}, {@code aws:RequestTag/${TagKey}}). */
    public List<String> conditionKeys() {
        return conditionKeys;
    }

    /** {@code service:Name}, e.g. {@code iam:CreateAccessKey}. */
    public String fullName() {
        return fullName;
    }

    /** The lower-case full name, the catalog's lookup key. */
    public String key() {
        return key;
    }

    public boolean hasResourceType(String type) {
        for (ResourceRef r : resourceTypes) {
            if (r.type().equals(type)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionInfo a
                && key.equals(a.key)
                && accessLevel == a.accessLevel
                && resourceTypes.equals(a.resourceTypes)
                && conditionKeys.equals(a.conditionKeys);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return fullName;
    }
}
