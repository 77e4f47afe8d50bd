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

/**
 * What a policy is attached to, as far as its container says. The kind decides the size limit (IAM010)
 * and whether identity rules apply; a policy whose statements carry {@code Principal} is treated as a
 * resource policy whatever its container says.
 */
public enum PolicyKind {
    MANAGED("managed", 6144, true),
    INLINE_USER("inline-user", 2048, true),
    INLINE_GROUP("inline-group", 5120, true),
    INLINE_ROLE("inline-role", 10240, true),
    /**
     * An identity policy whose attachment is unknown (a bare policy file, an {@code AWS::IAM::Policy} naming no
     * principal): sized as a managed policy, reported as kind {@code unknown}.
     */
    IDENTITY("unknown", 6144, true),
    TRUST("trust", 2048, false),
    RESOURCE("resource", 20480, false),
    /**
     * A VPC endpoint policy: it only narrows what requests through the endpoint may do (the caller's identity
     * policy and the resource's policy still decide), so {@code Principal: "*"} there opens nothing.
     */
    ENDPOINT("endpoint", 20480, false);

    private final String id;
    private final int sizeLimit;
    private final boolean identity;

    PolicyKind(String id, int sizeLimit, boolean identity) {
        this.id = id;
        this.sizeLimit = sizeLimit;
        this.identity = identity;
    }

    public String id() {
        return id;
    }

    /** Non-whitespace characters AWS accepts for this kind. */
    public int sizeLimit() {
        return sizeLimit;
    }

    public boolean isIdentity() {
        return identity;
    }
}
