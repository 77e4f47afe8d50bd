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
package io.github.iampolicy.engine.rules.privilege;

import io.github.iampolicy.engine.analysis.AnalyzedStatement;
import io.github.iampolicy.engine.analysis.Granted;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.PolicyContext;
import io.github.iampolicy.engine.rules.StatementRule;
import io.github.iampolicy.engine.rules.selfmanage.Grants;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * IAM109 data-read-on-any-resource: an Allow statement grants, on any resource, an action that reads the data
 * an attacker exfiltrates: objects, secrets, parameters, table items, queue messages, stream records, function
 * code and environment, decryption ({@link #ACTIONS}).
 *
 * <p>Decisions of this implementation (for users: src/site/markdown/rules/IAM109.md):
 * <ul>
 * <li>"Any resource" as for IAM107: {@code s3:GetObject} on {@code arn:aws:s3:::*}{@code /*} is reported, on
 * {@code arn:aws:s3:::app-data/*} it is not.</li>
 * <li>{@code note} when the statement's only such action is {@code kms:Decrypt}: every key's own key policy must
 * also allow the caller; {@code warning} otherwise. One finding per statement.</li>
 * </ul>
 */
public final class DataReadOnAnyResourceRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM109",
            "data-read-on-any-resource",
            Severity.WARNING,
            "An Allow statement grants reads of data (objects, secrets, parameters, items, messages, decryption) "
                    + "on any resource.",
            "Name the buckets, secrets, parameters, tables and keys the caller reads, e.g. "
                    + "arn:aws:s3:::app-data/* or arn:aws:secretsmanager:REGION:ACCOUNT:secret:app/*.",
            5.0);

    static final Set<String> ACTIONS = List.of(
                    "s3:GetObject",
                    "s3:GetObjectVersion",
                    "secretsmanager:GetSecretValue",
                    "ssm:GetParameter",
                    "ssm:GetParameters",
                    "ssm:GetParametersByPath",
                    "ssm:GetParameterHistory",
                    "kms:Decrypt",
                    "dynamodb:Scan",
                    "dynamodb:Query",
                    "dynamodb:GetItem",
                    "dynamodb:BatchGetItem",
                    "sqs:ReceiveMessage",
                    "kinesis:GetRecords",
                    "lambda:GetFunction")
            .stream()
            .map(a -> a.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> SERVICES = Breadth.services(ACTIONS);

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
        List<Granted> hits = new ArrayList<>();
        for (Granted g : Grants.actions(analyzed, SERVICES, a -> ACTIONS.contains(a.key()))) {
            if (Breadth.scope(analyzed, g.action(), context.catalog()) == Breadth.Scope.ANY) {
                hits.add(g);
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        boolean decryptOnly = hits.stream().allMatch(g -> g.action().key().equals("kms:decrypt"));
        String message = Grants.name(st) + " allows "
                + Grants.list(hits.stream().map(g -> g.action().fullName()).toList(), 5)
                + " on any resource: "
                + (decryptOnly
                        ? "the caller can decrypt with every key whose key policy lets the account's "
                                + "principals use it. Name the keys."
                        : "the caller can read every object, secret, parameter or item of the account, "
                                + "including those of other applications. Name what the caller reads.");
        Granted first = hits.get(0);
        context.report(
                this,
                decryptOnly ? Severity.NOTE : Severity.WARNING,
                Grants.actionLocation(st, first.source()),
                st,
                first.action().fullName(),
                message);
    }
}
