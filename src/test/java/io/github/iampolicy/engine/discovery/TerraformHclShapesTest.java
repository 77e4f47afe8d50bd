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

import static io.github.iampolicy.engine.discovery.Fixtures.at;
import static io.github.iampolicy.engine.discovery.Fixtures.clean;
import static io.github.iampolicy.engine.discovery.Fixtures.extract;
import static io.github.iampolicy.engine.discovery.Fixtures.policy;
import static io.github.iampolicy.engine.discovery.Fixtures.resource;
import static io.github.iampolicy.engine.discovery.Fixtures.resourceTexts;
import static io.github.iampolicy.engine.discovery.Fixtures.resources;
import static io.github.iampolicy.engine.discovery.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.RuleRegistry;
import io.github.iampolicy.engine.rules.RuleSettings;
import io.github.iampolicy.engine.scan.PolicyScanner;
import io.github.iampolicy.engine.scan.ScanListener;
import io.github.iampolicy.engine.scan.ScanOptions;
import io.github.iampolicy.engine.scan.ScanResult;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ParseLimits;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Terraform HCL ({@code *.tf}): the policies of TerraformShapesTest written as Terraform users write them. */
class TerraformHclShapesTest {

    private static final String MAIN = "hcl/module/main.tf";
    private static final String DOCUMENTS = "hcl/module/documents.tf";

    private static Map<String, PolicyKind> kinds(ExtractedFile f) {
        Map<String, PolicyKind> kinds = new TreeMap<>();
        f.policies().forEach(p -> kinds.put(p.policyPath(), p.kind()));
        return kinds;
    }

    @Test
    void policyAttributesWithTheirKinds() {
        assertEquals(
                Map.of(
                        "resource.aws_iam_policy.quotes.policy", PolicyKind.MANAGED,
                        "resource.aws_iam_user_policy.self.policy", PolicyKind.INLINE_USER,
                        "resource.aws_iam_group_policy.grp.policy", PolicyKind.INLINE_GROUP,
                        "resource.aws_s3_bucket_policy.b.policy", PolicyKind.RESOURCE,
                        "resource.aws_sqs_queue_policy.q.policy", PolicyKind.RESOURCE,
                        "resource.aws_sns_topic_policy.t.policy", PolicyKind.RESOURCE,
                        "resource.aws_ecr_repository_policy.e.policy", PolicyKind.RESOURCE),
                kinds(extract(MAIN)));
    }

    @Test
    void jsonencodeInterpolationsAreUnknownAndLocated() {
        Policy p = policy(extract(MAIN), "resource.aws_iam_policy.quotes.policy");
        ScalarNode r = resources(p).get(0);
        assertEquals(3, Values.unknownHints(r.value()).size());
        assertTrue(r.value().startsWith("arn:aws:sns:" + Values.unknown("var.region") + ":"), r.value());
        assertEquals(at(text(MAIN), "\"arn:aws:sns"), r.location());
        assertEquals(
                at(text(MAIN), "({\n    Version").column() + 1,
                p.document().location().column());
        assertEquals("2012-10-17", p.document().string("Version"));
    }

    @Test
    void heredocJsonIsLocatedCharacterByCharacterAndEscapesKeepPolicyVariables() {
        Policy p = policy(extract(MAIN), "resource.aws_iam_user_policy.self.policy");
        List<ScalarNode> rs = resources(p);
        // $${aws:username} is the literal ${aws:username}; ${local.account} an interpolation
        assertEquals(List.of("local.account"), Values.unknownHints(rs.get(0).value()));
        assertTrue(rs.get(0).value().endsWith(":user/${aws:username}"));
        assertEquals("arn:aws:iam::*:user/${aws:username}", rs.get(1).value());
        assertEquals(at(text(MAIN), "\"arn:aws:iam::*:user/&{"), rs.get(1).location());
        Statement s = Statement.of(p.document()).get(0);
        assertEquals(
                at(text(MAIN), "\"iam:CreateAccessKey\"]"),
                s.actionEntries().get(0).location());
    }

