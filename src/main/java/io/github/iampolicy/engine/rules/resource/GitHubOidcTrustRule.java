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
package io.github.iampolicy.engine.rules.resource;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IAM404 github-oidc-trust: a role trusts GitHub Actions' OIDC provider ({@code token.actions.githubusercontent.com})
 * without a {@code sub} condition, with a {@code sub} pattern that matches repositories of any owner, or without an
 * {@code aud} condition.
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM404.md):
 * <ul>
 * <li>{@code error} when no positive condition on {@code token.actions.githubusercontent.com:sub} exists, or one of
 * its values has a wildcard before the first {@code /} of the repository ({@code *}, {@code repo:*},
 * {@code repo:org*}{@code /x}): every GitHub user can create such a repository and run a workflow in it.</li>
 * <li>{@code repo:org/*} is accepted: every repository of the organisation, which the organisation controls
 * (the page advises branches or environments for deploy roles).</li>
 * <li>{@code warning} when {@code sub} is fine but {@code aud} is not constrained.</li>
 * <li>A provider given by a template value counts as GitHub's when the statement's conditions use
 * {@code token.actions.githubusercontent.com:} keys.</li>
 * <li>Values that are template values are accepted; sub claims in a customised format (not starting with
 * {@code repo:}) are judged only for a leading wildcard.</li>
 * </ul>
 */
public final class GitHubOidcTrustRule implements TrustStatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM404",
            "github-oidc-trust",
            Severity.ERROR,
            "A role trusts GitHub Actions' OIDC provider without a sub condition naming the repositories, with a "
                    + "sub pattern matching any owner, or without an aud condition.",
            "Add StringEquals (or StringLike) on token.actions.githubusercontent.com:sub with "
                    + "repo:OWNER/REPO:ref:refs/heads/main or repo:OWNER/REPO:environment:NAME, and StringEquals "
                    + "token.actions.githubusercontent.com:aud sts.amazonaws.com.",
            9.0);

    static final String HOST = "token.actions.githubusercontent.com";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement st = analyzed.statement();
        if (!st.isAllow()) {
            return;
        }
        Principals.Entry github = Principals.of(st).stream()
                .filter(e -> e.type().equals("Federated") && isGitHub(st, e.text()))
                .findFirst()
                .orElse(null);
        if (github == null) {
            return;
        }
        // every positive sub condition, wildcard-only values included: "*" is a pattern of any owner
        List<Statement.Condition> sub = st.conditions().stream()
                .filter(c -> Principals.isPositive(c.operator())
                        && c.key().toLowerCase(Locale.ROOT).equals(HOST + ":sub"))
                .toList();
        boolean aud = !Principals.restricting(st, Set.of(HOST + ":aud")).isEmpty();
        List<String> broad = new ArrayList<>();
        for (Statement.Condition c : sub) {
            for (String v : c.texts()) {
                if (anyOwner(v)) {
                    broad.add(Values.display(v));
                }
            }
        }
        String problem;
        Severity severity = Severity.ERROR;
        if (sub.isEmpty()) {
            problem = "has no condition on " + HOST + ":sub, so a workflow of any repository on GitHub can assume "
                    + "the role";
        } else if (!broad.isEmpty()) {
            problem = "allows sub " + Grants.list(broad, 3) + ", which matches repositories of any owner: anyone "
                    + "can create one and assume the role from its workflow";
        } else if (!aud) {
            problem = "has no condition on " + HOST + ":aud";
            severity = Severity.WARNING;
        } else {
            return;
        }
        if (severity == Severity.ERROR && !aud) {
            problem += ", and none on " + HOST + ":aud";
        }
        String message = Grants.name(st) + " trusts GitHub Actions (" + HOST + ") but " + problem
                + ". Require sub repo:OWNER/REPO:ref:refs/heads/BRANCH (or :environment:NAME) and aud "
                + "sts.amazonaws.com.";
        context.report(this, severity, github.value().location(), st, "Federated:" + HOST, message);
    }

    /**
     * Whether a federated principal is GitHub Actions': named so, or a template value (Terraform's
     * {@code aws_iam_openid_connect_provider.github.arn}) in a statement whose conditions use GitHub's keys.
     */
    static boolean isGitHub(Statement st, String federated) {
        String host = OidcSubjectRule.host(federated);
        if (host.equalsIgnoreCase(HOST)) {
            return true;
        }
        return Values.hasUnknown(host)
                && st.conditions().stream()
                        .anyMatch(c -> c.key().toLowerCase(Locale.ROOT).startsWith(HOST + ":"));
    }

    /** A sub value with a wildcard where the repository owner is, or before it. */
    static boolean anyOwner(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.startsWith("*") || v.startsWith("?")) {
            return true;
        }
        if (!v.startsWith("repo:")) {
            return false;
        }
        String rest = v.substring("repo:".length());
        int slash = rest.indexOf('/');
        String owner = slash < 0 ? rest : rest.substring(0, slash);
        int unknown = owner.indexOf(Values.START);
        if (unknown >= 0) {
            // a template value where the owner is ("repo:${var.github_repo}:*") names it, slash included
            return unknown > 0 && Glob.hasWildcard(owner.substring(0, unknown));
        }
        return owner.contains("*") || owner.contains("?") || owner.isEmpty();
    }
}
