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
package io.github.iampolicy.engine.catalog;

import java.util.Locale;

/**
 * The data type of a condition key, as the Service Authorization Reference writes it ({@code String},
 * {@code ARN}, {@code Bool}, {@code Numeric}, {@code Date}, {@code IPAddress}, {@code Binary}); the
 * {@code ArrayOf} forms are the same types on a multivalued key.
 */
public enum ConditionKeyType {
    STRING("String"),
    ARN("ARN"),
    BOOL("Bool"),
    NUMERIC("Numeric"),
    DATE("Date"),
    IP_ADDRESS("IPAddress"),
    BINARY("Binary");

    private final String label;

    ConditionKeyType(String label) {
        this.label = label;
    }

    /** The name AWS uses, e.g. {@code IPAddress}. */
    public String label() {
        return label;
    }

    /** The type of a label such as {@code ArrayOfARN} or {@code Arn} (any case), or {@code null}. */
    public static ConditionKeyType ofLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("arrayof")) {
            l = l.substring("arrayof".length());
        }
        for (ConditionKeyType t : values()) {
            if (t.label.toLowerCase(Locale.ROOT).equals(l)) {
                return t;
            }
        }
        return l.equals("boolean") ? BOOL : null;
    }
}