    @Test
    void aQuotedJsonStringIsLocatedInsideTheString() {
        Policy p = policy(extract(MAIN), "resource.aws_iam_group_policy.grp.policy");
        assertEquals(at(text(MAIN), "\\\"group-res"), resource(p, "group-res").location());
    }

    @Test
    void unanalysableValuesAreSkippedButABrokenPolicyIsAProblemAtItsPosition() {
        ExtractedFile f = extract(MAIN);
        for (String skipped : List.of("reference", "notjson", "computed")) {
            assertFalse(Fixtures.paths(f).contains("resource.aws_iam_policy." + skipped + ".policy"), skipped);
        }
        assertFalse(Fixtures.paths(f).contains("resource.aws_s3_bucket.not_read.policy"));
        assertEquals(1, f.problems().size(), f.problems().toString());
        FileProblem broken = f.problems().get(0);
        assertTrue(broken.policyLike());
        assertTrue(broken.message().contains("resource.aws_iam_role_policy.broken.policy"), broken.message());
        assertEquals(at(text(MAIN), "\"Resource\": \"*\"}]\n}\nEOF"), broken.location());
    }

    @Test
    void documentsAreReportedWhereDeclaredWithTheKindOfTheirUse() {
        ExtractedFile f = clean(DOCUMENTS);
        assertEquals(
                Map.of(
                        "data.aws_iam_policy_document.trust", PolicyKind.TRUST,
                        "data.aws_iam_policy_document.key", PolicyKind.RESOURCE,
                        "data.aws_iam_policy_document.self_manage", PolicyKind.IDENTITY),
                kinds(f),
                "deny_without_mfa is only a source of self_manage; every statement of generated is made by"
                        + " Terraform");
    }

    @Test
    void aDocumentRendersAsTheProviderRendersIt() {
        Policy trust = policy(clean(DOCUMENTS), "data.aws_iam_policy_document.trust");
        ObjectNode doc = trust.document();
        assertEquals("2012-10-17", doc.string("Version"));
        ObjectNode s = (ObjectNode) ((ArrayNode) doc.get("Statement")).get(0);
        assertEquals("Allow", s.string("Effect"));
        assertEquals("sts:AssumeRole", s.string("Action"));
        assertEquals(at(text(DOCUMENTS), "\"sts:AssumeRole\""), s.get("Action").location());
        ObjectNode principal = (ObjectNode) s.get("Principal");
        ArrayNode services = (ArrayNode) principal.get("Service");
        assertEquals(2, services.size());
        assertEquals(
                at(text(DOCUMENTS), "\"lambda.amazonaws.com\""), services.get(1).location());
        Policy key = policy(clean(DOCUMENTS), "data.aws_iam_policy_document.key");
        ObjectNode k = (ObjectNode) ((ArrayNode) key.document().get("Statement")).get(0);
        assertEquals("Root", k.string("Sid"));
        assertTrue(Values.hasUnknown(((ObjectNode) k.get("Principal")).string("AWS")));
    }

    @Test
    void sourcesComeFirstOwnStatementsNextAndOverridesReplaceBySid() {
        Policy p = policy(clean(DOCUMENTS), "data.aws_iam_policy_document.self_manage");
        List<Statement> statements = Statement.of(p.document());
        assertEquals(4, statements.size(), statements.toString());
        ObjectNode deny = statements.get(0).node();
        assertEquals("Deny", deny.string("Effect"));
        assertEquals(at(text(DOCUMENTS), "statement {\n    sid         = \"DenyWithoutMfa\""), deny.location());
        ObjectNode condition = (ObjectNode) deny.get("Condition");
        assertEquals("false", ((ObjectNode) condition.get("BoolIfExists")).string("aws:MultiFactorAuthPresent"));
        // the override's Keys replaced the statement's Keys, in its place
        ObjectNode keys = statements.get(1).node();
        assertEquals("iam:ListAccessKeys", keys.string("Action"));
        assertEquals(
                at(text(DOCUMENTS), "\"arn:aws:iam::*:user/$${aws:username}\""),
                keys.get("Resource").location());
        assertEquals("arn:aws:iam::*:user/${aws:username}", keys.string("Resource"));
        // a dynamic block built from its iterator is left out; a toggle's content is read as if it were on
        ObjectNode toggled = statements.get(2).node();
        assertEquals("SshKeys", toggled.string("Sid"));
        assertEquals(
                at(text(DOCUMENTS), "\"iam:UploadSSHPublicKey\""),
                toggled.get("Action").location());
        ObjectNode mfa = statements.get(3).node();
        assertEquals(
                2,
                ((ObjectNode) ((ObjectNode) mfa.get("Condition")).get("Bool"))
                        .members()
                        .size());
        assertEquals("self", p.document().string("Id"));
    }

