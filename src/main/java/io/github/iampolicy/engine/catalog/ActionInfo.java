package io.github.iampolicy.engine.catalog;

import java.util.List;
import java.util.Locale;

/**
 * One AWS action.
 *
 * @param service       service prefix, lower case as AWS writes it ({@code iam})
 * @param name          action name as AWS writes it ({@code CreateAccessKey})
 * @param resourceTypes resource types the action can be scoped to; empty when it supports only {@code "*"}
 */
public record ActionInfo(String service, String name, AccessLevel accessLevel, List<ResourceRef> resourceTypes) {

    /** A resource type of an action, and whether the action requires it. */
    public record ResourceRef(String type, boolean required) {
    }

    public ActionInfo {
        resourceTypes = List.copyOf(resourceTypes);
    }

    /** {@code service:Name}, e.g. {@code iam:CreateAccessKey}. */
    public String fullName() {
        return service + ":" + name;
    }

    public String key() {
        return fullName().toLowerCase(Locale.ROOT);
    }

    public boolean hasResourceType(String type) {
        return resourceTypes.stream().anyMatch(r -> r.type().equals(type));
    }
}
