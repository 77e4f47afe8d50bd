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
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM018 private-source-ip: {@code aws:SourceIp} compared with private, loopback or link-local ranges
 * ({@code 10.0.0.0/8}, {@code 172.16.0.0/12}, {@code 192.168.0.0/16}, {@code 127.0.0.0/8},
 * {@code 169.254.0.0/16}, {@code 100.64.0.0/10}, {@code fc00::/7}, {@code fe80::/10}, {@code ::1}).
 *
 * <p>{@code aws:SourceIp} holds the public address a request came from; a request through a VPC endpoint
 * carries no {@code aws:SourceIp} at all (its private address is {@code aws:VpcSourceIp}). A private range
 * therefore never matches: an Allow on it grants nothing ({@code warning}) and a Deny with {@code IpAddress}
 * never applies ({@code error}); with {@code NotIpAddress} every request matches, which is rarely what was
 * meant ({@code warning}).
 */
public final class PrivateSourceIpRule implements StatementRule {

    public static final RuleInfo INFO = new RuleInfo(
            "IAM018",
            "private-source-ip",
            Severity.WARNING,
            "aws:SourceIp is compared with a private address range, which it never holds.",
            "Use aws:VpcSourceIp together with aws:SourceVpc or aws:SourceVpce for addresses inside a VPC, and "
                    + "aws:SourceIp only for public addresses.",
            4.0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void visitStatement(AnalyzedStatement analyzed, PolicyContext context) {
        Statement s = analyzed.statement();
        for (Statement.Condition c : s.conditions()) {
            Conditions.Operator op = Conditions.Operator.parse(c.operator());
            if (!c.key().equalsIgnoreCase("aws:SourceIp")
                    || !(op.base().equals("ipaddress") || op.base().equals("notipaddress"))
                    || Conditions.unknown(c)) {
                continue;
            }
            List<String> ranges = new ArrayList<>();
            ScalarNode first = null;
            for (ScalarNode v : c.values()) {
                if (ConditionValues.isPrivate(v.value().strip())) {
                    ranges.add(v.value().strip());
                    first = first == null ? v : first;
                }
            }
            if (first == null) {
                continue;
            }
            boolean match = op.base().equals("ipaddress");
            context.report(
                    this,
                    match ? Conditions.failOpen(s) : Severity.WARNING,
                    first.location(),
                    s,
                    String.join(",", ranges),
                    Describe.statement(s) + " compares aws:SourceIp with the private range(s) "
                            + String.join(", ", ranges) + ", but aws:SourceIp is the public address of the "
                            + "request (absent through a VPC endpoint), so "
                            + (match
                                    ? (s.isDeny() ? "the Deny never applies to them." : "they never match.")
                                    : "every request is outside them.")
                            + " Use aws:VpcSourceIp with aws:SourceVpc or aws:SourceVpce.");
        }
    }
}
