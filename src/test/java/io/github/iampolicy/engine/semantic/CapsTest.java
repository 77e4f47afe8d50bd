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
package io.github.iampolicy.engine.semantic;

import static io.github.iampolicy.engine.semantic.SemanticCheckerEdgeCasesTest.allow;
import static io.github.iampolicy.engine.semantic.SemanticCheckerEdgeCasesTest.deny;
import static io.github.iampolicy.engine.semantic.SemanticCheckerEdgeCasesTest.doc;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Policy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cap leaves open only the sub-problem that reached it, and the UNKNOWN names it (issue 8, cause 4). */
class CapsTest {

    static final String KEYS = "iam:CreateAccessKey";

    /** Deny statements whose patterns need more than 64 aligned caller names. */
    static List<String> manyAlignedPatterns() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            entries.add("\"arn:aws:iam::*:user/p" + i + "?/x\"");
        }
        List<String> out = new ArrayList<>();
        out.add("{\"Effect\":\"Deny\",\"Action\":\"" + KEYS + "\",\"Resource\":[" + String.join(",", entries) + "]}");
        out.add(deny(KEYS, "Resource", "arn:aws:iam::*:user/${aws:username}/x", null));
        return out;
    }

    static CheckResult check(Policy p) {
        return SemanticCheckerEdgeCasesTest.CHECKER.otherUserAccess(List.of(p), SemanticCheckerEdgeCasesTest.CRED);
    }

    @Test
    void aCounterexampleStandsWhenTheNameCapIsReached() {
        List<String> st = manyAlignedPatterns();
        st.add(allow(KEYS, "Resource", "arn:aws:iam::*:user/*", null));
        CheckResult r = check(doc(st.toArray(String[]::new)));
        CheckResult.Fail f = assertInstanceOf(CheckResult.Fail.class, r, r.toString());
        assertTrue(f.definite(), f.toString());
    }

    @Test
    void withoutACounterexampleTheCapIsNamed() {
        List<String> st = manyAlignedPatterns();
        st.add(allow(KEYS, "Resource", "arn:aws:iam::*:user/${aws:username}", null));
        CheckResult r = check(doc(st.toArray(String[]::new)));
        String reason =
                assertInstanceOf(CheckResult.Unknown.class, r, r.toString()).reason();
        assertTrue(reason.contains("representative user names are needed for the resource patterns"), reason);
        assertTrue(reason.contains("${aws:username}"), reason);
    }
}
