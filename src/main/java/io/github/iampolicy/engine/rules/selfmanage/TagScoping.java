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
package io.github.iampolicy.engine.rules.selfmanage;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.analysis.Granted;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;
import java.util.Locale;

/** Tag-based scoping of IAM201 (src/site/markdown/rules/IAM201.md, "Exemptions and details"). */
final class TagScoping {

    private static final java.util.Set<String> IAM = java.util.Set.of("iam");

    private TagScoping() {}

    /**
     * Whether the statement has {@code StringEquals}/{@code StringLike} on {@code aws:ResourceTag/<key>} or
     * {@code iam:ResourceTag/<key>} whose values are all {@code ${aws:username}} (variable name in any case).
     */
    static boolean isTagScoped(Statement st) {
        for (Statement.Condition c : st.conditions()) {
            if (!c.operator().equals("StringEquals") && !c.operator().equals("StringLike")) {
                continue;
            }
            String key = c.key().toLowerCase(Locale.ROOT);
            boolean tagKey = (key.startsWith("aws:resourcetag/") || key.startsWith("iam:resourcetag/"))
                    && key.indexOf('/') < key.length() - 1;
            if (tagKey
                    && !c.values().isEmpty()
                    && c.texts().stream().allMatch(v -> v.trim().equalsIgnoreCase("${aws:username}"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some Allow of the policy grants TagUser or UntagUser on a user resource beyond the caller's own:
     * an entry that is not a self form and can match a user, or {@code NotResource} that leaves users in.
     */
    static boolean letsChangeOtherUsersTags(PolicyContext context) {
        for (AnalyzedStatement analyzed : context.analysis().statements()) {
            Statement st = analyzed.statement();
            if (!st.isAllow()) {
                continue;
            }
            List<Granted> tagging = Grants.actions(
                    analyzed,
                    IAM,
                    a -> a.service().equals("iam")
                            && (a.name().equals("TagUser") || a.name().equals("UntagUser")));
            for (Granted g : tagging) {
                if (beyondSelf(st, g.action())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean beyondSelf(Statement st, ActionInfo a) {
        if (st.resource() != null) {
            for (ScalarNode r : st.resource()) {
                UserResources.Scope s = UserResources.classify(ResourcePattern.of(r.value()), UserResources.USER);
                if (s != UserResources.Scope.OTHER_TYPE && s != UserResources.Scope.SELF) {
                    return true;
                }
            }
            return false;
        }
        return st.notResource() != null
                && !UserResources.anyExcludesAll(Grants.texts(st.notResource()), UserResources.USER);
    }
}
