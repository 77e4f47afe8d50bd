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
package io.github.iampolicy.engine.rules.document;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.catalog.AwsGlobalKeys;
import io.github.iampolicy.engine.catalog.ConditionKey;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.text.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM014 unsupported-condition-key: a known condition key that none of the statement's actions supports.
 *
 * <p>A request carries a service key, or {@code aws:RequestTag/...}, {@code aws:ResourceTag/...} and
 * {@code aws:TagKeys}, only for the actions whose rows in the Service Authorization Reference (or whose
 * resource types) list it; {@code aws:ResourceTag/...} on a service without tag-based authorization is the
 * common case. A condition on an absent key is false: an Allow grants nothing ({@code warning}), a Deny never
 * applies and fails open ({@code error}).
 *
 * <p>Checked only when every action entry of {@code Action} is known (no {@code NotAction}, no template
 * value, no {@code *} alone); one supporting action is enough. Global keys other than the tag keys and the
 * keys that come with the credentials ({@code ec2:SourceInstanceARN}, ...) are carried by every request.
 * {@code Null} is skipped: testing that a key is absent is its purpose. A service key that the data defines
 * but lists for none of the service's actions is skipped too: the data cannot say where it applies.
 */
public final class UnsupportedConditionKeyRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM014",
            "unsupported-condition-key",
            Severity.WARNING,
            "A condition key that none of the statement's actions supports, so the condition is always false.",
            "Use a key that the actions list in the Service Authorization Reference, or move the condition to a "
                    + "statement whose actions support it.",
            5.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        ActionCatalog catalog = context.catalog();
        List<ActionInfo> actions = actions(analyzed);
        if (actions.isEmpty()) {
            return;
        }
        for (Statement.Condition c : s.conditions()) {
            if (Conditions.unknown(c)
                    || Conditions.Operator.parse(c.operator()).base().equals("null")
                    || Conditions.isCredentialKey(c.key())) {
                continue;
            }
            ConditionKey key = Conditions.find(catalog, s, c.key());
            if (key == null
                    || (AwsGlobalKeys.ALL.contains(key) && !AwsGlobalKeys.isActionSpecific(key))
                    || unplaced(catalog, c.key())) {
                continue;
            }
            if (actions.stream().noneMatch(a -> catalog.supports(a, c.key()))) {
                boolean resourceTag = c.key().regionMatches(true, 0, "aws:ResourceTag/", 0, 16);
                context.report(
                        this,
                        Conditions.failOpen(s),
                        c.keyLocation(),
                        s,
                        c.key(),
                        Describe.statement(s) + " uses the condition key " + c.key() + ", which none of its "
                                + actions.size() + " action(s) supports"
                                + (resourceTag ? " (no tag-based authorization on their resources)" : "")
                                + " (action catalog of " + catalog.snapshotDate() + "), so "
                                + (s.isDeny() ? "the Deny never applies." : "the condition is always false."));
            }
        }
    }

    /**
     * Whether the key's service defines it without listing it for any of its actions, as the data does for
     * {@code iam:ServiceSpecificCredentialServiceName}: the data cannot say which actions carry it.
     */
    private static boolean unplaced(ActionCatalog catalog, String key) {
        String prefix = Conditions.prefix(key);
        if (prefix == null || prefix.equals("aws")) {
            return false;
        }
        return catalog.actions(prefix).stream().noneMatch(a -> catalog.supports(a, key));
    }

    /** The actions of the statement's {@code Action}, or none when one entry cannot be resolved. */
    private static List<ActionInfo> actions(AnalyzedStatement analyzed) {
        Statement s = analyzed.statement();
        if (s.action() == null) {
            return List.of();
        }
        List<ActionInfo> out = new ArrayList<>();
        for (var n : s.action()) {
            String a = n.value().strip();
            if (a.equals("*") || Values.hasUnknown(a)) {
                return List.of();
            }
            List<ActionInfo> matched = analyzed.expand(a);
            if (matched.isEmpty()) {
                return List.of();
            }
            out.addAll(matched);
        }
        return out;
    }
}
