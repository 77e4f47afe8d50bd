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
package io.github.iampolicy.engine.rules.semantic;

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.semantic.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A semantic check of a CloudFormation document branch by branch ({@link Policy.Branches}): every
 * combination of its template conditions is checked as deployed. A counterexample in every combination is an
 * {@code error}; in some, a {@code warning} that names the combination ("with `IsProd` false").
 */
final class Branched {

    /**
     * @param result  the verdict to report
     * @param clause  what the message adds about the template conditions, or empty
     * @param forAll  whether a counterexample exists in every combination
     */
    record Outcome(CheckResult result, String clause, boolean forAll) {

        Severity severity(CheckResult.Fail f) {
            return forAll ? Explain.severity(f) : Severity.WARNING;
        }
    }

    private Branched() {}

    /**
     * The verdict of {@code check} on the checked policy, read through its analysis, or on each of its
     * variants, each analysed once.
     */
    static Outcome check(PolicyContext ctx, Function<AnalyzedPolicy, CheckResult> check) {
        Policy p = ctx.policy();
        Policy.Branches b = p.branches();
        if (b.conditions().isEmpty()) {
            return new Outcome(check.apply(ctx.analysis()), "", true);
        }
        if (b.variants().isEmpty()) {
            return new Outcome(
                    new CheckResult.Unknown("the template conditions " + String.join(", ", b.conditions())
                            + " choose the statements, and their combinations were not enumerated (more than 4, or "
                            + "a document that cannot be split)"),
                    "",
                    true);
        }
        CheckResult.Fail first = null;
        Policy.Variant firstAt = null;
        CheckResult.Unknown unknown = null;
        int definite = 0;
        for (Policy.Variant v : b.variants()) {
            CheckResult r = check.apply(new AnalyzedPolicy(
                    new Policy(p.file(), p.policyPath(), p.kind(), v.document(), p.sizeChars()), ctx.catalog()));
            if (r instanceof CheckResult.Fail f) {
                if (first == null || f.definite() && !first.definite()) {
                    first = f;
                    firstAt = v;
                }
                definite += f.definite() ? 1 : 0;
            } else if (r instanceof CheckResult.Unknown u && unknown == null) {
                unknown = u;
            }
        }
        if (first == null) {
            return new Outcome(unknown != null ? unknown : new CheckResult.Pass(), "", true);
        }
        if (definite == b.variants().size()) {
            return new Outcome(
                    first, ", with every value of the template conditions " + String.join(", ", b.conditions()), true);
        }
        List<String> parts = new ArrayList<>();
        firstAt.values().forEach((k, v) -> parts.add("`" + k + "` " + v));
        return new Outcome(first, ", with " + String.join(" and ", parts), false);
    }
}
