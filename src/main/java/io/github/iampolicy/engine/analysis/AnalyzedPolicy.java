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
package io.github.iampolicy.engine.analysis;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.tree.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy as the rules see it, built once per checked policy: its statements parsed once, each an
 * {@link AnalyzedStatement} whose action expansions and resource scopes are computed at most once and shared
 * by every rule. Rules visit it ({@link io.github.iampolicy.engine.rules.StatementRule},
 * {@link io.github.iampolicy.engine.rules.PolicyRule}) instead of parsing or expanding on their own.
 *
 * <p>Per policy, never static: the caches die with the policy's check.
 */
public final class AnalyzedPolicy {

    private final Policy policy;
    private final ActionCatalog catalog;
    private final List<AnalyzedStatement> statements;
    private final boolean anyPrincipal;
    private Map<ObjectNode, Statement> byNode;
    private int expansionsComputed;

    public AnalyzedPolicy(Policy policy, ActionCatalog catalog) {
        this.policy = policy;
        this.catalog = catalog;
        List<Statement> parsed = Statement.of(policy.document());
        List<AnalyzedStatement> out = new ArrayList<>(parsed.size());
        boolean principal = false;
        for (int i = 0; i < parsed.size(); i++) {
            out.add(new AnalyzedStatement(parsed.get(i), i, this));
            principal |= parsed.get(i).hasPrincipal();
        }
        this.statements = List.copyOf(out);
        this.anyPrincipal = principal;
    }

    public Policy policy() {
        return policy;
    }

    public ActionCatalog catalog() {
        return catalog;
    }

    public List<AnalyzedStatement> statements() {
        return statements;
    }

    /**
     * The statement whose object is {@code node}, or {@code null} when the node is no statement of the policy:
     * the rules that walk the document tree (IAM001, IAM003, IAM009) attach findings inside a statement to it.
     */
    public Statement statementAt(ObjectNode node) {
        if (byNode == null) {
            byNode = new IdentityHashMap<>(); // statements are records: equal ones at different places differ here
            statements.forEach(a -> byNode.put(a.statement().node(), a.statement()));
        }
        return byNode.get(node);
    }

    /** Whether some statement carries {@code Principal} or {@code NotPrincipal}. */
    public boolean anyPrincipal() {
        return anyPrincipal;
    }

    /**
     * How many action patterns were expanded against the catalog for this policy: each (statement, pattern,
     * service) at most once, however many rules ask. Exposed so that tests can hold the analysis to that.
     */
    public int expansionsComputed() {
        return expansionsComputed;
    }

    void countExpansion() {
        expansionsComputed++;
    }
}
