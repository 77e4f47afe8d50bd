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
package io.github.iampolicy.engine.discovery;

import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CloudFormation policy document per combination of the template conditions its {@code Fn::If}s test: the
 * pattern rules read both branches at once, but a Deny of one branch must not cancel an Allow of the other, nor
 * an optional statement ({@code AWS::NoValue}) count as always present, when the semantic rules decide.
 */
final class Branching {

    /** Beyond this many conditions (16 combinations) the document is not split and no verdict rests on it. */
    static final int MAX_CONDITIONS = 4;

    private Branching() {}

    static Policy.Branches of(ObjectNode template, Node written) {
        List<String> names = CfnIntrinsics.conditionNames(written);
        if (names == null) {
            return unsplit(written);
        }
        if (names.isEmpty()) {
            return Policy.Branches.NONE;
        }
        if (names.size() > MAX_CONDITIONS) {
            return new Policy.Branches(names, List.of());
        }
        List<Policy.Variant> variants = new ArrayList<>();
        for (int mask = 0; mask < 1 << names.size(); mask++) {
            Map<String, Boolean> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), (mask & 1 << i) == 0);
            }
            List<Node> alternatives = new CfnResolver(template, values).resolve(written);
            if (alternatives.isEmpty()) {
                // AWS::NoValue for the whole document: nothing is attached in this combination
                variants.add(new Policy.Variant(values, new ObjectNode(written.location(), null, List.of())));
            } else if (alternatives.size() == 1 && alternatives.get(0) instanceof ObjectNode doc) {
                variants.add(new Policy.Variant(values, doc));
            } else {
                return new Policy.Branches(names, List.of()); // e.g. a document written as a JSON string
            }
        }
        return new Policy.Branches(names, variants);
    }

    /** Branches that cannot be split: the conditions are named, the variants left empty. */
    static Policy.Branches unsplit(Node written) {
        List<String> names = CfnIntrinsics.conditionNames(written);
        if (names != null && names.isEmpty()) {
            return Policy.Branches.NONE;
        }
        return new Policy.Branches(
                names == null ? List.of("an Fn::If whose condition is not a name") : names, List.of());
    }
}
