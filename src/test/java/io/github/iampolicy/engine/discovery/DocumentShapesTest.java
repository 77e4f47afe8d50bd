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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The first "Shapes" of src/site/markdown/rules/index.md: plain policies and the AWS API outputs wrapping them. */
class DocumentShapesTest {

    @Test
    void rawPolicyWithTemplateSyntax() {
        ExtractedFile f = clean("raw/policy.json");
        assertEquals(1, f.policies().size());
        Policy p = policy(f, "");
        assertEquals(PolicyKind.IDENTITY, p.kind());
        assertEquals("raw/policy.json", p.file());
        ScalarNode first = resources(p).get(0);
        assertEquals(at(text("raw/policy.json"), "\"arn:aws:iam::${account_id}"), first.location());
        // ${account_id} is a placeholder (unknown), $${ the literal ${, &{aws:username} the policy variable
        assertTrue(Values.hasUnknown(first.value()));
        assertEquals("arn:aws:iam::${account_id}:user/${aws:username}", Values.display(first.value()));
        assertEquals("arn:aws:iam::${account_id}:user/$${aws:username}", first.raw());
        assertEquals(
                "arn:aws:iam::123456789012:user/${aws:username}",
                resources(p).get(1).value());
        assertEquals(
                List.of("iam:CreateAccessKey", "iam:DeleteAccessKey"),
                Statement.of(p.document()).get(0).actionEntries().stream()
                        .map(ScalarNode::value)
                        .toList());
    }

    @Test
    void statementObjectIsAPolicy() {
        Policy p = policy(clean("raw/statement-object.json"), "");
        assertEquals(List.of("arn:aws:s3:::b/*"), resourceTexts(p));
    }

    @Test
    void statementThatIsNoObjectMeansNotAPolicy() {
        assertEquals(List.of(), clean("raw/statement-string.json").policies());
        assertEquals(List.of(), clean("raw/statement-strings-array.json").policies());
    }

    @Test
    void sizeIsTheCompactDocument() {
        // the fixture has no whitespace inside strings: its non-whitespace characters are the compact JSON
        String text = text("raw/statement-object.json");
        long expected = text.chars().filter(c -> !Character.isWhitespace(c)).count();
        assertEquals(expected, policy(clean("raw/statement-object.json"), "").sizeChars());
    }

    @Test
    void duplicateKeysArePreservedInTheTree() {
        Policy p = policy(clean("raw/duplicate-keys.json"), "");
        ObjectNode statement = (ObjectNode) p.document().get("Statement");
        List<String> effects = statement.members().stream()
                .filter(m -> m.key().equals("Effect"))
                .map(m -> ((ScalarNode) m.value()).value())
                .toList();
        assertEquals(List.of("Deny", "Allow"), effects);
        assertEquals("Allow", statement.string("Effect"));
    }

    @Test
    void multiDocumentYamlNumbersTheDocuments() {
        ExtractedFile f = clean("raw/multi.yaml");
        assertEquals(List.of("[0]", "[1]"), Fixtures.paths(f));
        assertEquals(List.of("arn:aws:s3:::second/*"), resourceTexts(policy(f, "[1]")));
        assertEquals(
                at(text("raw/multi.yaml"), "\"arn:aws:s3:::second/*\""),
                resource(policy(f, "[1]"), "arn:aws:s3:::second/*").location());
    }

    @Test
    void templateFilesAreJsonOrYamlByTheirFirstCharacter() {
        for (String name : List.of("raw/policy-json.template", "raw/policy-yaml.template")) {
            Policy p = policy(clean(name), "");
            assertEquals(List.of("arn:aws:sqs:*:*:q"), resourceTexts(p), name);
            assertEquals(
                    at(text(name), "arn:aws:sqs:*:*:q").line(),
                    resources(p).get(0).location().line(),
                    name);
        }
    }

    @Test
    void policyVersionDocument() {
        String name = "wrappers/policy-version.json";
        ExtractedFile f = clean(name);
        assertEquals(List.of("PolicyVersion.Document"), Fixtures.paths(f));
        Policy p = policy(f, "PolicyVersion.Document");
        assertEquals(PolicyKind.MANAGED, p.kind());
        assertEquals(
                at(text(name), "\"arn:aws:iam::*:user/${aws:username}\""),
                resource(p, "arn:aws:iam::*:user/${aws:username}").location());
    }

    @Test
    void urlEncodedDocumentIsDecodedAndLocatedAtItsString() {
        String name = "wrappers/policy-version-encoded.json";
        Policy p = policy(clean(name), "PolicyVersion.Document");
        // a percent-encoded plus stays a plus: the API uses RFC 3986 encoding, not form encoding
        ScalarNode r = resource(p, "arn:aws:iam::*:user/${aws:username}+x");
        assertEquals(at(text(name), "\"%7B"), r.location());
        assertEquals(PolicyKind.MANAGED, p.kind());
    }

    @Test
    void topLevelPolicyDocumentTakesItsKindFromThePrincipal() {
        String name = "wrappers/get-role-policy.json";
        Policy p = policy(clean(name), "PolicyDocument");
        assertEquals(PolicyKind.INLINE_ROLE, p.kind());
        assertEquals(
                at(text(name), "\"arn:aws:s3:::role-bucket\""),
                resources(p).get(0).location());
    }

    @Test
    void accountAuthorizationDetails() {
        String name = "wrappers/auth-details.json";
        ExtractedFile f = clean(name);
        Map<String, PolicyKind> kinds = new TreeMap<>();
        f.policies().forEach(p -> kinds.put(p.policyPath(), p.kind()));
        assertEquals(
                Map.of(
                        "UserDetailList[0].UserPolicyList[0].PolicyDocument", PolicyKind.INLINE_USER,
                        "GroupDetailList[0].GroupPolicyList[0].PolicyDocument", PolicyKind.INLINE_GROUP,
                        "RoleDetailList[0].RolePolicyList[0].PolicyDocument", PolicyKind.INLINE_ROLE,
                        "RoleDetailList[0].AssumeRolePolicyDocument", PolicyKind.TRUST,
                        "Policies[0].PolicyVersionList[1].Document", PolicyKind.MANAGED),
                kinds);
        Policy user = policy(f, "UserDetailList[0].UserPolicyList[0].PolicyDocument");
        assertEquals(
                at(text(name), "\"arn:aws:iam::111122223333:user/alice-res\""),
                resources(user).get(0).location());
        // only the default version of a managed policy is in force
        assertTrue(f.policies().stream().noneMatch(p -> resourceTexts(p).contains("old-version-res")));
        assertEquals(
                List.of("default-version-res"), resourceTexts(policy(f, "Policies[0].PolicyVersionList[1].Document")));
    }
}
