package io.github.iampolicy.engine.scan;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.discovery.ExtractedFile;
import io.github.iampolicy.engine.discovery.FileCollector;
import io.github.iampolicy.engine.discovery.FileProblem;
import io.github.iampolicy.engine.discovery.PolicyExtractor;
import io.github.iampolicy.engine.discovery.SourceFile;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.rules.document.ParseErrorRule;
import io.github.iampolicy.engine.tree.ArrayNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the policies under a set of roots and applies the rules to each.
 *
 * <p>Files are read and analysed one at a time and their trees dropped before the next, so memory grows
 * with the number of findings, not with the size of the project. The result is sorted, so it does not
 * depend on file-system order.
 */
public final class PolicyScanner {

    private final List<Rule> rules;
    private final ActionCatalog catalog;

    public PolicyScanner(List<Rule> rules, ActionCatalog catalog) {
        this.rules = rules.stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
        this.catalog = catalog;
    }

    public ScanResult scan(ScanOptions options, ScanListener listener) {
        RuleSettings settings = options.settings();
        List<Rule> active = rules.stream().filter(r -> settings.enabled(r.info().id())).toList();
        List<SourceFile> files = new FileCollector().collect(options.roots(), options.baseDir(),
                options.includes().isEmpty() ? FileCollector.DEFAULT_INCLUDES : options.includes(), options.excludes());
        PolicyExtractor extractor = new PolicyExtractor(options.limits());
        int maxStatements = options.limits().maxStatements();
        List<Finding> findings = new ArrayList<>();
        List<ScanResult.PolicySummary> policies = new ArrayList<>();
        for (SourceFile file : files) {
            ExtractedFile extracted = extractor.extract(file);
            for (FileProblem problem : extracted.problems()) {
                fileProblem(file, problem, settings, findings, listener);
            }
            for (Policy policy : extracted.policies()) {
                policies.add(new ScanResult.PolicySummary(policy.file(), policy.policyPath(), policy.kind().id()));
                if (tooManyStatements(policy, maxStatements, settings, findings)) {
                    continue;
                }
                check(policy, active, settings, findings);
            }
            listener.debug("scanned " + file.relativePath() + ": " + extracted.policies().size() + " policies");
        }
        findings.sort(Finding.ORDER);
        List<RuleInfo> infos = active.stream().map(Rule::info).toList();
        return new ScanResult(catalog.snapshotDate(), files.size(), policies, findings, infos);
    }

    private void check(Policy policy, List<Rule> active, RuleSettings settings, List<Finding> findings) {
        PolicyContext context = new PolicyContext(policy, catalog, settings, findings::add);
        boolean identity = context.isIdentityPolicy();
        for (Rule rule : active) {
            if (rule.identityOnly() && !identity) {
                continue;
            }
            try {
                rule.check(context);
            } catch (RuntimeException | StackOverflowError e) {
                // A defect in a rule must not pass a policy silently, nor hide the other rules' or files'
                // findings: it becomes an error at the policy, and the scan goes on.
                if (settings.enabled(ParseErrorRule.INFO.id())) {
                    String message = "Internal error: rule " + rule.info().id() + " failed on this policy (" + e
                            + "). The policy could not be fully checked; please report this with the file.";
                    findings.add(new Finding(ParseErrorRule.INFO, Severity.ERROR, policy.file(),
                            policy.document().location(), policy.policyPath(), null, message,
                            "internal-error:" + rule.info().id(), null));
                }
            }
        }
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
            findings.add(new Finding(ParseErrorRule.INFO, severity, policy.file(), statements.location(),
                    policy.policyPath(), null, "Policy exceeds a scan limit: " + detail
                    + ". None of its statements was checked; split the policy or raise the limit.", detail, null));
        }
        return true;
    }

    /**
     * A file that does not parse is IAM001 when it looks like a policy; one over a limit is IAM001 at
     * error when it looks like a policy and at note otherwise; anything else is only logged, because
     * resource directories hold plenty of JSON that is no policy.
     */
    private static void fileProblem(SourceFile file, FileProblem problem, RuleSettings settings,
            List<Finding> findings, ScanListener listener) {
        Severity severity;
        if (problem.policyLike()) {
            severity = Severity.ERROR;
        } else if (problem.limit()) {
            severity = Severity.NOTE;
        } else {
            listener.debug("skipped " + file.relativePath() + problem.location() + ": " + problem.message());
            return;
        }
        if (!settings.enabled(ParseErrorRule.INFO.id())) {
            return;
        }
        severity = settings.severityOverrides().getOrDefault(ParseErrorRule.INFO.id(), severity);
        String message = problem.limit() ? limitMessage(problem) : ParseErrorRule.message(problem.message());
        findings.add(new Finding(ParseErrorRule.INFO, severity, file.relativePath(), problem.location(), "", null,
                message, problem.message(), null));
    }

    /** A limit problem is no syntax error: say which limit, and that the file was not checked. */
    static String limitMessage(FileProblem problem) {
        return (problem.policyLike() ? "File looks like an IAM policy but exceeds a scan limit: "
                : "File exceeds a scan limit: ") + problem.message()
                + ". It was not checked; raise the limit if the file is trusted.";
    }
}