    @Test
    void statementsOfADocumentInAnotherFileAreLocatedAtTheReference(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(
                dir.resolve("base.tf"),
                "data \"aws_iam_policy_document\" \"base\" {\n  statement {\n    actions = [\"iam:CreateAccessKey\"]\n"
                        + "    resources = [\"arn:aws:iam::*:user/*\"]\n  }\n}\n");
        String main = "data \"aws_iam_policy_document\" \"main\" {\n  source_policy_documents = [\n"
                + "    data.aws_iam_policy_document.base.json,\n  ]\n}\n";
        java.nio.file.Files.writeString(dir.resolve("main.tf"), main);
        ExtractedFile f = extract(dir.resolve("main.tf"));
        Policy p = policy(f, "data.aws_iam_policy_document.main");
        assertEquals(List.of("arn:aws:iam::*:user/*"), resourceTexts(p));
        assertEquals(
                at(main, "data.aws_iam_policy_document.base.json"),
                resources(p).get(0).location());
        assertEquals(List.of(), Fixtures.paths(extract(dir.resolve("base.tf"))), "base is only a source of main");
    }

    /** Rule, statement and message of every finding of {@code file}; sorted, since locations order them. */
    private static List<String> findings(ScanResult r, String file) {
        return r.findings().stream()
                .filter(f -> f.file().equals(file))
                .map(f -> f.rule().id() + " " + f.statement() + " " + f.message())
                .sorted()
                .toList();
    }

