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
package io.github.iampolicy.engine.tree;

/**
 * A string, number, boolean or null.
 *
 * <p>{@code raw} is the text as written (JSON escapes decoded, YAML plain scalars as typed, numbers as
 * written so that {@code 2012-10-17} or {@code 1.10} keep their form). {@code value} is what analysis sees
 * after template placeholders and IaC intrinsics were resolved (see
 * {@link io.github.iampolicy.engine.text.Values}); for a scalar straight from a parser both are equal.
 */
public record ScalarNode(Location location, String tag, Type type, String raw, String value) implements Node {

    public enum Type {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }

    public static ScalarNode string(Location location, String text) {
        return new ScalarNode(location, null, Type.STRING, text, text);
    }

    /** The same scalar with another resolved value, as a string. */
    public ScalarNode withValue(String newValue) {
        return new ScalarNode(location, tag, Type.STRING, raw, newValue);
    }

    @Override
    public String typeName() {
        return switch (type) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
        };
    }
}
