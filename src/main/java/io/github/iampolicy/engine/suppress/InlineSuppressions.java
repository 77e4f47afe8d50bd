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
package io.github.iampolicy.engine.suppress;

import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the inline suppressions of the conventions teams already use. Ids that are not ours (cfn-lint's
 * {@code E3012}, cfn_nag's {@code W11}) are left to their tools.
 *
 * <p>CloudFormation resource {@code Metadata}:
 * <pre>
 * Metadata:
 *   iam-policy:
 *     suppress:
 *       - id: IAM104
 *         reason: Passes only the app roles to Lambda (SEC-42)
 *   cfn_nag:
 *     rules_to_suppress:
 *       - id: IAM201
 *         reason: ...
 *   cfn-lint:
 *     config:
 *       ignore_checks: [IAM203]
 *       ignore_reasons:              (ours: cfn-lint has no place for a reason)
 *         IAM203: ...
 * </pre>
 * Terraform JSON resource body: {@code "//": "iam-policy:suppress IAM104,IAM201 reason: ..."} (or a list of
 * such strings); Terraform ignores {@code "//"} keys.
 */
public final class InlineSuppressions {

    private static final Pattern OURS = Pattern.compile("\\bIAM\\d{3}\\b");
    private static final String TERRAFORM_PREFIX = "iam-policy:suppress";

    private InlineSuppressions() {}

    /**
     * The suppressions in a CloudFormation resource's {@code Metadata}.
     *
     * @param scope the resource's policy path prefix, e.g. {@code Resources.DeployRole}
     */
    public static List<InlineSuppression> cloudFormation(String file, String scope, Node metadata) {
        List<InlineSuppression> out = new ArrayList<>();
        if (!(metadata instanceof ObjectNode m)) {
            return out;
        }
        String base = scope + ".Metadata.";
        if (m.get("iam-policy") instanceof ObjectNode ours) {
            idReasonList(file, scope, base + "iam-policy", ours.get("suppress"), out);
        }
        if (m.get("cfn_nag") instanceof ObjectNode nag) {
            idReasonList(file, scope, base + "cfn_nag", nag.get("rules_to_suppress"), out);
        }
        if (m.get("cfn-lint") instanceof ObjectNode lint && lint.get("config") instanceof ObjectNode config) {
            Node reasons = config.get("ignore_reasons");
            for (ScalarNode id : scalars(config.get("ignore_checks"))) {
                String rule = id.value().trim().toUpperCase(Locale.ROOT);
                if (OURS.matcher(rule).matches()) {
                    String reason = reasons instanceof ObjectNode r
                            ? text(r.get(id.value().trim()))
                            : null;
                    if (reason == null && reasons instanceof ObjectNode r) {
                        reason = text(r.get(rule));
                    }
                    out.add(new InlineSuppression(file, scope, id.location(), rule, reason, base + "cfn-lint"));
                }
            }
        }
        return out;
    }

    /**
     * The suppressions in the {@code "//"} comments of a Terraform JSON resource body.
     *
     * @param scope the resource's policy path prefix, e.g. {@code resource.aws_iam_policy.deploy}
     */
    public static List<InlineSuppression> terraform(String file, String scope, ObjectNode body) {
        List<InlineSuppression> out = new ArrayList<>();
        for (ObjectNode.Member member : body.members()) {
            if (!member.key().equals("//")) {
                continue;
            }
            for (ScalarNode comment : scalars(member.value())) {
                String text = comment.value().strip();
                if (!text.startsWith(TERRAFORM_PREFIX)) {
                    continue; // an ordinary comment
                }
                String rest = text.substring(TERRAFORM_PREFIX.length());
                int at = rest.indexOf("reason:");
                String reason =
                        at < 0 ? null : rest.substring(at + "reason:".length()).strip();
                Matcher ids = OURS.matcher(at < 0 ? rest : rest.substring(0, at));
                while (ids.find()) {
                    out.add(new InlineSuppression(
                            file,
                            scope,
                            comment.location(),
                            ids.group(),
                            reason == null || reason.isEmpty() ? null : reason,
                            scope + ".//"));
                }
            }
        }
        return out;
    }

    /** {@code [{id: IAM201, reason: ...}]}, the shape of cfn_nag and of our own key. */
    private static void idReasonList(String file, String scope, String origin, Node list, List<InlineSuppression> out) {
        if (!(list instanceof ArrayNode entries)) {
            return;
        }
        for (Node e : entries.elements()) {
            if (e instanceof ObjectNode entry && entry.get("id") instanceof ScalarNode id && id.value() != null) {
                String rule = id.value().trim().toUpperCase(Locale.ROOT);
                if (OURS.matcher(rule).matches()) {
                    out.add(new InlineSuppression(file, scope, id.location(), rule, text(entry.get("reason")), origin));
                }
            }
        }
    }

    private static List<ScalarNode> scalars(Node n) {
        List<ScalarNode> out = new ArrayList<>();
        if (n instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            out.add(s);
        } else if (n instanceof ArrayNode a) {
            for (Node e : a.elements()) {
                if (e instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String text(Node n) {
        return n instanceof ScalarNode s
                        && s.type() == ScalarNode.Type.STRING
                        && s.value() != null
                        && !s.value().isBlank()
                ? s.value().trim()
                : null;
    }
}
