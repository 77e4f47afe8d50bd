package io.github.iampolicy.engine.rules.selfmanage;

import io.github.iampolicy.engine.rules.Rule;
import java.util.List;

/** The self-manage rules IAM201-IAM207, in id order. They apply to identity policies only. */
public final class SelfManageRules {

    public static final List<Rule> ALL = List.of(
            new UserResourceWildcardRule(),
            new UsernameScopingRule(),
            new MfaDeviceScopingRule(),
            new MfaEnforcementPatternRule(),
            new MfaNotEnforcedRule(),
            new AccountEnumerationRule(),
            new OtherUsersCredentialReadsRule());

    private SelfManageRules() {}
}
