package io.github.iampolicy.engine.rules.document;

import io.github.iampolicy.engine.rules.Rule;
import java.util.List;

/** The document rules IAM001-IAM010, which apply to every policy (RULES.md section 4). */
public final class DocumentRules {

    /** One instance of each document rule, in id order. Rules are stateless and may be shared. */
    public static final List<Rule> ALL = List.of(
            new ParseErrorRule(),
            new PolicyVersionRule(),
            new InvalidStructureRule(),
            new DuplicateSidRule(),
            new UnknownActionRule(),
            new ResourceTypeMismatchRule(),
            new AccountPlaceholderRule(),
            new InvalidArnRule(),
            new InvalidVariableRule(),
            new PolicySizeRule());

    private DocumentRules() {}
}
