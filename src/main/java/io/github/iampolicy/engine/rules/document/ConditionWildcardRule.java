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

import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.Rule;
import io.github.iampolicy.engine.text.PolicyTextLexer;
import io.github.iampolicy.engine.tree.ScalarNode;

/**
 * IAM011 wildcard-without-like: a {@code *} or {@code ?} in a value of a {@code StringEquals},
 * {@code StringNotEquals} or their {@code IgnoreCase} forms.
 *
 * <p>Only the {@code Like} operators treat {@code *} and {@code ?} as wildcards; the others compare them as
 * characters, so {@code "StringEquals": {"s3:prefix": "home/*"}} matches only the literal text
 * {@code home/*}. An Allow then grants less than meant ({@code warning}); a Deny never applies and lets
 * through what it was written to stop ({@code error}). The Arn operators are not flagged: AWS matches
 * wildcards in every ARN component with {@code ArnEquals} as with {@code ArnLike}. Policy variables
 * ({@code ${aws:username}}) and the escapes {@code ${*}} and {@code ${?}} are not wildcards; values
 * holding an unknown template reference are skipped.
 */
public final class ConditionWildcardRule implements Rule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM011",
            "wildcard-without-like",
            Severity.WARNING,
            "A condition value holds * or ? with an operator that compares them literally.",
            "Use StringLike or StringNotLike for a pattern, or remove the wildcard to compare an exact value.",
            5.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PolicyContext context) {
        for (Statement s : context.statements()) {
            for (Statement.Condition c : s.conditions()) {
                Conditions.Operator op = Conditions.Operator.parse(c.operator());
                if (!op.isString() || op.isLike() || Conditions.unknown(c)) {
                    continue;
                }
                for (ScalarNode v : c.values()) {
                    if (hasWildcard(v.value())) {
                        String like = c.operator().replaceAll("(?i)Equals(IgnoreCase)?", "Like");
                        context.report(
                                this,
                                Conditions.failOpen(s),
                                v.location(),
                                s,
                                c.key() + "=" + v.value(),
                                Describe.statement(s) + " compares " + c.key() + " with " + Describe.quoted(v.value())
                                        + " using " + c.operator() + ", which treats * and ? as plain characters, so "
                                        + (s.isDeny()
                                                ? "the Deny applies only to that literal text and lets everything else through."
                                                : "it matches only that literal text.")
                                        + " Use " + like + " for a pattern.");
                        break;
                    }
                }
            }
        }
    }

    /** A {@code *} or {@code ?} outside policy variables; {@code ${*}} and {@code ${?}} are literal. */
    static boolean hasWildcard(String value) {
        for (PolicyTextLexer.Token t : PolicyTextLexer.lex(value)) {
            switch (t.kind()) {
                case WILDCARD_STAR, WILDCARD_QUESTION -> {
                    return true;
                }
                case UNTERMINATED -> {
                    // what follows an unclosed ${ is no pattern IAM reads (IAM009 reports it)
                    return false;
                }
                default -> {}
            }
        }
        return false;
    }
}
