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
package io.github.iampolicy.engine.rules.document;

import java.util.Locale;
import java.util.Set;

/**
 * The condition operators of the IAM policy language: a base operator, optionally prefixed by a set
 * operator ({@code ForAllValues:}, {@code ForAnyValue:}) and suffixed by {@code IfExists} (except
 * {@code Null}, which tests presence itself).
 */
final class ConditionOperators {

    private static final Set<String> BASE = lower(Set.of(
            "StringEquals",
            "StringNotEquals",
            "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase",
            "StringLike",
            "StringNotLike",
            "NumericEquals",
            "NumericNotEquals",
            "NumericLessThan",
            "NumericLessThanEquals",
            "NumericGreaterThan",
            "NumericGreaterThanEquals",
            "DateEquals",
            "DateNotEquals",
            "DateLessThan",
            "DateLessThanEquals",
            "DateGreaterThan",
            "DateGreaterThanEquals",
            "Bool",
            "BinaryEquals",
            "IpAddress",
            "NotIpAddress",
            "ArnEquals",
            "ArnLike",
            "ArnNotEquals",
            "ArnNotLike",
            "Null"));

    private ConditionOperators() {}

    /**
     * Whether {@code operator} is a condition operator. Compared case-insensitively: AWS documents the names
     * in one spelling and does not say that another is rejected, and a false IAM003 error would fail a build
     * for a policy AWS accepts.
     */
    static boolean isKnown(String operator) {
        String op = operator.toLowerCase(Locale.ROOT);
        if (op.startsWith("forallvalues:")) {
            op = op.substring("forallvalues:".length());
        } else if (op.startsWith("foranyvalue:")) {
            op = op.substring("foranyvalue:".length());
        }
        if (op.endsWith("ifexists")) {
            String base = op.substring(0, op.length() - "ifexists".length());
            return !base.equals("null") && BASE.contains(base);
        }
        return BASE.contains(op);
    }

    private static Set<String> lower(Set<String> names) {
        return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }
}
