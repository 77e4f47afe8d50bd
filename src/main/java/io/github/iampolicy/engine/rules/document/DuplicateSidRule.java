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
import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.PolicyRule;
import io.github.iampolicy.engine.text.Values;
import java.util.HashMap;
import java.util.Map;

/**
 * IAM004 duplicate-sid: two statements of one policy with the same {@code Sid}.
 *
 * <p>AWS requires Sids to be unique within a policy (some services reject the policy), and findings,
 * suppressions and reviews name statements by Sid, so a repeated one makes them ambiguous.
 *
 * <p>Decisions where the spec is silent: Sids are compared exactly (case-sensitively), as AWS stores them;
 * each repetition is reported at its own {@code Sid} value and names the first statement that uses it;
 * empty Sids and Sids that are wholly an unknown value (template placeholders) are not compared, since
 * nothing is known about them.
 */
public final class DuplicateSidRule implements PolicyRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM004",
            "duplicate-sid",
            Severity.WARNING,
            "Two statements of the policy have the same Sid.",
            "Give every statement of a policy its own Sid, or remove the Sid of one of them.",
            2.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitPolicy(AnalyzedPolicy analysis, PolicyContext context) {
        Map<String, Statement> first = new HashMap<>();
        for (AnalyzedStatement analyzed : analysis.statements()) {
            Statement s = analyzed.statement();
            String sid = s.sid();
            if (sid == null || sid.isEmpty() || Values.isUnknown(sid)) {
                continue;
            }
            Statement earlier = first.putIfAbsent(sid, s);
            if (earlier != null) {
                String position = "Statement[" + s.index() + "]";
                String earlierPosition = "Statement[" + earlier.index() + "]";
                context.report(
                        this,
                        Severity.WARNING,
                        s.locationOf("Sid"),
                        s,
                        sid + "#" + s.index(),
                        position + " repeats the Sid " + Describe.quoted(sid) + " of " + earlierPosition + " (at "
                                + earlier.locationOf("Sid") + "); Sids must be unique within a policy. Rename one "
                                + "of the statements.");
            }
        }
    }
}
