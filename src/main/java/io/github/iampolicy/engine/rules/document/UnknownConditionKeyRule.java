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
import io.github.iampolicy.engine.catalog.ConditionKey;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import java.util.Set;

/**
 * IAM013 unknown-condition-key: a condition key that no request of the statement carries because it does not
 * exist: a malformed name, an {@code aws:} key that is not global, or a key that is not one of the
 * statement's services.
 *
 * <p>IAM accepts such keys, and a condition on a key the request lacks is false (the {@code IfExists}
 * forms and {@code Null} aside): an Allow grants nothing ({@code warning}), a Deny never applies and fails
 * open ({@code error}). Keys of a known service that the catalog lacks are a {@code warning} even in a Deny,
 * since AWS adds keys between catalog snapshots. Not checked: keys of web identity providers (a prefix with a
 * dot, such as {@code token.actions.githubusercontent.com:sub}), unknown template values, and the services of
 * a statement whose actions cannot be listed ({@code NotAction}, {@code *:...}): there only the key's own
 * service is consulted.
 */
public final class UnknownConditionKeyRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM013",
            "unknown-condition-key",
            Severity.WARNING,
            "A condition key is malformed, is not a global key, or is not a key of the statement's services.",
            "Use a global key (aws:...) or a key the Service Authorization Reference lists for the statement's "
                    + "services, spelled as AWS writes it.",
            5.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        ActionCatalog catalog = context.catalog();
        for (Statement.Condition c : s.conditions()) {
            if (!Conditions.unknown(c)) {
                String problem = problem(catalog, s, c.key());
                if (problem != null) {
                    Severity severity = problem.startsWith("!") ? Severity.WARNING : Conditions.failOpen(s);
                    context.report(
                            this,
                            severity,
                            c.keyLocation(),
                            s,
                            c.key(),
                            Describe.statement(s) + " uses the condition key " + Describe.quoted(c.key()) + ", "
                                    + problem.replaceFirst("^!", "") + " A request never carries it, so "
                                    + (s.isDeny() ? "the Deny does not apply." : "the condition is false."));
                }
            }
        }
    }

    /** What is wrong with the key, or {@code null}; a leading {@code !} asks for a warning whatever the effect. */
    private static String problem(ActionCatalog catalog, Statement s, String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1 || key.chars().anyMatch(Character::isWhitespace)) {
            return "which is not of the form prefix:name.";
        }
        String prefix = Conditions.prefix(key);
        if (prefix.contains(".")) {
            return null;
        }
        if (prefix.equals("aws")) {
            if (Conditions.find(catalog, s, key) != null) {
                return null;
            }
            String closest = GlobalConditionKeys.closest(key);
            return "which is not a global condition key."
                    + (closest != null ? " Did you mean \"" + closest + "\"?" : "");
        }
        if (Conditions.find(catalog, s, key) == null) {
            if (!catalog.hasService(prefix)) {
                return Conditions.services(s) == null
                        ? null
                        : "!whose prefix \"" + prefix + "\" is neither a service of the statement nor a known service.";
            }
            return "!which is not a condition key of the service \"" + prefix + "\" (action catalog of "
                    + catalog.snapshotDate() + ").";
        }
        Set<String> services = Conditions.services(s);
        if (services == null || services.contains(prefix) || Conditions.isCredentialKey(key)) {
            return null;
        }
        for (String service : services) {
            ConditionKey k = catalog.conditionKey(service, key);
            if (k != null) {
                return null;
            }
        }
        return "!a key of the service \"" + prefix + "\", while the statement's actions are of "
                + String.join(", ", services) + ".";
    }
}
