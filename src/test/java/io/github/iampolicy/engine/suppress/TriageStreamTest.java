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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.BaselineState;
import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.tree.Location;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageStreamTest {

    private static final List<String> FILES = List.of("a/one.yaml", "a/two.yaml", "b/three.json", "c/four.yaml");

    /** Findings in several files, in report order, with sids so fingerprints differ. */
    private static List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (String file : FILES) {
            for (int i = 0; i < 5; i++) {
                all.add(TriageTest.passRole(
                        file, "S" + i, List.of("iam:PassRole"), List.of("arn:aws:iam::1:role/r" + i)));
            }
        }
        return all;
    }

    private static List<InlineSuppression> inline() {
        return List.of(
                new InlineSuppression("a/one.yaml", "Resources.DeployRole", new Location(2, 1), "IAM104", "ok", "o1"),
                new InlineSuppression("a/two.yaml", "Resources.Other", new Location(2, 1), "IAM104", "unused", "o2"),
                new InlineSuppression("b/three.json", "Resources.DeployRole", new Location(2, 1), "IAM104", null, "o3"),
                new InlineSuppression("c/four.yaml", "Resources.DeployRole", new Location(2, 1), "IAM201", "x", "o4"));
    }

    private static Triage triage() {
        List<Finding> f = findings();
        Baseline baseline = new Baseline(List.of(
                new Baseline.Entry(f.get(7).fingerprint(), "IAM104", f.get(7).file(), "m"),
                new Baseline.Entry(f.get(16).fingerprint(), "IAM104", f.get(16).file(), "m"),
                new Baseline.Entry("0123456789abcdef0123456789abcdef", "IAM104", "gone.yaml", "m")));
        return new Triage(
                List.of(
                        TriageTest.entry("{\"rule\": \"IAM104\", \"file\": \"a/two.yaml\", \"sid\": \"S1\","
                                + " \"reason\": \"r\"}"),
                        TriageTest.entry("{\"rule\": \"IAM104\", \"file\": \"a/*.yaml\", \"sid\": \"S1\","
                                + " \"reason\": \"redundant\"}"),
                        TriageTest.entry("{\"rule\": \"IAM201\", \"file\": \"**\", \"reason\": \"never\"}"),
                        TriageTest.entry("{\"rule\": \"IAM104\", \"file\": \"**\", \"reason\": \"old\","
                                + " \"until\": \"2026-01-01\"}")),
                baseline,
                TriageTest.TODAY);
    }

    @Test
    void fileByFileDecidesAsTheWholeScanDoes() {
        Triage.Outcome whole = triage().apply(findings(), inline());

        List<String> notices = new ArrayList<>();
        TriageStream stream = new TriageStream(triage(), notices::add);
        List<Finding> marked = new ArrayList<>();
        for (String file : FILES) {
            marked.addAll(stream.file(
                    findings().stream().filter(f -> f.file().equals(file)).toList(),
                    inline().stream().filter(s -> s.file().equals(file)).toList()));
        }
        assertEquals(whole.findings(), marked);
        assertEquals(whole.notices(), notices);
        assertEquals(whole.unused(), stream.unused());
        assertEquals(whole.fixed(), stream.fixed());

        // the case mix is really there, so the comparison compares something
        assertTrue(marked.get(0).suppression() != null, "inline suppression applies");
        assertEquals("r", marked.get(6).suppression().justification(), "the first matching entry gives the reason");
        assertEquals(BaselineState.UNCHANGED, marked.get(7).baselineState());
        assertEquals(BaselineState.NEW, marked.get(8).baselineState());
        assertEquals(2, notices.size(), () -> "expired entry and inline without reason: " + notices);
        assertEquals(
                3, stream.unused().size(), () -> "IAM201 entry, inline ones in a/two and c/four: " + stream.unused());
        assertTrue(stream.unused().get(1).startsWith("inline IAM104 at a/two.yaml"), stream.unused()::toString);
        assertEquals(
                List.of("gone.yaml"),
                stream.fixed().stream().map(Baseline.Entry::file).toList());
    }

    @Test
    void whatIsFixedAndUnusedDependsOnTheFilesSeenSoFar() {
        TriageStream stream = new TriageStream(triage(), n -> {});
        List<Finding> first =
                findings().stream().filter(f -> f.file().equals("a/one.yaml")).toList();
        stream.file(first, List.of());
        assertEquals(3, stream.fixed().size(), "no baselined finding seen yet");
        assertEquals(2, stream.unused().size(), "the a/two entry and the IAM201 one are not used yet");

        stream.file(
                findings().stream().filter(f -> f.file().equals("a/two.yaml")).toList(), List.of());
        assertEquals(2, stream.fixed().size());
        assertEquals(1, stream.unused().size());
    }
}
