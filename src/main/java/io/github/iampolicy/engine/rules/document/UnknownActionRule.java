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
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IAM005 unknown-action: an {@code Action} or {@code NotAction} entry that names no AWS action.
 *
 * <p>IAM accepts well-formed unknown actions without complaint and they grant nothing, so a typo such as
 * {@code iam:UpdateAccessKeys} silently breaks a policy, and names copied from old tutorials such as
 * {@code iam:RequestSmsMfaRegistration} were never actions. Severities
 * (src/site/markdown/rules/IAM005.md):
 * <ul>
 *   <li>characters no action has (whitespace, {@code /}, a second {@code :}, ...): {@code warning}, it matches
 *       nothing;</li>
 *   <li>an unknown service prefix: {@code error};</li>
 *   <li>an unknown action of a known service, or a wildcard pattern that matches no action:
 *       {@code warning}, it grants nothing.</li>
 * </ul>
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 *   <li>Characters are checked per part: service prefixes and action names consist of ASCII letters,
 *       digits and {@code -} (e.g. {@code vpc-lattice:AssociateViaAWSService-EventsAndStates}), plus the
 *       wildcards {@code *} and {@code ?}. The service part is checked first, so {@code service-prefix-2:action-name-a} is an unknown
 *       service (error) rather than a character warning.</li>
 *   <li>{@code *} alone is every action. An entry without {@code :} (e.g. {@code GetUser}) matches no
 *       action: warning. A wildcard in the service part ({@code *:Get*}) is expanded like any pattern.</li>
 *   <li>Entries containing an unknown value (template placeholder, unresolved reference) are skipped.
 *       Repeated entries of one statement are reported once. Matching is case-insensitive, as IAM's.</li>
 *   <li>For an unknown action of a known service, the message proposes the closest action name of that
 *       service when it is at most two edits away.</li>
 *   <li>The catalog's snapshot date is named, since AWS adds actions over time.</li>
 * </ul>
 */
public final class UnknownActionRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM005",
            "unknown-action",
            Severity.ERROR,
            "An action names an unknown service, an unknown action, or a pattern that matches no action.",
            "Correct the action's spelling (service prefix, then the action name as the Service Authorization "
                    + "Reference writes it), remove whitespace, and remove names that are not AWS actions: IAM "
                    + "accepts them silently and they grant nothing.",
            4.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        Set<String> seen = new HashSet<>();
        check(context, analyzed, s.action(), "Action", seen);
        check(context, analyzed, s.notAction(), "NotAction", seen);
    }

    private void check(
            PolicyContext context,
            AnalyzedStatement analyzed,
            List<ScalarNode> entries,
            String element,
            Set<String> seen) {
        Statement s = analyzed.statement();
        if (entries == null) {
            return;
        }
        ActionCatalog catalog = context.catalog();
        String where = Describe.statement(s) + " " + element + " ";
        for (ScalarNode n : entries) {
            String a = n.value();
            if (a.equals("*") || Values.hasUnknown(a) || !seen.add(element + "\u0000" + a)) {
                continue;
            }
            String shown = Describe.quoted(a);
            int colon = a.indexOf(':');
            if (colon < 0) {
                String hint = catalog.action("iam:" + a.strip()) != null
                        ? " Did you mean \"iam:" + a.strip() + "\"?"
                        : " Write it as service:ActionName, e.g. \"iam:GetUser\".";
                context.report(
                        this,
                        Severity.WARNING,
                        n.location(),
                        s,
                        a,
                        where + shown + " has no service prefix, so it matches no action." + hint);
                continue;
            }
            String service = a.substring(0, colon);
            String name = a.substring(colon + 1);
            if (service.isEmpty() || name.isEmpty()) {
                context.report(
                        this,
                        Severity.WARNING,
                        n.location(),
                        s,
                        a,
                        where + shown + " has an empty "
                                + (service.isEmpty() ? "service prefix" : "action name") + ", so it matches no action. "
                                + "Write it as service:ActionName, e.g. \"iam:GetUser\".");
                continue;
            }
            if (!validChars(service)) {
                context.report(
                        this,
                        Severity.WARNING,
                        n.location(),
                        s,
                        a,
                        where + shown + " has "
                                + badChars(service) + " in its service prefix, which no action has, so it matches "
                                + "nothing. Remove " + (hasWhitespace(service) ? "the whitespace" : "them") + ".");
                continue;
            }
            if (!Glob.hasWildcard(service) && !catalog.hasService(service)) {
                context.report(
                        this,
                        Severity.ERROR,
                        n.location(),
                        s,
                        a,
                        where + shown + " uses the unknown service "
                                + "prefix \"" + service + "\" (action catalog of " + catalog.snapshotDate()
                                + "), so it "
                                + "matches no action. Use the service prefix from the Service Authorization Reference.");
                continue;
            }
            if (!validChars(name)) {
                context.report(
                        this,
                        Severity.WARNING,
                        n.location(),
                        s,
                        a,
                        where + shown + " has "
                                + badChars(name) + " in its action name, which no action has, so it matches "
                                + "nothing. Remove " + (hasWhitespace(name) ? "the whitespace" : "them") + ".");
                continue;
            }
            if (!analyzed.expand(a).isEmpty()) {
                continue;
            }
            String grants = s.isAllow() && element.equals("Action") ? "it grants nothing" : "it matches nothing";
            if (Glob.hasWildcard(a)) {
                context.report(
                        this,
                        Severity.WARNING,
                        n.location(),
                        s,
                        a,
                        where + "pattern " + shown
                                + " matches no action (action catalog of " + catalog.snapshotDate() + "), so " + grants
                                + ". Correct the pattern or remove it.");
            } else {
                String closest = closest(catalog.actions(service), name);
                context.report(
                        this,
                        Severity.WARNING,
                        n.location(),
                        s,
                        a,
                        where + shown + " is not an action of "
                                + "the service \"" + service.toLowerCase(Locale.ROOT) + "\" (action catalog of "
                                + catalog.snapshotDate() + "), so " + grants + "."
                                + (closest != null ? " Did you mean \"" + closest + "\"?" : " Remove it."));
            }
        }
    }

    private static boolean validChars(String part) {
        if (part.isEmpty()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!validChar(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean validChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '*' || c == '?');
    }

    private static boolean hasWhitespace(String s) {
        return s.chars().anyMatch(Character::isWhitespace);
    }

    private static String badChars(String part) {
        StringBuilder b = new StringBuilder();
        Set<Character> listed = new HashSet<>();
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!validChar(c) && listed.add(c)) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(describe(c));
            }
        }
        return b.toString();
    }

    private static String describe(char c) {
        return switch (c) {
            case ' ' -> "a space";
            case '\t' -> "a tab";
            case '\n', '\r' -> "a line break";
            default ->
                Character.isWhitespace(c) || Character.isISOControl(c)
                        ? String.format("the character U+%04X", (int) c)
                        : "'" + c + "'";
        };
    }

    /** The action name of {@code actions} closest to {@code name}, when at most two edits away. */
    static String closest(List<ActionInfo> actions, String name) {
        String best = null;
        int bestDistance = 3;
        String lower = name.toLowerCase(Locale.ROOT);
        for (ActionInfo a : actions) {
            int d = Edits.distance(lower, a.name().toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = a.fullName();
            }
        }
        return best;
    }
}
