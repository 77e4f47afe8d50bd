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

import java.util.Objects;

/**
 * Why a finding does not count: someone accepted it, with a reason.
 *
 * @param kind          where the suppression was written
 * @param justification the reason given, shown in the reports
 * @param origin        where it comes from, for people: {@code suppressions.json entry 3} or
 *                      {@code Resources.Role.Metadata.cfn_nag}
 */
public record Suppression(Kind kind, String justification, String origin) {

    /** SARIF's names: {@code external} for a suppressions file, {@code inSource} for the file itself. */
    public enum Kind {
        EXTERNAL("external"),
        IN_SOURCE("inSource");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Suppression {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(justification, "justification");
    }
}
