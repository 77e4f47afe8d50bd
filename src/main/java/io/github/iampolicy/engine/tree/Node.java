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
 * An element of a parsed JSON or YAML document that remembers where it stood in the file.
 *
 * <p>The tree is immutable. {@code tag} is the YAML tag written on the element (for example {@code !Sub}),
 * or {@code null}; JSON never has one.
 */
public sealed interface Node permits ObjectNode, ArrayNode, ScalarNode {

    Location location();

    String tag();

    /** A short name of the element's JSON type for messages: object, array, string, number, boolean, null. */
    String typeName();

    default boolean isObject() {
        return this instanceof ObjectNode;
    }

    default boolean isArray() {
        return this instanceof ArrayNode;
    }

    default boolean isString() {
        return this instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING;
    }
}
