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
package io.github.iampolicy.engine.scan;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.ExtractedFile;
import io.github.iampolicy.engine.discovery.FileProblem;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.ManagedPolicyAttachment;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.AttachmentRule;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleRunner;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.rules.document.ParseErrorRule;
import io.github.iampolicy.engine.suppress.InlineSuppression;
import io.github.iampolicy.engine.tree.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one file: extracts its policies, turns its problems into IAM001 findings and runs the rules. Made once
 * per scan and shared by the worker threads, so it holds only what does not change from file to file; the
 * extractor, which is not thread-safe, is passed in per call.
 */
final class FileCheck {

    private final ActionCatalog catalog;
    private final List<Rule> active;
    private final RuleSettings settings;
    private final int maxStatements;

    FileCheck(ActionCatalog catalog, List<Rule> active, RuleSettings settings, int maxStatements) {
        this.catalog = catalog;
        this.active = active;
        this.settings = settings;
        this.maxStatements = maxStatements;
    }

    /** What one file contributes; its trees are gone by the time it exists. */
    record Result(
            String file,
            List<Finding> findings,
            List<ScanResult.PolicySummary> policies,
            List<InlineSuppression> suppressions,
            List<String> debug) {}

    Result scan(SourceFile file, PolicyExtractor extractor) {
        List<Finding> findings = new ArrayList<>();
        List<ScanResult.PolicySummary> policies = new ArrayList<>();
        List<String> debug = new ArrayList<>();
        ExtractedFile extracted = extractor.extract(file);
        for (FileProblem problem : extracted.problems()) {
            fileProblem(file, problem, settings, findings, debug::add);
        }
        List<Policy> checked = new ArrayList<>();
        for (Policy policy : extracted.policies()) {
            policies.add(new ScanResult.PolicySummary(
                    policy.file(), policy.policyPath(), policy.kind().id()));
            if (!tooManyStatements(policy, maxStatements, settings, findings)) {
                checked.add(policy);
            }
        }
        for (Policy policy : checked) {
            PolicyContext context = new PolicyContext(policy, checked, catalog, settings, findings::add);
            RuleRunner.run(context, RuleFamilies.applicable(active, context));
        }
        for (ManagedPolicyAttachment attachment : extracted.attachments()) {
            for (Rule rule : active) {
                if (rule instanceof AttachmentRule a) {
                    a.check(attachment, settings, findings::add);
                }
            }
        }
        debug.add("scanned " + file.relativePath() + ": " + extracted.policies().size() + " policies");
        // sorted per file; files come sorted by path, the first key of the order, so the scan stays sorted
        findings.sort(Finding.ORDER);
        return new Result(file.relativePath(), findings, policies, extracted.suppressions(), debug);
    }

    /**
     * More statements than {@link io.github.iampolicy.engine.tree.ParseLimits#maxStatements()}: IAM001 at
     * error (the document is a policy, so it "looks like" one) and no rule runs on it, because the rules'
     * cost grows with the statement count.
     */
    private static boolean tooManyStatements(Policy policy, int max, RuleSettings settings, List<Finding> findings) {
        if (!(policy.document().get("Statement") instanceof ArrayNode statements) || statements.size() <= max) {
            return false;
        }
        if (settings.enabled(ParseErrorRule.INFO.id())) {
            Severity severity = settings.severityOverrides().getOrDefault(ParseErrorRule.INFO.id(), Severity.ERROR);
            String detail = "the policy has " + statements.size() + " statements, more than the limit of " + max
                    + " (maxStatements)";
            findings.add(new Finding(
                    ParseErrorRule.INFO,
                    severity,
                    policy.file(),
                    statements.location(),
                    policy.policyPath(),
                    null,
                    "Policy exceeds a scan limit: " + detail
                            + ". None of its statements was checked; split the policy or raise the limit.",
                    detail,
                    null));
        }
        return true;
    }

    /**
     * A file that does not parse is IAM001 when it looks like a policy; one over a limit is IAM001 at
     * error when it looks like a policy and at note otherwise; anything else is only logged, because
     * resource directories hold plenty of JSON that is no policy.
     */
    private static void fileProblem(
            SourceFile file,
            FileProblem problem,
            RuleSettings settings,
            List<Finding> findings,
            java.util.function.Consumer<String> debug) {
        Severity severity;
        if (problem.unevaluated()) {
            severity = Severity.NOTE;
        } else if (problem.policyLike()) {
            severity = Severity.ERROR;
        } else if (problem.limit()) {
            severity = Severity.NOTE;
        } else {
            debug.accept("skipped " + file.relativePath() + problem.location() + ": " + problem.message());
            return;
        }
        if (!settings.enabled(ParseErrorRule.INFO.id())) {
            return;
        }
        severity = settings.severityOverrides().getOrDefault(ParseErrorRule.INFO.id(), severity);
        String message = problem.unevaluated()
                ? problem.message()
                : problem.limit() ? limitMessage(problem) : ParseErrorRule.message(problem.message());
        findings.add(new Finding(
                ParseErrorRule.INFO,
                severity,
                file.relativePath(),
                problem.location(),
                "",
                null,
                message,
                problem.message(),
                null));
    }

    /** A limit problem is no syntax error: say which limit, and that the file was not checked. */
    static String limitMessage(FileProblem problem) {
        return (problem.policyLike()
                        ? "File looks like an IAM policy but exceeds a scan limit: "
                        : "File exceeds a scan limit: ")
                + problem.message()
                + ". It was not checked; raise the limit if the file is trusted.";
    }
}
