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

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IAM301 decided without automata for the common self-manage shape: every statement that bears on the
 * credential actions is an Allow of the checked policy, without conditions, whose {@code Resource} entries
 * all end in {@code /${aws:username}}. A resource such an entry grants caller u ends in {@code /u}, and a user
 * ARN that ends so is u's own ({@link UserArns#own}: the name is what follows the last {@code /}), so no
 * other user's ARN is granted and the search finds nothing: PASS.
 *
 * <p>The search would also say PASS here, and must not say UNKNOWN instead: its caller names
 * ({@link CallerNames}) leave a note only for two entries with the variable whose meeting is unsettled, or for
 * more than {@link CallerNames#MAX_USERS} names. Two entries whose literal beginnings differ never share a
 * resource (every resource of an entry begins with the text before its first wildcard or variable), which
 * settles them; other pairs, and policies with many {@code ?}, are left to the search.
 */
final class OwnResources {

    /** Generic names are 1 + the most {@code ?} of one text long; with alice and bob they stay under the cap. */
    private static final int MAX_QMARKS = CallerNames.MAX_USERS - 3;

    private OwnResources() {}

    /** Whether the statements in {@code relevant} provably grant no caller another user's ARN. */
    static boolean onlyOwn(RequestSpace run, BitSet relevant) {
        if (run.sessions || run.maxQmarks > MAX_QMARKS) {
            return false;
        }
        Set<String> patterns = new LinkedHashSet<>();
        for (int i = relevant.nextSetBit(0); i >= 0; i = relevant.nextSetBit(i + 1)) {
            RequestSpace.Stmt s = run.stmts.get(i);
            if (!s.candidate
                    || !s.allow
                    || s.outside != null
                    || s.st.resource() == null
                    || !s.st.conditions().isEmpty()) {
                return false;
            }
            for (var e : s.st.resourceEntries()) {
                Languages.Tokens t = Languages.tokens(e.value(), s.vars);
                if (!t.matchesNothing()) {
                    if (!endsWithOwnName(t.tokens())) {
                        return false;
                    }
                    patterns.add(e.value());
                }
            }
        }
        List<String> prefixes = new ArrayList<>();
        for (String p : patterns) {
            prefixes.add(literalPrefix(Languages.tokens(p, true).tokens()));
        }
        for (int i = 0; i < prefixes.size(); i++) {
            for (int j = i + 1; j < prefixes.size(); j++) {
                if (!conflict(prefixes.get(i), prefixes.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The variable once, last, right after a literal {@code /}. */
    static boolean endsWithOwnName(int[] t) {
        int n = t.length;
        if (n < 2 || t[n - 1] != Languages.USER || t[n - 2] != '/') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (t[i] == Languages.USER) {
                return false;
            }
        }
        return true;
    }

    /** The literal text before the first wildcard or variable, lower-cased (a caseless reading only widens). */
    static String literalPrefix(int[] t) {
        StringBuilder b = new StringBuilder();
        for (int x : t) {
            if (x < 0) {
                break;
            }
            b.append((char) x);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether two literal beginnings differ at some place both have. */
    static boolean conflict(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return true;
            }
        }
        return false;
    }
}
