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
package io.github.iampolicy.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.iampolicy.engine.model.Counterexample;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.tree.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built rules, findings and scan results for the report tests. */
final class ReportFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The SARIF report the writer writes for {@code r}, read back as a tree. */
    static ObjectNode sarif(ScanResult r, ToolInfo tool) {
        return sarif(r, ReportContext.of(tool));
    }

    static ObjectNode sarif(ScanResult r, ReportContext c) {
        return tree(new SarifReportWriter(), r, c);
    }

    /** The JSON report the writer writes for {@code r}, read back as a tree. */
    static ObjectNode json(ScanResult r, ToolInfo tool) {
        return tree(new JsonReportWriter(), r, ReportContext.of(tool));
    }

    private static ObjectNode tree(ReportWriter w, ScanResult r, ReportContext c) {
        try {
            return (ObjectNode) MAPPER.readTree(w.render(r, c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final RuleInfo IAM001 = new RuleInfo(
            "IAM001",
            "parse-error",
            Severity.ERROR,
            "A policy-looking file that does not parse, or a policy with duplicate keys.",
            "Fix the syntax; remove the duplicate key.",
            7.0);
    static final RuleInfo IAM201 = new RuleInfo(
            "IAM201",
            "user-resource-wildcard",
            Severity.ERROR,
            "A credential-changing action allowed on a resource covering other users.",
            "Scope the resource to arn:aws:iam::*:user/${aws:username}; `user/*` lets anyone change <any> key.",
            8.8);
    static final RuleInfo IAM205 = new RuleInfo(
            "IAM205",
            "mfa-not-enforced",
            Severity.NOTE,
            "Credential-changing actions are allowed without an MFA-enforcing Deny.",
            "Add a Deny with NotAction and BoolIfExists aws:MultiFactorAuthPresent false.",
            4.0);
    static final RuleInfo IAM207 = new RuleInfo(
            "IAM207",
            "other-users-credential-reads",
            Severity.WARNING,
            "A credential read action on a resource covering users other than the caller.",
            "Scope the resource to the caller's own user.",
            5.3);
    static final RuleInfo IAM301 = new RuleInfo(
            "IAM301",
            "other-user-access",
            Severity.ERROR,
            "The policy allows a user to change another user's credentials.",
            "Restrict every credential-changing statement to the caller's own user.",
            9.0);

    static final List<RuleInfo> RULES = List.of(IAM001, IAM201, IAM205, IAM207, IAM301);

    static final String KEYS = "src/main/resources/policies/keys.json";
    static final String MESSAGE = "Statement \"ManageKeys\" allows iam:CreateAccessKey on "
            + "arn:aws:iam::123456789012:user/* (every user's access keys). "
            + "Scope it to arn:aws:iam::*:user/${aws:username}.";

    private ReportFixtures() {}

    static Finding finding(
            RuleInfo rule,
            Severity severity,
            String file,
            int line,
            int column,
            String policyPath,
            String statement,
            String message,
            String subject) {
        return new Finding(
                rule, severity, file, new Location(line, column), policyPath, statement, message, subject, null);
    }

    static Finding keysFinding(int line, int column) {
        return finding(
                IAM201,
                Severity.ERROR,
                KEYS,
                line,
                column,
                "",
                "ManageKeys",
                MESSAGE,
                "arn:aws:iam::123456789012:user/*");
    }

    static Counterexample counterexample() {
        return new Counterexample(
                "alice",
                "iam:CreateAccessKey",
                "arn:aws:iam::123456789012:user/bob",
                Map.of("aws:MultiFactorAuthPresent", "true"));
    }

    /** 2 errors, 3 warnings, 1 note in 5 policies, 12 files scanned. */
    static ScanResult sample() {
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(
                IAM301,
                Severity.ERROR,
                "infra/cfn.yaml",
                new Location(14, 9),
                "Resources.SelfServicePolicy.Properties.PolicyDocument",
                null,
                "User alice can create access keys for user bob.",
                "iam:CreateAccessKey",
                counterexample()));
        findings.add(finding(
                IAM207,
                Severity.WARNING,
                "infra/cfn.yaml",
                20,
                11,
                "Resources.SelfServicePolicy.Properties.PolicyDocument",
                "Statement[1]",
                "Statement[1] allows iam:ListAccessKeys on every user.",
                "*"));
        findings.add(finding(
                IAM207,
                Severity.WARNING,
                "infra/cfn.yaml",
                21,
                11,
                "Resources.SelfServicePolicy.Properties.PolicyDocument",
                "Statement[1]",
                "Statement[1] allows iam:GetUser on every user.",
                "iam:GetUser"));
        findings.add(keysFinding(9, 7));
        findings.add(finding(
                IAM205,
                Severity.NOTE,
                KEYS,
                1,
                1,
                "",
                null,
                "The policy allows credential changes without enforcing MFA.",
                null));
        findings.add(finding(
                IAM201,
                Severity.WARNING,
                KEYS,
                30,
                7,
                "",
                "Tagged",
                "Statement \"Tagged\" allows iam:CreateAccessKey on user/* scoped by tag.",
                "user/*"));
        findings.sort(Finding.ORDER);
        List<ScanResult.PolicySummary> policies = List.of(
                new ScanResult.PolicySummary(
                        "infra/cfn.yaml", "Resources.SelfServicePolicy.Properties.PolicyDocument", "managed"),
                new ScanResult.PolicySummary(
                        "infra/cfn.yaml", "Resources.Trust.Properties.AssumeRolePolicyDocument", "trust"),
                new ScanResult.PolicySummary(KEYS, "", "identity"),
                new ScanResult.PolicySummary("src/main/resources/policies/read.json", "", "identity"),
                new ScanResult.PolicySummary(
                        "src/test/resources/tf/main.tf.json",
                        "resource.aws_iam_user_policy.self.policy",
                        "inline-user"));
        return new ScanResult("2026-05-10", 12, policies, findings, RULES);
    }

    static ScanResult empty() {
        return new ScanResult("2026-05-10", 0, List.of(), List.of(), RULES);
    }

    static ScanResult of(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return new ScanResult(
                "2026-05-10", 3, List.of(new ScanResult.PolicySummary(KEYS, "", "identity")), sorted, RULES);
    }
}