    private static Location located(ScanResult r, String file, String rule) {
        return r.findings().stream()
                .filter(f -> f.file().equals(file) && f.rule().id().equals(rule))
                .map(Finding::location)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSamePolicyGivesTheSameFindingsInEveryFormEachLocatedInItsFile() {
        java.nio.file.Path root = Fixtures.path("hcl/same");
        ScanOptions options =
                new ScanOptions(List.of(root), root, List.of(), List.of(), ParseLimits.DEFAULT, RuleSettings.DEFAULT);
        ScanResult r =
                new PolicyScanner(RuleRegistry.all(), ActionCatalog.defaultCatalog()).scan(options, ScanListener.NONE);
        List<String> expected = findings(r, "json/policy.json");
        assertTrue(expected.stream().anyMatch(f -> f.startsWith("IAM201 ManageOwnKeys")), expected.toString());
        for (String file :
                List.of("tfjson/main.tf.json", "jsonencode/main.tf", "heredoc/main.tf", "document/main.tf")) {
            assertEquals(expected, findings(r, file), file);
            String text = text("hcl/same/" + file);
            Location wildcard = located(r, file, "IAM201");
            if (file.endsWith(".tf.json")) {
                assertEquals(at(text, "\"{\\\"Version"), wildcard, file);
            } else {
                assertEquals(at(text, "\"arn:aws:iam::*:user/*\""), wildcard, file);
            }
        }
        assertEquals(
                at(text("hcl/same/json/policy.json"), "\"arn:aws:iam::*:user/*\""),
                located(r, "json/policy.json", "IAM201"));
    }

    private static final String FEATURES = "hcl/features/main.tf";

    @Test
    void localsHoldingPoliciesAreReadAtTheLocalWithTheKindOfTheirUse() {
        ExtractedFile f = extract(FEATURES);
        String text = text(FEATURES);
        Policy deploy = policy(f, "resource.aws_iam_policy.deploy.policy");
        assertEquals(PolicyKind.MANAGED, deploy.kind());
        assertEquals(
                List.of("var.bucket"),
                Values.unknownHints(resources(deploy).get(0).value()));
        assertEquals(
                at(text, "\"arn:aws:s3:::${var.bucket}"),
                resources(deploy).get(0).location());
        Policy reader = policy(f, "resource.aws_iam_role_policy.reader.policy");
        assertEquals(PolicyKind.INLINE_ROLE, reader.kind());
        assertEquals(
                at(text, "\"arn:aws:sqs:*:*:jobs\""), resources(reader).get(0).location());
        Policy alias = policy(f, "resource.aws_iam_user_policy.alias.policy");
        assertEquals(PolicyKind.INLINE_USER, alias.kind());
        assertEquals(
                resources(deploy).get(0).location(), resources(alias).get(0).location(), "local of a local");
    }

    @Test
    void fileReadsTheProjectFileAsItIsAndTemplatefileMakesItsInterpolationsUnknown() {
        ExtractedFile f = extract(FEATURES);
        String text = text(FEATURES);
        Policy admin = policy(f, "resource.aws_iam_policy.admin.policy = file(hcl/features/policies/admin.json)");
        assertEquals(PolicyKind.MANAGED, admin.kind());
        assertEquals(List.of("arn:aws:iam::*:user/${aws:username}"), resourceTexts(admin));
        assertEquals(at(text, "file(\"${path.module}"), resources(admin).get(0).location());
        Policy bucket = policy(
                f, "resource.aws_iam_policy.bucket.policy = templatefile(hcl/features/policies/bucket.json.tpl)");
        String r = resources(bucket).get(0).value();
        assertEquals(List.of("bucket"), Values.unknownHints(r));
        assertTrue(r.endsWith("/home/${aws:username}/*"), r);
        assertEquals(at(text, "templatefile("), resources(bucket).get(0).location());
    }

    @Test
    void filesOutsideTheProjectOrAtComputedPathsAreLeftOutAndABrokenFileIsAProblemAtTheCall() {
        ExtractedFile f = extract(FEATURES);
        for (String skipped : List.of("outside", "computed", "broken")) {
            assertTrue(
                    Fixtures.paths(f).stream().noneMatch(p -> p.startsWith("resource.aws_iam_policy." + skipped + ".")),
                    skipped);
        }
        assertEquals(1, f.problems().size(), f.problems().toString());
        FileProblem broken = f.problems().get(0);
        assertTrue(broken.message().contains("hcl/features/policies/broken.json"), broken.message());
        assertTrue(broken.message().contains("line 3, column"), broken.message());
        assertEquals(at(text(FEATURES), "file(\"policies/broken.json"), broken.location());
    }

    @Test
    void inlinePolicyBlocksOfARoleAreInlineRolePolicies() {
        ExtractedFile f = extract(FEATURES);
        Map<String, PolicyKind> kinds = kinds(f);
        assertEquals(PolicyKind.INLINE_ROLE, kinds.get("resource.aws_iam_role.app.inline_policy[0].policy"));
        assertEquals(PolicyKind.TRUST, kinds.get("data.aws_iam_policy_document.trust"));
        assertEquals(PolicyKind.INLINE_ROLE, kinds.get("data.aws_iam_policy_document.inline"));
        assertFalse(kinds.containsKey("resource.aws_iam_role.app.inline_policy[1].policy"), "reported as the document");
        Policy logs = policy(f, "resource.aws_iam_role.app.inline_policy[0].policy");
        assertEquals(
                at(text(FEATURES), "Resource = \"*\"").column() + "Resource = ".length(),
                resources(logs).get(0).location().column());
    }
}
