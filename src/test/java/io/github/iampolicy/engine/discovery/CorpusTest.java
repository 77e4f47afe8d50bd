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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.model.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs discovery over every file of the corpus of real policies ({@code src/test/resources/corpus/real}).
 */
class CorpusTest {

    /** Files that deliberately yield neither a policy nor a problem, with the reason. */
    private static final Map<String, String> NO_POLICY = Map.of(
            "074-terraform-json-deny-outside-ip.tf.json",
            "the aws_iam_policy's policy is one interpolation (${data.aws_iam_policy_document...json}) and the "
                    + "data source is not a shape the plugin reads");

    private static Path corpus() {
        return TestData.resolve("corpus/real");
    }

    @Test
    void everyFileYieldsAPolicyOrAProblem() {
        Path dir = corpus();
        List<SourceFile> files = new FileCollector().collect(List.of(dir), dir, null, null);
        assertTrue(files.size() >= 70, "corpus files found: " + files.size());
        List<String> failures = new ArrayList<>();
        for (SourceFile f : files) {
            ExtractedFile r = Fixtures.EXTRACTOR.extract(f);
            System.out.printf(
                    "%-62s policies=%-2d problems=%d%s%n",
                    f.relativePath(),
                    r.policies().size(),
                    r.problems().size(),
                    r.problems().isEmpty() ? "" : " " + r.problems().get(0).message());
            boolean found = !r.policies().isEmpty() || !r.problems().isEmpty();
            if (found == NO_POLICY.containsKey(f.relativePath())) {
                failures.add(f.relativePath()
                        + (found ? " yields something though listed as non-policy" : " yields nothing"));
            }
            for (Policy p : r.policies()) {
                if (Statement.of(p.document()).isEmpty()) {
                    failures.add(f.relativePath() + " " + p.policyPath() + " has no statement");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static ExtractedFile file(String name) {
        Path p = corpus().resolve(name);
        return Fixtures.EXTRACTOR.extract(new SourceFile(p, name));
    }

    @Test
    void brokenPolicyIsAPolicyLikeProblem() {
        ExtractedFile f = file("003-awsdocs-self-manage-mfa-2019-invalid-json.json");
        assertEquals(1, f.problems().size());
        assertTrue(f.problems().get(0).policyLike());
    }

    @Test
    void cloudFormationIfBranchIsTheFirstInlinePolicy() {
        ExtractedFile f = file("071-widdix-cfn-vpc-ssh-bastion.yaml");
        assertEquals(List.of(), f.problems());
        Policy ssm = Fixtures.policy(f, "Resources.IAMRole.Properties.Policies[0].PolicyDocument");
        assertEquals(PolicyKind.INLINE_ROLE, ssm.kind());
        assertTrue(Statement.of(ssm.document()).get(0).actionEntries().stream()
                .anyMatch(a -> a.value().equals("ssmmessages:*")));
        assertTrue(Fixtures.resourceTexts(Fixtures.policy(f, "Resources.IAMPolicySSHAccess.Properties.PolicyDocument"))
                .contains("arn:aws:iam::${AWS.AccountId}:user/*"));
    }

    @Test
    void cdktfPoliciesWithInnerQuotesAllParse() {
        ExtractedFile f = file("073-ec2runtimemonitor-cdktf.tf.json");
        assertEquals(List.of(), f.problems());
        assertTrue(f.policies().stream()
                .anyMatch(p -> p.policyPath().equals("resource.aws_iam_policy.eventTargetPolicy.policy")));
        assertTrue(f.policies().stream().anyMatch(p -> p.kind() == PolicyKind.TRUST));
    }

    @Test
    void unquotedVersionIsAString() {
        ExtractedFile f = file("076-cfn-sam-cognito-unquoted-version.yaml");
        Policy p = Fixtures.policy(f, "Resources.CognitoSNSPolicy.Properties.PolicyDocument");
        assertEquals("2012-10-17", p.document().string("Version"));
    }
}
