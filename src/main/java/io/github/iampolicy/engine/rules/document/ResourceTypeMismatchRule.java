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
import io.github.iampolicy.engine.catalog.ResourceType;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * IAM006 resource-type-mismatch: a statement names an action on resources the action cannot act on, so
 * the statement does nothing for that action.
 *
 * <p>Flags a literally named action (no {@code *} or {@code ?}) of {@code Action}
 * <ul>
 *   <li>with resource types, none of whose ARN formats (from the catalog; {@code ${...}} fields are
 *       wildcards) matches any resource of the statement, e.g. {@code iam:CreateVirtualMFADevice} on
 *       {@code user/${aws:username}} only;</li>
 *   <li>without resource types (it supports only {@code "*"}) in a statement whose resources lack
 *       {@code "*"}, e.g. {@code iam:ListVirtualMFADevices} on {@code mfa/*}.</li>
 * </ul>
 * Matching follows "Resources" in src/site/markdown/rules/index.md: case-sensitive, {@code *} and {@code ?} stay inside
 * the first five fields and span anything in the resource field; a policy variable or an unknown value matches any text
 * of its field. Two patterns match when their automata intersect ({@link ArnMatching}).
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 *   <li>Allow and Deny statements are both checked: a Deny on resources its action cannot have denies
 *       nothing, which is as much a mistake as an Allow that grants nothing.</li>
 *   <li>{@code NotAction} entries and {@code NotResource} statements are skipped (they name what the
 *       statement does not cover).</li>
 *   <li>A statement with {@code "*"} among its resources, or with a resource that is wholly (or begins with)
 *       an unknown value, is skipped: such a value is assumed to match (as for every rule) and may be
 *       {@code "*"}.</li>
 *   <li>Resources that are not ARN shaped are IAM008's concern and take no part; a statement with no ARN
 *       shaped resource is skipped.</li>
 *   <li>Actions that are unknown (IAM005) or contain an unknown value are skipped, as are resource types
 *       whose ARN format the catalog lacks (assumed to match).</li>
 *   <li>One finding per (statement, action), at the action entry.</li>
 * </ul>
 */
public final class ResourceTypeMismatchRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM006",
            "resource-type-mismatch",
            Severity.WARNING,
            "A statement names an action on resources none of whose types the action supports, or an action "
                    + "that supports only \"*\" on specific resources.",
            "Give each action a resource of a type it supports (see the Service Authorization Reference), or "
                    + "move actions without resource-level permissions to a statement with \"Resource\": \"*\"; "
                    + "as written the statement has no effect for them.",
            3.0);

    private static final int SHOWN_RESOURCES = 3;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        if (s.action() == null || s.resource() == null || s.notResource() != null) {
            return;
        }
        List<ScalarNode> arns = new ArrayList<>();
        List<ResourcePattern> patterns = new ArrayList<>();
        boolean skip = false;
        for (ScalarNode r : s.resource()) {
            String v = r.value();
            if (v.equals("*") || v.startsWith(String.valueOf(Values.START))) {
                skip = true;
                break;
            }
            ResourcePattern arn = ResourcePattern.of(v);
            if (arn.isArnShaped()) {
                arns.add(r);
                patterns.add(arn);
            } else if (Values.hasUnknown(v)) {
                skip = true;
                break;
            }
        }
        if (skip || patterns.isEmpty()) {
            return;
        }
        check(context, s, arns, patterns);
    }

    private void check(PolicyContext context, Statement s, List<ScalarNode> arns, List<ResourcePattern> patterns) {
        ActionCatalog catalog = context.catalog();
        Set<String> seen = new HashSet<>();
        for (ScalarNode a : s.action()) {
            String name = a.value();
            if (Glob.hasWildcard(name) || Values.hasUnknown(name)) {
                continue;
            }
            ActionInfo info = catalog.action(name);
            if (info == null || !seen.add(info.key())) {
                continue;
            }
            if (info.resourceTypes().isEmpty()) {
                context.report(
                        this,
                        Severity.WARNING,
                        a.location(),
                        s,
                        info.fullName(),
                        on(s, info, arns) + ", but "
                                + info.fullName() + " supports no resource-level permissions: it applies only to "
                                + "\"Resource\": \"*\", so the statement " + effect(s)
                                + " for it. Move it to a statement "
                                + "with \"Resource\": \"*\".");
                continue;
            }
            if (!matchesSomeType(catalog, info, patterns)) {
                List<String> formats = new ArrayList<>();
                for (ActionInfo.ResourceRef ref : info.resourceTypes()) {
                    String format =
                            catalog.resourceType(info.service(), ref.type()).arnFormat();
                    formats.add(ref.type() + " (" + (format.startsWith("^") ? format.substring(1) : format) + ")");
                }
                context.report(
                        this,
                        Severity.WARNING,
                        a.location(),
                        s,
                        info.fullName(),
                        on(s, info, arns)
                                + ", which matches none of its resource types: " + String.join(", ", formats)
                                + ". The statement " + effect(s) + " for it; add a resource of one of these types.");
            }
        }
    }

    /** Whether some pattern meets some resource type's ARN format; a type the catalog lacks counts as met. */
    private static boolean matchesSomeType(ActionCatalog catalog, ActionInfo info, List<ResourcePattern> patterns) {
        for (ActionInfo.ResourceRef ref : info.resourceTypes()) {
            ResourceType type = catalog.resourceType(info.service(), ref.type());
            if (type == null) {
                return true;
            }
            for (ResourcePattern p : patterns) {
                if (ArnMatching.intersects(catalog, p, type.arnFormat())) {
                    return true;
                }
            }
        }
        return false;
    }

    // messages are built only for the statements reported: most actions match and need none
    private static String on(Statement s, ActionInfo info, List<ScalarNode> arns) {
        String verb = s.isAllow() ? "allows" : s.isDeny() ? "denies" : "names";
        return Describe.statement(s) + " " + verb + " " + info.fullName() + " on " + shown(arns);
    }

    private static String effect(Statement s) {
        return s.isAllow() ? "grants nothing" : s.isDeny() ? "denies nothing" : "does nothing";
    }

    private static String shown(List<ScalarNode> arns) {
        String list = arns.stream()
                .limit(SHOWN_RESOURCES)
                .map(r -> Values.display(r.value()))
                .collect(Collectors.joining(", "));
        return arns.size() > SHOWN_RESOURCES ? list + " (and " + (arns.size() - SHOWN_RESOURCES) + " more)" : list;
    }
}
