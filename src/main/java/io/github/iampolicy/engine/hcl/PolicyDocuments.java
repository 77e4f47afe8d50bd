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
package io.github.iampolicy.engine.hcl;

import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The policy document a {@code data "aws_iam_policy_document"} block renders, as the AWS provider builds it:
 * {@code Version} (default {@code 2012-10-17}) and {@code Id}; one statement per {@code statement} block with
 * {@code Effect} defaulting to {@code Allow}; a list of one value rendered as that value; {@code principals} and
 * {@code condition} blocks merged by type, operator and key. {@code source_policy_documents} (and
 * {@code source_json}) come first, then the block's own statements, then {@code override_policy_documents}
 * (and {@code override_json}), a statement with the {@code Sid} of an earlier one replacing it. Lists keep the
 * order they are written in (the provider sorts them, which changes nothing a policy means), and every element
 * is located at the HCL element it comes from.
 */
public final class PolicyDocuments {

    private PolicyDocuments() {}

    /**
     * The document of the data block {@code block}; {@code documents} gives the policy each element of the
     * source and override lists stands for, or {@code null} when it cannot be known (then it is left out).
     * {@code null} when no statement is known but some may come from dynamic blocks or other documents. At most
     * {@code maxStatements + 1} statements are kept.
     */
    public static ObjectNode render(HclBlocks.Block block, Function<Node, ObjectNode> documents, int maxStatements) {
        ObjectNode body = block.body();
        List<ObjectNode> statements = new ArrayList<>();
        Header header = new Header(block.location());
        for (ObjectNode doc : documents(body, "source_json", "source_policy_documents", documents)) {
            statementsOf(doc).forEach(s -> merge(statements, s, maxStatements));
            header.adopt(doc.member("Version"), doc.member("Id"));
        }
        List<ObjectNode> own = new ArrayList<>();
        for (HclBlocks.Block s : HclBlocks.named(body, "statement")) {
            own.add(StatementBlocks.statement(s));
        }
        own.forEach(s -> merge(statements, s, maxStatements));
        ObjectNode.Member version = StatementBlocks.member(body, "version", "Version");
        header.adopt(
                version != null
                        ? version
                        : new ObjectNode.Member(
                                "Version", block.location(), ScalarNode.string(block.location(), "2012-10-17")),
                StatementBlocks.member(body, "policy_id", "Id"));
        for (ObjectNode doc : documents(body, "override_json", "override_policy_documents", documents)) {
            statementsOf(doc).forEach(s -> merge(statements, s, maxStatements));
            header.adopt(doc.member("Version"), doc.member("Id"));
        }
        if (statements.isEmpty() && madeElsewhere(body)) {
            return null; // every statement comes from what only Terraform knows: nothing to check
        }
        List<ObjectNode.Member> members = new ArrayList<>();
        members.add(header.version);
        if (header.id != null) {
            members.add(header.id);
        }
        Location statementsAt = own.isEmpty() ? block.location() : own.get(0).location();
        members.add(new ObjectNode.Member(
                "Statement", statementsAt, new ArrayNode(statementsAt, null, List.copyOf(statements))));
        return new ObjectNode(block.location(), null, members);
    }

    /** Whether statements may come from dynamic blocks or other documents rather than from statement blocks. */
    private static boolean madeElsewhere(ObjectNode body) {
        boolean dynamic =
                HclBlocks.of(body).stream().anyMatch(b -> b.type().equals("dynamic") && "statement".equals(b.label(0)));
        return dynamic
                || Stream.of("source_json", "source_policy_documents", "override_json", "override_policy_documents")
                        .anyMatch(body::has);
    }

    /** Version and Id as the provider's merge keeps them: the highest version, the last non-empty Id. */
    private static final class Header {
        ObjectNode.Member version;
        ObjectNode.Member id;

        Header(Location at) {
            version = new ObjectNode.Member("Version", at, ScalarNode.string(at, ""));
        }

        void adopt(ObjectNode.Member v, ObjectNode.Member i) {
            if (v != null
                    && v.value() instanceof ScalarNode s
                    && s.value().compareTo(((ScalarNode) version.value()).value()) > 0) {
                version = v;
            }
            if (i != null && i.value() instanceof ScalarNode s && !s.value().isEmpty()) {
                id = i;
            }
        }
    }

    private static List<ObjectNode> documents(
            ObjectNode body, String single, String list, Function<Node, ObjectNode> documents) {
        List<Node> elements = new ArrayList<>();
        if (body.get(single) != null) {
            elements.add(body.get(single));
        }
        if (body.get(list) instanceof ArrayNode a && HclReader.function(a) == null) {
            elements.addAll(a.elements());
        }
        List<ObjectNode> out = new ArrayList<>();
        for (Node e : elements) {
            ObjectNode doc = documents.apply(e);
            if (doc != null) {
                out.add(doc);
            }
        }
        return out;
    }

    private static List<ObjectNode> statementsOf(ObjectNode doc) {
        Node s = doc.get("Statement");
        List<ObjectNode> out = new ArrayList<>();
        if (s instanceof ObjectNode o) {
            out.add(o);
        } else if (s instanceof ArrayNode a) {
            a.elements().stream()
                    .filter(ObjectNode.class::isInstance)
                    .map(ObjectNode.class::cast)
                    .forEach(out::add);
        }
        return out;
    }

    /** The provider's merge: a statement with a Sid replaces the earlier one with that Sid, others are added. */
    private static void merge(List<ObjectNode> statements, ObjectNode added, int maxStatements) {
        String sid = added.string("Sid");
        if (sid != null && !sid.isEmpty()) {
            for (int i = 0; i < statements.size(); i++) {
                if (sid.equals(statements.get(i).string("Sid"))) {
                    statements.set(i, added);
                    return;
                }
            }
        }
        if (statements.size() <= maxStatements) {
            // documents merging documents can multiply statements; past the limit the policy is IAM001 anyway
            statements.add(added);
        }
    }
}
