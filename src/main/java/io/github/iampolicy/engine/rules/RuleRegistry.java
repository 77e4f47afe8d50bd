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
package io.github.iampolicy.engine.rules;

import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.rules.document.DocumentRules;
import io.github.iampolicy.engine.rules.privilege.PrivilegeRules;
import io.github.iampolicy.engine.rules.resource.ResourcePolicyRules;
import io.github.iampolicy.engine.rules.selfmanage.SelfManageRules;
import io.github.iampolicy.engine.rules.semantic.SemanticRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule the plugin knows, in id order. */
public final class RuleRegistry {

    private static final List<Rule> ALL;

    static {
        List<Rule> all = new ArrayList<>();
        all.addAll(DocumentRules.ALL);
        all.addAll(PrivilegeRules.ALL);
        all.addAll(SelfManageRules.ALL);
        all.addAll(SemanticRules.ALL);
        all.addAll(ResourcePolicyRules.ALL);
        all.sort(Comparator.comparing(r -> r.info().id()));
        ALL = Collections.unmodifiableList(all);
    }

    private RuleRegistry() {}

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<RuleInfo> find(String id) {
        return ALL.stream()
                .map(Rule::info)
                .filter(i -> i.id().equalsIgnoreCase(id.trim()))
                .findFirst();
    }
}
