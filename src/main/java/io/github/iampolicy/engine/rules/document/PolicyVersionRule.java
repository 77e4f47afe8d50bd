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

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.PolicyRule;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;

/**
 * IAM002 policy-version: {@code Version} missing or not exactly {@code 2012-10-17}.
 *
 * <p>Without {@code "Version": "2012-10-17"} AWS evaluates a policy under the 2008-10-17 language, in which
 * policy variables are plain text: {@code user/${aws:username}} then names a user literally called
 * {@code ${aws:username}}, and a self-manage policy silently stops working. So the finding is an
 * {@code error} when the policy uses a policy variable ({@link PolicyContext#usesPolicyVariables()}) and a
 * {@code warning} otherwise.
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 *   <li>The comparison is exact: {@code "2012-10-17 "} or a number are not the version. A YAML unquoted
 *       {@code 2012-10-17} arrives as that string and passes. A non-string {@code Version} is also IAM003.</li>
 *   <li>A {@code Version} that is wholly an unknown value (a template placeholder or an unresolved reference)
 *       is not reported: it may well be {@code 2012-10-17} at deployment.</li>
 *   <li>A missing {@code Version} is reported at the document's position, a wrong one at its value.</li>
 * </ul>
 */
public final class PolicyVersionRule implements PolicyRule {

    public static final String CURRENT = "2012-10-17";

    public static final RuleInfo INFO = new RuleInfo(
            "IAM002",
            "policy-version",
            Severity.ERROR,
            "The policy's Version is missing or not 2012-10-17 (an error when the policy uses policy variables).",
            "Add \"Version\": \"2012-10-17\" at the top of the policy document. Older versions do not substitute "
                    + "policy variables such as ${aws:username}, so resources that use them match nothing.",
            4.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitPolicy(AnalyzedPolicy analysis, PolicyContext context) {
        ObjectNode doc = context.policy().document();
        Node version = doc.get("Version");
        boolean variables = context.usesPolicyVariables();
        Severity severity = variables ? Severity.ERROR : Severity.WARNING;
        String consequence = variables
                ? "; the policy uses policy variables such as ${aws:username}, which the older language does not "
                        + "substitute, so the resources that use them match nothing"
                : "; the older language lacks policy variables and newer features";
        if (version == null) {
            context.report(
                    this,
                    severity,
                    doc.location(),
                    null,
                    "Version",
                    "Policy has no \"Version\", so AWS evaluates it under 2008-10-17" + consequence
                            + ". Add \"Version\": \"" + CURRENT + "\".");
            return;
        }
        if (version instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            if (CURRENT.equals(s.value()) || Values.isUnknown(s.value())) {
                return;
            }
            context.report(
                    this,
                    severity,
                    s.location(),
                    null,
                    "Version",
                    "Policy \"Version\" is " + Describe.quoted(s.value()) + ", not \"" + CURRENT + "\"" + consequence
                            + ". Use \"Version\": \"" + CURRENT + "\".");
            return;
        }
        context.report(
                this,
                severity,
                version.location(),
                null,
                "Version",
                "Policy \"Version\" is " + Describe.node(version) + ", not the string \"" + CURRENT + "\"" + consequence
                        + ". Use \"Version\": \"" + CURRENT + "\".");
    }
}
