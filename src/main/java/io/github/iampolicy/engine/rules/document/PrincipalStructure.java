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

import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;

/**
 * IAM003's checks of {@code Principal} and {@code NotPrincipal}: where they may appear (not in identity policies,
 * exactly one of them in resource and trust policies) and the shape of their values.
 */
final class PrincipalStructure {

    private final StructureReport out;
    private final boolean identityContainer;
    private final boolean resourcePolicy;

    PrincipalStructure(StructureReport out, boolean identityContainer, boolean resourcePolicy) {
        this.out = out;
        this.identityContainer = identityContainer;
        this.resourcePolicy = resourcePolicy;
    }

    void check(ObjectNode o, String name, Statement s) {
        ObjectNode.Member p = o.member("Principal");
        ObjectNode.Member np = o.member("NotPrincipal");
        if (identityContainer) {
            for (ObjectNode.Member m : new ObjectNode.Member[] {p, np}) {
                if (m != null) {
                    out.report(
                            m.keyLocation(),
                            s,
                            m.key(),
                            name + " has \"" + m.key() + "\", but the policy is an "
                                    + out.context().policy().kind().id() + " identity policy, which applies to the "
                                    + "identity it is attached to. Remove \"" + m.key()
                                    + "\" (principals belong in resource and trust policies).");
                }
            }
        } else if (resourcePolicy) {
            if (p != null && np != null) {
                out.report(
                        np.keyLocation(),
                        s,
                        "NotPrincipal",
                        name + " has both \"Principal\" and "
                                + "\"NotPrincipal\"; a statement takes exactly one of them. Remove one.");
            } else if (p == null && np == null) {
                out.report(
                        o.location(),
                        s,
                        "Principal",
                        name + " has no \"Principal\", which every statement "
                                + "of a resource or trust policy needs. Add \"Principal\" naming who the statement "
                                + "applies to.");
            }
        }
        for (ObjectNode.Member m : new ObjectNode.Member[] {p, np}) {
            if (m != null) {
                principalValue(m.value(), m.key(), name, s);
            }
        }
    }

    private void principalValue(Node v, String key, String name, Statement s) {
        String what = name + " \"" + key + "\"";
        if (v instanceof ScalarNode sn && sn.type() == ScalarNode.Type.STRING) {
            if (!sn.value().equals("*") && !Values.isUnknown(sn.value())) {
                out.report(
                        sn.location(),
                        s,
                        key,
                        what + " is " + Describe.quoted(sn.value()) + "; a string principal "
                                + "must be \"*\". Name principals in an object such as {\"AWS\": \""
                                + Values.display(sn.value()) + "\"}.");
            }
        } else if (v instanceof ObjectNode po) {
            out.unknownKeys(po, InvalidStructureRule.PRINCIPAL_KEYS, what, s);
            for (ObjectNode.Member m : po.distinctMembers()) {
                out.stringList(m.value(), key, what + " \"" + m.key() + "\"", s);
            }
        } else {
            out.report(
                    v.location(),
                    s,
                    key,
                    what + " is " + Describe.node(v) + "; it must be \"*\" or an object "
                            + "such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}.");
        }
    }
}
