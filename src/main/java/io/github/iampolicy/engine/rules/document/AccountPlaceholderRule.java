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
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * IAM007 account-placeholder: an ARN whose account field is a leftover placeholder such as
 * {@code xxxxxxxxxxxx}, {@code account-id} or {@code <AWS Account>}. Such an ARN matches no resource, so the
 * statement silently does nothing where it was meant to apply.
 *
 * <p>Accepted account fields: twelve digits, {@code *}, empty (global resources such as S3 buckets), or any
 * text containing an unknown value (a template placeholder like {@code ${account_id}} or a CloudFormation
 * reference such as {@code ${AWS::AccountId}}).
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 *   <li>{@code aws} is accepted: AWS-owned resources use it (e.g. {@code arn:aws:iam::aws:policy/...}).</li>
 *   <li>A wildcard pattern of digits, {@code *} and {@code ?} that can match twelve digits (e.g.
 *       {@code 1234567890??}) is accepted.</li>
 *   <li>A policy variable in the account field is reported: AWS substitutes variables only in the resource
 *       part of an ARN, so it is literal text there.</li>
 *   <li>Checked: {@code Resource} and {@code NotResource} entries, and ARN-shaped entries of the {@code AWS}
 *       principal (a placeholder account there is the same mistake). Condition values are not checked: what
 *       they hold depends on the key.</li>
 *   <li>Values that are not ARN shaped are IAM008's concern. One finding per statement (as for every
 *       rule, see src/site/markdown/rules/index.md), at its first such ARN; the message counts the others and names
 *       their accounts.</li>
 * </ul>
 */
public final class AccountPlaceholderRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM007",
            "account-placeholder",
            Severity.WARNING,
            "An ARN's account field is a placeholder rather than a 12-digit account id, \"*\", empty, or a "
                    + "template value.",
            "Put the 12-digit account id in the ARN, use \"*\" for any account, or make the account a template "
                    + "value (${AWS::AccountId} in CloudFormation, an interpolation in Terraform); an ARN with a "
                    + "placeholder account matches nothing.",
            2.0);

    /** The account field of an ARN ({@link ResourcePattern#fieldText}). */
    private static final int ACCOUNT = 4;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        Set<String> seen = new HashSet<>();
        List<ScalarNode> values = new ArrayList<>(s.resourceEntries());
        if (s.resource() != null && s.notResource() != null) {
            values.addAll(s.notResource());
        }
        for (String key : List.of("Principal", "NotPrincipal")) {
            if (s.node().get(key) instanceof ObjectNode p) {
                strings(p.get("AWS"), values);
            }
        }
        ScalarNode first = null;
        String firstProblem = null;
        Set<String> accounts = new LinkedHashSet<>();
        int count = 0;
        for (ScalarNode n : values) {
            ResourcePattern arn = ResourcePattern.of(n.value());
            if (!arn.isArnShaped() || !seen.add(n.value()) || isCloudFrontOai(n.value())) {
                continue;
            }
            String problem = problem(arn.fieldText(ACCOUNT));
            if (problem != null) {
                count++;
                accounts.add(arn.fieldText(ACCOUNT));
                if (first == null) {
                    first = n;
                    firstProblem = problem;
                }
            }
        }
        if (first != null) {
            String account = ResourcePattern.of(first.value()).fieldText(ACCOUNT);
            String others = count == 1
                    ? ""
                    : ", and so do " + (count - 1) + " more ARN"
                            + (count == 2 ? "" : "s") + " of this statement (account field"
                            + (accounts.size() == 1 ? " " : "s ")
                            + accounts.stream().map(Describe::quoted).collect(Collectors.joining(", ")) + ")";
            context.report(
                    this,
                    Severity.WARNING,
                    first.location(),
                    s,
                    String.join(",", accounts),
                    Describe.statement(s) + " uses " + Describe.quoted(first.value()) + ", whose account field "
                            + Describe.quoted(account) + " " + firstProblem + ", so the ARN matches nothing"
                            + others + ". Use the 12-digit account id, \"*\", or a template value such as "
                            + "${AWS::AccountId}.");
        }
    }

    /**
     * The documented principal of a CloudFront origin access identity,
     * {@code arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2ABC...}: {@code cloudfront} stands
     * where an account would, by design.
     */
    static boolean isCloudFrontOai(String arn) {
        return arn.regionMatches(true, 0, "arn:", 0, 4)
                && arn.contains(":iam::cloudfront:user/CloudFront Origin Access Identity ");
    }

    /** Why {@code account} is not acceptable, or {@code null} when it is. */
    static String problem(String account) {
        if (account.isEmpty() || account.equals("*") || account.equals("aws") || Values.hasUnknown(account)) {
            return null;
        }
        if (account.contains("${")) {
            return "is a policy variable, which AWS substitutes only in the resource part of an ARN";
        }
        if (canMatchAccountId(account)) {
            return null;
        }
        return "is not a 12-digit account id but looks like a placeholder";
    }

    /** Digits and wildcards that some 12-digit account id matches. */
    private static boolean canMatchAccountId(String account) {
        int fixed = 0;
        boolean star = false;
        for (int i = 0; i < account.length(); i++) {
            char c = account.charAt(i);
            if (c == '*') {
                star = true;
            } else if (c >= '0' && c <= '9' || c == '?') {
                fixed++;
            } else {
                return false;
            }
        }
        return star ? fixed <= 12 : fixed == 12;
    }

    private static void strings(Node n, List<ScalarNode> out) {
        if (n instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            out.add(s);
        } else if (n instanceof ArrayNode a) {
            a.elements().forEach(e -> strings(e, out));
        }
    }
}
