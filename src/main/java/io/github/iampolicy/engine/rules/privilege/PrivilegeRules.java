package io.github.iampolicy.engine.rules.privilege;

import io.github.iampolicy.engine.rules.Rule;
import java.util.List;

/** The privilege rules IAM101-IAM105, in id order. They apply to identity policies only. */
public final class PrivilegeRules {

    public static final List<Rule> ALL = List.of(
            new WildcardActionRule(),
            new AllowNotActionRule(),
            new AllowNotResourceRule(),
            new IamWriteOutsideSelfManageRule(),
            new BroadReadWildcardRule());

    private PrivilegeRules() {}
}
