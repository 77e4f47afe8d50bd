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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object or YAML mapping. Members keep their order and every duplicate: IAM001 must see the
 * duplicates, while analysis, like most parsers, goes on with the last value.
 */
public record ObjectNode(Location location, String tag, List<Member> members) implements Node {

    /** One key and its value. */
    public record Member(String key, Location keyLocation, Node value) {}

    public ObjectNode {
        members = List.copyOf(members);
    }

    /** The last value of {@code key}, or {@code null}. */
    public Node get(String key) {
        for (int i = members.size() - 1; i >= 0; i--) {
            if (members.get(i).key().equals(key)) {
                return members.get(i).value();
            }
        }
        return null;
    }

    public Optional<Node> find(String key) {
        return Optional.ofNullable(get(key));
    }

    /** The last member named {@code key}, or {@code null}. */
    public Member member(String key) {
        for (int i = members.size() - 1; i >= 0; i--) {
            if (members.get(i).key().equals(key)) {
                return members.get(i);
            }
        }
        return null;
    }

    public boolean has(String key) {
        return get(key) != null;
    }

    /** The text of a string member, or {@code null} when absent or not a string. */
    public String string(String key) {
        return get(key) instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING ? s.value() : null;
    }

    /** The members with distinct keys, each with its last value, in order of first appearance. */
    public List<Member> distinctMembers() {
        List<Member> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Member m : members) {
            if (seen.add(m.key())) {
                out.add(member(m.key()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String typeName() {
        return "object";
    }
}
