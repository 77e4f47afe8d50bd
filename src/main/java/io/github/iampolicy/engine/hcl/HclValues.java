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
package io.github.iampolicy.engine.hcl;

import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HCL values as the JSON a policy receives them in, e.g. the argument of {@code jsonencode}. */
public final class HclValues {

    /** Conversions whose value is their literal argument's, as far as a policy is concerned. */
    private static final Set<String> IDENTITY = Set.of("tolist", "toset", "tomap");

    private static final Pattern DOCUMENT_REFERENCE = Pattern.compile(
            "data\\.aws_iam_policy_document\\.([A-Za-z_][A-Za-z0-9_-]*)\\s*(\\[[^\\]\\n]{0,200}])?\\s*\\.\\s*(json|minified_json)");

    private static final Pattern VARIABLE_ESCAPE = Pattern.compile("&\\{([^{}\"]*:[^{}\"]*)}");

    private HclValues() {}

    /**
     * The value as JSON: keys as written, strings with their unknown values, and every value Terraform must
     * compute (references, expressions, calls) one unknown string at its place.
     */
    public static Node toJson(Node n) {
        if (n instanceof ObjectNode o) {
            List<ObjectNode.Member> out = new ArrayList<>(o.members().size());
            o.members().forEach(m -> out.add(new ObjectNode.Member(m.key(), m.keyLocation(), toJson(m.value()))));
            return new ObjectNode(o.location(), null, out);
        }
        if (n instanceof ArrayNode a) {
            String fn = HclReader.function(a);
            if (fn == null) {
                List<Node> out = new ArrayList<>(a.size());
                a.elements().forEach(e -> out.add(toJson(e)));
                return new ArrayNode(a.location(), null, out);
            }
            if (IDENTITY.contains(fn) && a.size() == 1) {
                return toJson(a.get(0));
            }
            return string(a, Values.written(fn + "(...)"));
        }
        ScalarNode s = (ScalarNode) n;
        return s.type() == ScalarNode.Type.STRING ? string(s, s.value()) : s;
    }

    /**
     * A string of an {@code aws_iam_policy_document}: {@code &{aws:name}} is the policy variable
     * {@code ${aws:name}} there (Terraform would read {@code ${...}} as an interpolation).
     */
    public static Node documentString(Node n) {
        Node v = toJson(n);
        if (v instanceof ScalarNode s
                && s.type() == ScalarNode.Type.STRING
                && s.value().indexOf('&') >= 0) {
            String value = VARIABLE_ESCAPE
                    .matcher(s.value())
                    .replaceAll(m -> Matcher.quoteReplacement("${" + m.group(1) + "}"));
            return string(s, value);
        }
        return v;
    }

    /**
     * The name of the {@code aws_iam_policy_document} whose JSON {@code n} is ({@code data.aws_iam_policy_document.x.json},
     * or of one instance, {@code x[0]}, of a document with {@code count} or {@code for_each}; bare or as the only
     * interpolation of a string), or {@code null}.
     */
    public static String documentReference(HclFile file, Node n) {
        String reference = null;
        if (n instanceof ScalarNode s && (HclReader.REF.equals(s.tag()) || HclReader.EXPR.equals(s.tag()))) {
            reference = s.raw();
        } else if (n instanceof ScalarNode s && s.tag() == null && file.template(s.location()) != null) {
            reference = file.template(s.location()).soleInterpolation();
        }
        Matcher m = reference == null ? null : DOCUMENT_REFERENCE.matcher(reference.trim());
        return m != null && m.matches() ? m.group(1) : null;
    }

    private static ScalarNode string(Node at, String value) {
        return new ScalarNode(at.location(), null, ScalarNode.Type.STRING, Values.display(value), value);
    }
}
