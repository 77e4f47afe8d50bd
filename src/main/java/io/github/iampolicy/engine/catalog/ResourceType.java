package io.github.iampolicy.engine.catalog;

/**
 * A resource type of a service with its ARN format, e.g. {@code iam} / {@code user} /
 * {@code arn:${Partition}:iam::${Account}:user/${UserNameWithPath}}.
 */
public record ResourceType(String service, String name, String arnFormat) {}
