package io.github.iampolicy.engine.rules.semantic;

import io.github.iampolicy.engine.rules.Rule;
import java.util.List;

/** The semantic rules IAM301 and IAM302, in id order. They apply to identity policies only. */
public final class SemanticRules {

    public static final List<Rule> ALL = List.of(new OtherUserAccessRule(), new ExceedsReferenceRule());

    private SemanticRules() {}
}
