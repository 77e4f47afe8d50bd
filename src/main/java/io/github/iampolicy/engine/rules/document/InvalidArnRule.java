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
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IAM008 invalid-arn: a {@code Resource} or {@code NotResource} entry that is neither {@code "*"} nor ARN
 * shaped ({@code arn:partition:service:region:account:resource}, as
 * src/site/markdown/rules/index.md defines it: starts with
 * {@code arn:} and has at least six {@code :}-separated fields, the resource keeping further {@code :}).
 * AWS rejects such a policy, or the entry matches nothing.
 *
 * <p>Decisions where the spec is silent:
 * <ul>
 *   <li>Only resources are checked. {@code Principal} values may legitimately be account ids, service
 *       names or canonical ids, and condition values depend on their key.</li>
 *   <li>A value that is wholly an unknown value, or begins with one (e.g. {@code ${bucket_arn}/*} from a
 *       Terraform interpolation), is accepted: the unknown part may well be an ARN. So is a value that
 *       starts with {@code arn:} and contains an unknown value, which may supply the missing fields.</li>
 *   <li>A policy variable counts as one piece when fields are counted, so a {@code :} inside it does not make
 *       a short ARN look long enough.</li>
 *   <li>What stands in the account field is IAM007's concern; each distinct value is reported once per
 *       statement.</li>
 *   <li>In a resource policy {@code execute-api:/...} is accepted: API Gateway expands it to the API's ARN.</li>
 * </ul>
 */
public final class InvalidArnRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM008",
            "invalid-arn",
            Severity.ERROR,
            "A resource is neither \"*\" nor an ARN of the form arn:partition:service:region:account:resource.",
            "Write each resource as a full ARN, arn:partition:service:region:account:resource (region and "
                    + "account may be empty or \"*\"), or as \"*\".",
            4.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        Set<String> seen = new HashSet<>();
        check(context, s, s.resource(), "Resource", seen);
        check(context, s, s.notResource(), "NotResource", seen);
    }

    private void check(PolicyContext context, Statement s, List<ScalarNode> list, String element, Set<String> seen) {
        if (list == null) {
            return;
        }
        for (ScalarNode n : list) {
            String v = n.value();
            if (!seen.add(v) || acceptable(v) || (!context.isIdentityPolicy() && apiGatewayShorthand(v))) {
                continue;
            }
            context.report(
                    this,
                    Severity.ERROR,
                    n.location(),
                    s,
                    v,
                    Describe.statement(s) + " " + element + " "
                            + Describe.quoted(v) + " " + why(v)
                            + ". Write a full ARN, arn:partition:service:region:account:resource, or \"*\".");
        }
    }

    static boolean acceptable(String v) {
        if (v.equals("*") || ResourcePattern.of(v).isArnShaped()) {
            return true;
        }
        if (!v.isEmpty() && v.charAt(0) == Values.START) {
            return true;
        }
        return v.startsWith("arn:") && Values.hasUnknown(v);
    }

    /**
     * {@code execute-api:/stage/GET/path}: API Gateway expands this form to the API's own ARN when it stores a
     * resource policy (AWS's private API examples use {@code execute-api:/*}); IAM itself accepts it nowhere.
     */
    static boolean apiGatewayShorthand(String v) {
        return v.startsWith("execute-api:/");
    }

    private static String why(String v) {
        if (v.isEmpty()) {
            return "is empty";
        }
        if (!v.strip().equals(v) && acceptable(v.strip())) {
            return "has leading or trailing whitespace, so it is not an ARN";
        }
        if (!v.startsWith("arn:")) {
            return "is not an ARN (it does not start with \"arn:\")";
        }
        return "has " + ResourcePattern.fieldCount(v) + " fields separated by \":\", an ARN has six";
    }
}
