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
package io.github.iampolicy.engine.model;

import java.util.Map;

/**
 * A concrete request the policy allows although it should not: the evidence behind a semantic finding.
 *
 * @param username  the calling IAM user, or {@code null} when the caller is not an IAM user of the account
 * @param context   request condition keys and values; a key absent from the map is absent from the request
 * @param principal the caller as a resource policy's {@code Principal} names it ({@code *}, an account, a role,
 *                  a service), or {@code null} for identity policies
 */
public record Counterexample(
        String username, String action, String resource, Map<String, String> context, String principal) {

    public Counterexample {
        context = Map.copyOf(context);
    }

    public Counterexample(String username, String action, String resource, Map<String, String> context) {
        this(username, action, resource, context, null);
    }
}
