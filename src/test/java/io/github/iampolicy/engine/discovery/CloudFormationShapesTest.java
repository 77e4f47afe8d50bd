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
import static io.github.iampolicy.engine.discovery.Fixtures.policy;
import static io.github.iampolicy.engine.discovery.Fixtures.resource;
import static io.github.iampolicy.engine.discovery.Fixtures.resourceTexts;
import static io.github.iampolicy.engine.discovery.Fixtures.resources;
import static io.github.iampolicy.engine.discovery.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CloudFormation templates: the "Shapes" and "CloudFormation" items of src/site/markdown/rules/index.md. */
class CloudFormationShapesTest {

    private static final String YAML = "cfn/template.yaml";
    private static final String JSON = "cfn/template.json";
    private static final String P = "Resources.%s.Properties.%s";

    private static Policy yaml(String resource, String property) {
        return policy(clean(YAML), P.formatted(resource, property));
    }

    private static Statement statement(Policy p, String sid) {
        return Statement.of(p.document()).stream()
                .filter(s -> sid.equals(s.sid()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyResourceTypeWithItsKind() {
        Map<String, PolicyKind> kinds = new TreeMap<>();
        clean(YAML).policies().forEach(p -> kinds.put(p.policyPath(), p.kind()));
        Map<String, PolicyKind> expected = new TreeMap<>();
        expected.put(P.formatted("Someone", "Policies[0].PolicyDocument"), PolicyKind.INLINE_USER);
        // Users and Groups named: the stricter user limit applies
        expected.put(P.formatted("SelfServicePolicy", "PolicyDocument"), PolicyKind.INLINE_USER);
        expected.put(P.formatted("RolePolicyOnly", "PolicyDocument"), PolicyKind.INLINE_ROLE);
        expected.put(P.formatted("UnattachedPolicy", "PolicyDocument"), PolicyKind.IDENTITY);
        expected.put(P.formatted("Managed", "PolicyDocument"), PolicyKind.MANAGED);
        expected.put(P.formatted("AppRole", "AssumeRolePolicyDocument"), PolicyKind.TRUST);
        expected.put(P.formatted("AppRole", "Policies[0].PolicyDocument"), PolicyKind.INLINE_ROLE);
        expected.put(P.formatted("AppRole", "Policies[1].PolicyDocument"), PolicyKind.INLINE_ROLE);
        expected.put(P.formatted("DevGroup", "Policies[0].PolicyDocument"), PolicyKind.INLINE_GROUP);
        expected.put(P.formatted("Bucket", "PolicyDocument"), PolicyKind.RESOURCE);
        expected.put(P.formatted("Queue", "PolicyDocument"), PolicyKind.RESOURCE);
        expected.put(P.formatted("Topic", "PolicyDocument"), PolicyKind.RESOURCE);
        expected.put(P.formatted("Key", "KeyPolicy"), PolicyKind.RESOURCE);
        assertEquals(expected, kinds);
    }

    @Test
    void shortSubWithPseudoParametersAndEscapedVariable() {
        Policy p = yaml("Someone", "Policies[0].PolicyDocument");
        ScalarNode r = resources(p).get(0);
        // the deploying partition and account: one unknown value each, never a wildcard
        assertEquals("arn:${AWS.Partition}:iam::${AWS.AccountId}:user/${aws:username}", Values.display(r.value()));
        assertEquals(List.of("AWS.Partition", "AWS.AccountId"), Values.unknownHints(r.value()));
        assertFalse(r.value().contains("*"));
        // the resolved node keeps the location of the intrinsic (the tag)
        assertEquals(at(text(YAML), "!Sub 'arn:${AWS::Partition}"), r.location());
        // unquoted Version is the string CloudFormation reads, not a date
        assertEquals("2012-10-17", p.document().string("Version"));
    }

    @Test
    void otherPseudoParametersAreNamedAsWritten(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("stack.yaml");
        Files.writeString(
                file,
                "Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n"
                        + "        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n"
                        + "            Action: iam:PassRole\n"
                        + "            Resource: !Sub 'arn:aws:iam::${AWS::AccountId}:role/${AWS::StackName}-*'\n");
        Policy p = policy(Fixtures.extract(file), "Resources.P.Properties.PolicyDocument");
        ScalarNode r = resources(p).get(0);
        assertEquals(List.of("AWS.AccountId", "AWS.StackName"), Values.unknownHints(r.value()));
        assertEquals("arn:aws:iam::${AWS.AccountId}:role/${AWS.StackName}-*", Values.display(r.value()));
    }

    @Test
    void subParametersDefaultsUnknownsAndListForm() {
        Policy p = yaml("SelfServicePolicy", "PolicyDocument");
        List<String> texts = statement(p, "SubForms").resourceEntries().stream()
                .map(s -> Values.display(s.value()))
                .toList();
        assertEquals(
                List.of(
                        "arn:aws:iam::111122223333:user/${aws:username}",
                        "arn:aws:iam::${NoDefault}:user/${Someone.Arn}-${AWS.Region}",
                        "arn:aws:iam::111122223333:user/prod-user",
                        "arn:aws:iam::111122223333:user/dev-user",
                        "arn:aws:iam::${AWS.AccountId}:user/joined", // Ref AWS::AccountId: one account
                        "${Someone.Arn}",
                        // issue 8: one unknown per thing read, so two different imports never share a value
                        "${ImportValue.shared-arn}",
                        "plain/${placeholder}/${literal}"),
                texts);
        ScalarNode unknownAccount = resource(p, "arn:aws:iam::${NoDefault}:user/${Someone.Arn}-${AWS.Region}");
        assertEquals(List.of("NoDefault", "Someone.Arn", "AWS.Region"), Values.unknownHints(unknownAccount.value()));
        // both alternatives of the Fn::If inside the Sub variables stand at the Sub
        assertEquals(
                at(text(YAML), "!Sub\n                - 'arn:aws:iam::${Acct}"),
                resource(p, "arn:aws:iam::111122223333:user/dev-user").location());
        // a plain string: ${placeholder} is unknown, $${literal} the literal text ${literal}
        ScalarNode plain = resource(p, "plain/${placeholder}/${literal}");
        assertEquals(List.of("placeholder"), Values.unknownHints(plain.value()));
        assertTrue(plain.value().endsWith("/${literal}"));
        assertEquals(at(text(YAML), "plain/${placeholder}"), plain.location());
    }

    @Test
    void ifChecksBothBranches() {
        Statement s = statement(yaml("SelfServicePolicy", "PolicyDocument"), "IfForms");
        // in a list both branches are spliced in, AWS::NoValue drops the element
        assertEquals(
                List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket"),
                s.actionEntries().stream().map(ScalarNode::value).toList());
        // as a value, an array of both branches at the location of the Fn::If
        ArrayNode resource = assertInstanceOf(ArrayNode.class, s.node().get("Resource"));
        assertEquals(at(text(YAML), "!If [IsProd, 'arn:aws:s3:::prod/*'"), resource.location());
        assertEquals(
                List.of("arn:aws:s3:::prod/*", "arn:aws:s3:::dev/*"),
                s.resourceEntries().stream().map(ScalarNode::value).toList());
        // one branch is AWS::NoValue: the other is the value itself
        ObjectNode condition = assertInstanceOf(ObjectNode.class, s.node().get("Condition"));
        assertTrue(condition.has("Bool"));
    }

    @Test
    void ifSplicesInlinePoliciesOfARole() {
        Policy first = yaml("AppRole", "Policies[0].PolicyDocument");
        Policy second = yaml("AppRole", "Policies[1].PolicyDocument");
        assertEquals(
                "ssm:*",
                Statement.of(first.document()).get(0).actionEntries().get(0).value());
        assertEquals(
                "ec2:Describe*",
                Statement.of(second.document()).get(0).actionEntries().get(0).value());
    }

    @Test
    void resourcePoliciesAndUnknownSubstitutions() {
        assertEquals(List.of("bucket-res"), resourceTexts(yaml("Bucket", "PolicyDocument")));
        assertEquals(List.of("queue-res"), resourceTexts(yaml("Queue", "PolicyDocument")));
        assertEquals(List.of("topic-res"), resourceTexts(yaml("Topic", "PolicyDocument")));
        Policy key = yaml("Key", "KeyPolicy");
        assertEquals(List.of("key-res"), resourceTexts(key));
        assertEquals(at(text(YAML), "'key-res'"), resources(key).get(0).location());
        assertEquals(
                List.of("arn:aws:logs:${AWS.Region}:${AWS.AccountId}:log-group:${Stage}-*"),
                resourceTexts(yaml("Managed", "PolicyDocument")));
    }

    @Test
    void jsonTemplateLongForms() {
        ExtractedFile f = clean(JSON);
        Policy p = policy(f, P.formatted("JsonPolicy", "PolicyDocument"));
        assertEquals(PolicyKind.MANAGED, p.kind());
        Statement s = Statement.of(p.document()).get(0);
        assertEquals(
                List.of("iam:CreateAccessKey", "iam:DeleteAccessKey"),
                s.actionEntries().stream().map(ScalarNode::value).toList());
        assertEquals(
                List.of(
                        "arn:${AWS.Partition}:iam::${AWS.AccountId}:user/team/${aws:username}",
                        "arn:aws:iam::${AWS.AccountId}:user/${User.Arn}",
                        "arn:aws:s3:::team-${Unknown}/*",
                        "${Select.0.a.b}", // named after what it reads, not where it stands
                        "if-true",
                        "if-false"),
                resourceTexts(p));
        assertEquals(
                at(text(JSON), "{\"Fn::Sub\": \"arn:${AWS::Partition}"),
                resource(p, "arn:${AWS.Partition}:iam::${AWS.AccountId}:user/team/${aws:username}")
                        .location());
        assertEquals(at(text(JSON), "\"if-false\""), resource(p, "if-false").location());
    }

    @Test
    void unknownValuesAreNamedByWhatTheyReadNotWhereTheyStand(@TempDir Path dir) throws IOException {
        String template = """
                {"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {
                  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": [
                    {"Fn::Select": [0, {"Fn::Split": [",", {"Fn::ImportValue": "Buckets"}]}]},
                    {"Fn::Select": [1, {"Fn::Split": [",", {"Fn::ImportValue": "Buckets"}]}]},
                    {"Fn::Select": [0, {"Fn::Split": [",", {"Fn::ImportValue": "Buckets"}]}]},
                    {"Fn::FindInMap": ["%s", "Key", "Value"]}]}]}}}}}
                """;
        String longName = "Map".repeat(30);
        List<String> texts = texts(dir, "a.json", template.formatted(longName));
        List<String> moved =
                texts(dir, "b.json", "\n\n\n" + template.formatted(longName).replace(", ", ",\n  "));
        assertEquals(texts, moved, "moving lines keeps the names, and so messages and fingerprints");
        assertEquals("${Select.0.Split.ImportValue.Buckets}", texts.get(0));
        assertEquals("${Select.1.Split.ImportValue.Buckets}", texts.get(1));
        assertEquals(texts.get(0), texts.get(2), "the same expression is the same value");
        String other = texts(dir, "c.json", template.formatted(longName + "X")).get(3);
        assertTrue(texts.get(3).startsWith("${FindInMap.MapMap") && texts.get(3).length() < 72, texts.get(3));
        assertTrue(!other.equals(texts.get(3)), "a long name is cut, but two of them stay apart: " + other);
    }

    private static List<String> texts(Path dir, String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        ExtractedFile f = Fixtures.extract(file);
        return resourceTexts(policy(f, P.formatted("P", "PolicyDocument")));
    }

    @Test
    void documentsGivenAsStrings() {
        String name = "cfn/document-string.yaml";
        ExtractedFile f = clean(name);
        // a literal block maps line by line onto the file
        Policy sub = policy(f, P.formatted("StringDocPolicy", "PolicyDocument"));
        assertEquals(PolicyKind.MANAGED, sub.kind());
        ScalarNode r = resources(sub).get(0);
        assertEquals("arn:aws:s3:::${AWS.AccountId}-bucket/${aws:username}/*", Values.display(r.value()));
        assertEquals(at(text(name), "\"arn:aws:s3:::${AWS::AccountId}-bucket"), r.location());
        // a one-line string cannot be mapped by column: everything at the string
        Policy folded = policy(f, P.formatted("FoldedDocPolicy", "PolicyDocument"));
        assertEquals(at(text(name), "'{\"Statement\""), resources(folded).get(0).location());
        // a document that is one unknown reference is skipped silently
        assertTrue(f.policies().stream().noneMatch(p -> p.policyPath().contains("RefDocPolicy")));
        // Fn::If for the whole document: both branches, numbered
        assertEquals(List.of("branch-one"), resourceTexts(policy(f, P.formatted("IfDocPolicy", "PolicyDocument#1"))));
        assertEquals(List.of("branch-two"), resourceTexts(policy(f, P.formatted("IfDocPolicy", "PolicyDocument#2"))));
    }
}
