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
package io.github.iampolicy.engine.rules;

import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.semantic.SemanticOptions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rules need from the configuration.
 *
 * @param selfManageActions   the allowlist S, lower case ({@code iam:changepassword}, ...)
 * @param accountViewActions  the set V, lower case
 * @param requireMfa          IAM205 reports at error instead of note
 * @param severityOverrides   rule id to severity
 * @param disabledRules       rule ids that do not run
 * @param semantic            settings of the semantic rules IAM301/IAM302 (UNKNOWN severity, reference policy)
 */
public record RuleSettings(
        Set<String> selfManageActions,
        Set<String> accountViewActions,
        boolean requireMfa,
        Map<String, Severity> severityOverrides,
        Set<String> disabledRules,
        SemanticOptions semantic) {

    /** The self-manage allowlist S ("Terms" in src/site/markdown/rules/index.md). */
    public static final List<String> DEFAULT_SELF_MANAGE = List.of(
            "ChangePassword",
            "GetUser",
            "GetLoginProfile",
            "CreateLoginProfile",
            "UpdateLoginProfile",
            "DeleteLoginProfile",
            "ListAccessKeys",
            "CreateAccessKey",
            "UpdateAccessKey",
            "DeleteAccessKey",
            "GetAccessKeyLastUsed",
            "ListSigningCertificates",
            "UploadSigningCertificate",
            "UpdateSigningCertificate",
            "DeleteSigningCertificate",
            "ListSSHPublicKeys",
            "GetSSHPublicKey",
            "UploadSSHPublicKey",
            "UpdateSSHPublicKey",
            "DeleteSSHPublicKey",
            "ListServiceSpecificCredentials",
            "CreateServiceSpecificCredential",
            "UpdateServiceSpecificCredential",
            "ResetServiceSpecificCredential",
            "DeleteServiceSpecificCredential",
            "ListMFADevices",
            "GetMFADevice",
            "EnableMFADevice",
            "DeactivateMFADevice",
            "ResyncMFADevice",
            "CreateVirtualMFADevice",
            "DeleteVirtualMFADevice",
            "ListMFADeviceTags",
            "TagMFADevice",
            "UntagMFADevice");

    /** The account-view set V: no resource-level permissions, used with {@code "Resource": "*"}. */
    public static final List<String> DEFAULT_ACCOUNT_VIEW = List.of(
            "ListVirtualMFADevices",
            "ListAccountAliases",
            "GetAccountPasswordPolicy",
            "GetAccountSummary",
            "ListUsers");

    public static final RuleSettings DEFAULT = of(List.of(), false, Map.of(), Set.of());

    public RuleSettings {
        selfManageActions = Set.copyOf(selfManageActions);
        accountViewActions = Set.copyOf(accountViewActions);
        severityOverrides = Map.copyOf(severityOverrides);
        disabledRules = Set.copyOf(disabledRules);
        semantic = semantic == null ? SemanticOptions.DEFAULT : semantic;
    }

    /** Settings with the default semantic options (the form before IAM3xx existed). */
    public RuleSettings(
            Set<String> selfManageActions,
            Set<String> accountViewActions,
            boolean requireMfa,
            Map<String, Severity> severityOverrides,
            Set<String> disabledRules) {
        this(
                selfManageActions,
                accountViewActions,
                requireMfa,
                severityOverrides,
                disabledRules,
                SemanticOptions.DEFAULT);
    }

    /** The same settings with other semantic options. */
    public RuleSettings withSemantic(SemanticOptions options) {
        return new RuleSettings(
                selfManageActions, accountViewActions, requireMfa, severityOverrides, disabledRules, options);
    }

    /**
     * Settings with the default S and V, extended by {@code allowedActions} (names such as
     * {@code iam:GetAccountName}; an entry without a service prefix means {@code iam:}). An added action
     * joins S when it can act on a user resource and V otherwise.
     */
    public static RuleSettings of(
            List<String> allowedActions, boolean requireMfa, Map<String, Severity> overrides, Set<String> disabled) {
        Set<String> s = new TreeSet<>();
        DEFAULT_SELF_MANAGE.forEach(a -> s.add(iam(a)));
        Set<String> v = new TreeSet<>();
        DEFAULT_ACCOUNT_VIEW.forEach(a -> v.add(iam(a)));
        var catalog = io.github.iampolicy.engine.catalog.ActionCatalog.defaultCatalog();
        for (String a : allowedActions) {
            String key = a.contains(":") ? a.trim().toLowerCase(Locale.ROOT) : iam(a.trim());
            var info = catalog.action(key);
            if (info != null && info.resourceTypes().isEmpty()) {
                v.add(key);
            } else {
                s.add(key);
            }
        }
        Set<String> off = new TreeSet<>();
        disabled.forEach(d -> off.add(d.trim().toUpperCase(Locale.ROOT)));
        return new RuleSettings(s, v, requireMfa, overrides, off);
    }

    private static String iam(String name) {
        return ("iam:" + name).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code action} (any case; rules pass {@code ActionInfo.key()}, already lower case) is in S. */
    public boolean inSelfManage(String action) {
        return selfManageActions.contains(action)
                || !isLowerCase(action) && selfManageActions.contains(action.toLowerCase(Locale.ROOT));
    }

    /** Whether the catalog action is in S; the fast path every rule takes. */
    public boolean inSelfManage(io.github.iampolicy.engine.catalog.ActionInfo action) {
        return selfManageActions.contains(action.key());
    }

    public boolean inAccountView(io.github.iampolicy.engine.catalog.ActionInfo action) {
        return accountViewActions.contains(action.key());
    }

    public boolean inAccountView(String action) {
        return accountViewActions.contains(action)
                || !isLowerCase(action) && accountViewActions.contains(action.toLowerCase(Locale.ROOT));
    }

    private static boolean isLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The service prefixes of the actions in S (normally just {@code iam}). */
    public Set<String> selfManageServices() {
        Set<String> services = new TreeSet<>();
        for (String a : selfManageActions) {
            services.add(a.substring(0, Math.max(0, a.indexOf(':'))));
        }
        return services;
    }

    public boolean enabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }
}
