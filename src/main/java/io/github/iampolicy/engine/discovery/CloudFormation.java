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
package io.github.iampolicy.engine.discovery;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.suppress.InlineSuppressions;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Policies of CloudFormation templates (JSON or YAML): IAM policies, inline policies of users, groups and roles,
 * role trust policies, and the resource policies of S3, SQS, SNS and KMS ("Shapes" in
 * src/site/markdown/rules/index.md).
 *
 * <p>When {@code Fn::If} stands for the whole document, both branches are separate policies whose paths end
 * in {@code #1} and {@code #2}.
 */
final class CloudFormation {

    /**
     * Resource types of the CloudFormation specification whose property holds a resource-based IAM policy
     * (an object, or a JSON string), beyond the types handled by name in {@link #extract}.
     */
    private static final Map<String, String> RESOURCE_POLICIES = Map.ofEntries(
            Map.entry("AWS::ECR::Repository", "RepositoryPolicyText"),
            Map.entry("AWS::ECR::RegistryPolicy", "PolicyText"),
            Map.entry("AWS::ECR::PublicRepository", "RepositoryPolicyText"),
            Map.entry("AWS::SecretsManager::ResourcePolicy", "ResourcePolicy"),
            Map.entry("AWS::Logs::ResourcePolicy", "PolicyDocument"),
            Map.entry("AWS::EFS::FileSystem", "FileSystemPolicy"),
            Map.entry("AWS::OpenSearchService::Domain", "AccessPolicies"),
            Map.entry("AWS::Elasticsearch::Domain", "AccessPolicies"),
            Map.entry("AWS::Backup::BackupVault", "AccessPolicy"),
            Map.entry("AWS::CodeArtifact::Domain", "PermissionsPolicyDocument"),
            Map.entry("AWS::CodeArtifact::Repository", "PermissionsPolicyDocument"),
            Map.entry("AWS::S3::AccessPoint", "Policy"),
            Map.entry("AWS::S3::MultiRegionAccessPointPolicy", "Policy"),
            Map.entry("AWS::ApiGateway::RestApi", "Policy"),
            Map.entry("AWS::KMS::ReplicaKey", "KeyPolicy"),
            Map.entry("AWS::EventSchemas::RegistryPolicy", "Policy"));

    private CloudFormation() {}

    /** A {@code Resources} object of which at least one entry has a {@code Type}. */
    static boolean isTemplate(ObjectNode root) {
        if (!(root.get("Resources") instanceof ObjectNode resources)) {
            return false;
        }
        return resources.members().stream()
                .anyMatch(m -> m.value() instanceof ObjectNode r && r.string("Type") != null);
    }

    static void extract(ExtractionContext ctx, ObjectNode root) {
        CfnResolver resolver = new CfnResolver(root);
        ObjectNode resources = (ObjectNode) root.get("Resources");
        CfnPrincipals principals = new CfnPrincipals(resources, resolver);
        for (ObjectNode.Member m : resources.distinctMembers()) {
            if (!(m.value() instanceof ObjectNode resource)
                    || resource.string("Type") == null
                    || !(resource.get("Properties") instanceof ObjectNode props)) {
                continue;
            }
            String base = "Resources." + m.key() + ".Properties.";
            ctx.suppressions(InlineSuppressions.cloudFormation(
                    ctx.file.relativePath(), ctx.path("Resources." + m.key()), resource.get("Metadata")));
            String type = resource.string("Type").trim();
            ctx.attachment = switch (type) {
                case "AWS::IAM::Policy" -> principals.named(m.key(), props, true);
                case "AWS::IAM::ManagedPolicy" -> principals.named(m.key(), props, false);
                default -> principals.own(m.key(), type);
            };
            switch (type) {
                case "AWS::IAM::Policy" ->
                    document(ctx, root, resolver, props, "PolicyDocument", base, attachedKind(resolver, props));
                case "AWS::IAM::ManagedPolicy" ->
                    document(ctx, root, resolver, props, "PolicyDocument", base, PolicyKind.MANAGED);
                case "AWS::IAM::User" -> inline(ctx, root, resolver, props, base, PolicyKind.INLINE_USER);
                case "AWS::IAM::Group" -> inline(ctx, root, resolver, props, base, PolicyKind.INLINE_GROUP);
                case "AWS::IAM::Role" -> {
                    document(ctx, root, resolver, props, "AssumeRolePolicyDocument", base, PolicyKind.TRUST);
                    inline(ctx, root, resolver, props, base, PolicyKind.INLINE_ROLE);
                }
                case "AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy" ->
                    document(ctx, root, resolver, props, "PolicyDocument", base, PolicyKind.RESOURCE);
                case "AWS::KMS::Key" -> document(ctx, root, resolver, props, "KeyPolicy", base, PolicyKind.RESOURCE);
                case "AWS::EC2::VPCEndpoint" ->
                    document(ctx, root, resolver, props, "PolicyDocument", base, PolicyKind.ENDPOINT);
                case "AWS::SSO::PermissionSet" ->
                    document(ctx, root, resolver, props, "InlinePolicy", base, PolicyKind.IDENTITY);
                default -> {
                    String key = RESOURCE_POLICIES.get(resource.string("Type").trim());
                    if (key != null) {
                        document(ctx, root, resolver, props, key, base, PolicyKind.RESOURCE);
                    }
                }
            }
            ctx.attachment = Policy.Attachment.NONE;
            managedPolicyArns(ctx, resolver, props, base, type);
        }
    }

    /** The policies a user, group or role lists in {@code ManagedPolicyArns}, each alternative of an intrinsic. */
    private static void managedPolicyArns(
            ExtractionContext ctx, CfnResolver resolver, ObjectNode props, String base, String type) {
        String principal = switch (type) {
            case "AWS::IAM::User" -> "user";
            case "AWS::IAM::Group" -> "group";
            case "AWS::IAM::Role" -> "role";
            default -> null;
        };
        Node written = principal == null ? null : props.get("ManagedPolicyArns");
        if (written instanceof ArrayNode list && list.tag() == null) {
            for (int i = 0; i < list.size(); i++) {
                Node e = list.get(i);
                arns(ctx, resolver.resolve(e), base + "ManagedPolicyArns[" + i + "]", e.location(), principal);
            }
        } else if (written != null) {
            arns(ctx, resolver.resolve(written), base + "ManagedPolicyArns", written.location(), principal);
        }
    }

    private static void arns(ExtractionContext ctx, List<Node> values, String path, Location at, String principal) {
        for (Node v : values) {
            if (v instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
                ctx.attachment(path, at, principal, s.value());
            } else if (v instanceof ArrayNode a) {
                arns(ctx, a.elements(), path, at, principal);
            }
        }
    }

    /**
     * An {@code AWS::IAM::Policy} is an inline policy of every principal it names; the strictest size limit
     * among them applies. With none named (or only through unknown values) the attachment is unknown.
     */
    private static PolicyKind attachedKind(CfnResolver resolver, ObjectNode props) {
        if (names(resolver, props, "Users")) {
            return PolicyKind.INLINE_USER;
        }
        if (names(resolver, props, "Groups")) {
            return PolicyKind.INLINE_GROUP;
        }
        return names(resolver, props, "Roles") ? PolicyKind.INLINE_ROLE : PolicyKind.IDENTITY;
    }

    private static boolean names(CfnResolver resolver, ObjectNode props, String key) {
        Node n = props.get(key);
        Node v = n == null ? null : resolver.resolveValue(n);
        return v instanceof ArrayNode a
                ? a.size() > 0
                : v instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING;
    }

    private static void document(
            ExtractionContext ctx,
            ObjectNode root,
            CfnResolver resolver,
            ObjectNode props,
            String key,
            String base,
            PolicyKind kind) {
        Node written = props.get(key);
        if (written == null) {
            return;
        }
        List<Node> alternatives = resolver.resolve(written);
        for (int i = 0; i < alternatives.size(); i++) {
            String path = base + key + (alternatives.size() > 1 ? "#" + (i + 1) : "");
            // an Fn::If around the whole document already gives one policy per branch
            Policy.Branches branches = alternatives.size() > 1 ? Policy.Branches.NONE : Branching.of(root, written);
            add(ctx, written, alternatives.get(i), path, kind, branches);
        }
    }

    private static void inline(
            ExtractionContext ctx,
            ObjectNode root,
            CfnResolver resolver,
            ObjectNode props,
            String base,
            PolicyKind kind) {
        Node written = props.get("Policies");
        if (written == null || !(resolver.resolveValue(written) instanceof ArrayNode policies)) {
            return;
        }
        // a resolved document keeps the position of the one written, even inside an Fn::If around its entry
        Map<Location, Node> writtenDocs = new HashMap<>();
        writtenDocuments(written, writtenDocs);
        for (int i = 0; i < policies.size(); i++) {
            if (policies.get(i) instanceof ObjectNode entry && entry.get("PolicyDocument") != null) {
                Node doc = entry.get("PolicyDocument");
                Node raw = writtenDocs.get(doc.location());
                Policy.Branches branches = raw != null ? Branching.of(root, raw) : Branching.unsplit(written);
                add(ctx, doc, doc, base + "Policies[" + i + "].PolicyDocument", kind, branches);
            }
        }
    }

    private static void writtenDocuments(Node n, Map<Location, Node> out) {
        if (n instanceof ArrayNode a) {
            a.elements().forEach(e -> writtenDocuments(e, out));
        } else if (n instanceof ObjectNode o) {
            Node doc = o.get("PolicyDocument");
            if (doc != null) {
                out.put(doc.location(), doc);
            }
            o.members().forEach(m -> writtenDocuments(m.value(), out));
        }
    }

    private static void add(
            ExtractionContext ctx,
            Node written,
            Node resolved,
            String path,
            PolicyKind kind,
            Policy.Branches branches) {
        if (resolved instanceof ObjectNode doc) {
            if (isYaml(ctx)) {
                doc = (ObjectNode) asCloudFormationReadsIt(doc);
            }
            ctx.policy(path, kind, doc, PolicySize.of(doc), branches);
        } else if (resolved instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
            // A document given as a JSON string (CloudFormation accepts one), possibly built with Fn::Sub.
            ScalarNode holder = written instanceof ScalarNode w ? w : s;
            EmbeddedPolicy.extract(ctx, holder, s.value(), EmbeddedPolicy.Mode.NONE, false, path, kind);
        }
    }

    private static boolean isYaml(ExtractionContext ctx) {
        String name = ctx.file.relativePath().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".template");
    }

    /**
     * The document as CloudFormation hands it to IAM from a YAML template: plain scalars that YAML would read
     * as numbers or booleans ({@code Sid: 1}, {@code aws:SecureTransport: true}) are the strings written.
     */
    static Node asCloudFormationReadsIt(Node n) {
        if (n instanceof ScalarNode s) {
            return s.type() == ScalarNode.Type.NUMBER || s.type() == ScalarNode.Type.BOOLEAN
                    ? new ScalarNode(s.location(), s.tag(), ScalarNode.Type.STRING, s.raw(), s.raw())
                    : s;
        }
        if (n instanceof ArrayNode a) {
            return new ArrayNode(
                    a.location(),
                    a.tag(),
                    a.elements().stream()
                            .map(CloudFormation::asCloudFormationReadsIt)
                            .toList());
        }
        ObjectNode o = (ObjectNode) n;
        return new ObjectNode(
                o.location(),
                o.tag(),
                o.members().stream()
                        .map(m -> new ObjectNode.Member(m.key(), m.keyLocation(), asCloudFormationReadsIt(m.value())))
                        .toList());
    }
}
