package io.github.iampolicy.engine.rules;

import io.github.iampolicy.engine.model.RuleInfo;

/**
 * One check, in the manner of Maven Enforcer's rules: a small class with a stable id, a default
 * severity and its documentation. Implementations are stateless and thread-safe; one instance serves
 * every policy of every module.
 */
public interface Rule {

    RuleInfo info();

    /** Reports the problems of one policy through {@link PolicyContext#report}. */
    void check(PolicyContext context);

    /** Rules that only apply to identity policies (IAM1xx, IAM2xx, IAM3xx) return true. */
    default boolean identityOnly() {
        return !info().id().startsWith("IAM0");
    }
}
