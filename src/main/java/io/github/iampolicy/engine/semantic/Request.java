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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One concrete request: an action, a resource and the request context.
 *
 * @param action   the action as sent, e.g. {@code iam:CreateAccessKey} (matched case-insensitively)
 * @param resource the resource ARN (matched case-sensitively)
 * @param context  condition keys (lower case) to their values; a key absent from the map is absent from the
 *                 request. {@code aws:username} is present iff the caller is an IAM user.
 */
public record Request(String action, String resource, Map<String, List<String>> context) {

    public static final String USERNAME = "aws:username";
    public static final String MFA_PRESENT = "aws:multifactorauthpresent";
    public static final String MFA_AGE = "aws:multifactorauthage";

    public Request {
        Map<String, List<String>> c = new LinkedHashMap<>();
        context.forEach((k, v) -> c.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        context = java.util.Collections.unmodifiableMap(c);
    }

    /** A request whose context keys each have one value. */
    public static Request of(String action, String resource, Map<String, String> singleValued) {
        Map<String, List<String>> c = new LinkedHashMap<>();
        singleValued.forEach((k, v) -> c.put(k, List.of(v)));
        return new Request(action, resource, c);
    }

    /** The values of {@code key} (any case), or {@code null} when the key is absent. */
    public List<String> values(String key) {
        return context.get(key.toLowerCase(Locale.ROOT));
    }

    /** The caller's IAM user name, or {@code null} for callers that are not IAM users. */
    public String username() {
        List<String> v = values(USERNAME);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
