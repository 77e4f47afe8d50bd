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
        List<Finding> findings = new ArrayList<>();
        List<ScanResult.PolicySummary> policies = new ArrayList<>();
        for (SourceFile file : files) {
            ExtractedFile extracted = extractor.extract(file);
            for (FileProblem problem : extracted.problems()) {
                fileProblem(file, problem, settings, findings, listener);
            }
            for (Policy policy : extracted.policies()) {
                policies.add(new ScanResult.PolicySummary(policy.file(), policy.policyPath(), policy.kind().id()));
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
            } catch (RuntimeException e) {
                // A defect in a rule must not pass a policy silently, nor hide the other rules' findings.
                throw new IllegalStateException("rule " + rule.info().id() + " failed on " + policy.file()
                        + (policy.policyPath().isEmpty() ? "" : " (" + policy.policyPath() + ")") + ": " + e, e);
            }
        }
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
        findings.add(new Finding(ParseErrorRule.INFO, severity, file.relativePath(), problem.location(), "", null,
                ParseErrorRule.message(problem.message()), problem.message(), null));
    }
}
