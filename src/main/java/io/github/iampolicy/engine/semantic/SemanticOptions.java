package io.github.iampolicy.engine.semantic;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;

/**
 * Settings of the semantic rules.
 *
 * @param unknownSeverity severity of an UNKNOWN outcome (default {@code warning})
 * @param reference       the reference policy for IAM302, or {@code null} when none is configured
 */
public record SemanticOptions(Severity unknownSeverity, Reference reference) {

    public static final SemanticOptions DEFAULT = new SemanticOptions(Severity.WARNING, null);

    /**
     * A parsed reference policy.
     *
     * @param name     how messages name it, e.g. {@code classpath:iam-policy/aws-self-manage.json}
     * @param policies its documents (their statements are concatenated)
     */
    public record Reference(String name, List<Policy> policies) {

        public Reference {
            policies = List.copyOf(policies);
        }
    }

    public SemanticOptions withReference(Reference r) {
        return new SemanticOptions(unknownSeverity, r);
    }
}
