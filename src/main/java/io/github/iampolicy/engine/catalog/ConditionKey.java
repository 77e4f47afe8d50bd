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
 * A condition key with its type, e.g. {@code s3:prefix} / {@code String}, or a key family such as
 * {@code aws:ResourceTag/${TagKey}} or {@code kms:EncryptionContext:${EncryptionContextKey}}, whose name
 * ends in a placeholder that any text fills.
 *
 * @param name        the key as AWS writes it
 * @param type        its data type, or {@code null} when the AWS data names none
 * @param multiValued whether a request can carry several values (AWS's {@code ArrayOf...} types)
 */
public record ConditionKey(String name, ConditionKeyType type, boolean multiValued) {

    private static final String TAG_KEY = "Tag/tag-key";

    /** A key of the AWS data, typed by its label such as {@code ArrayOfString}. */
    public static ConditionKey of(String name, String typeLabel) {
        return new ConditionKey(
                name,
                ConditionKeyType.ofLabel(typeLabel),
                typeLabel.toLowerCase(Locale.ROOT).startsWith("arrayof"));
    }

    /**
     * Whether {@code key} (any case, as IAM compares key names) is this key or, for a family, one of its
     * members: the fixed part before the placeholder followed by at least one character.
     */
    public boolean matches(String key) {
        if (!isFamily()) {
            return name.equalsIgnoreCase(key);
        }
        int fixed = fixedLength();
        return key.length() > fixed && key.regionMatches(true, 0, name, 0, fixed);
    }

    /**
     * Whether the name ends in a placeholder ({@code ${TagKey}}, {@code <key>}, the {@code tag-key} of
     * {@code secretsmanager:ResourceTag/tag-key}) or a bare {@code /}.
     */
    public boolean isFamily() {
        return fixedLength() < name.length() || name.endsWith("/");
    }

    /** The part before the placeholder, e.g. {@code aws:ResourceTag/}. */
    public String fixedPart() {
        return name.substring(0, fixedLength());
    }

    private int fixedLength() {
        // Secrets Manager and Systems Manager write their tag family as ResourceTag/tag-key, without ${}
        if (name.regionMatches(true, name.length() - TAG_KEY.length(), TAG_KEY, 0, TAG_KEY.length())) {
            return name.length() - "tag-key".length();
        }
        int t = name.indexOf("${");
        int a = name.indexOf('<');
        int end = t < 0 ? a : a < 0 ? t : Math.min(t, a);
        return end >= 0 ? end : name.length();
    }
}
