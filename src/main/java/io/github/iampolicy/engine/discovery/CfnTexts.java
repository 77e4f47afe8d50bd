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

import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The string alternatives that {@code Fn::Sub} and {@code Fn::Join} build: each choice of an {@code Fn::If}
 * inside a string multiplies the strings, up to a bound past which further choices count as one unknown value
 * (a template with many conditions must not make the check exponential).
 */
final class CfnTexts {

    /** Most strings one string-valued intrinsic may stand for before further choices count as unknown. */
    static final int MAX_ALTERNATIVES = 16;

    private CfnTexts() {}

    /**
     * The strings an {@code Fn::Sub} template stands for, {@code lookup} giving the values of each
     * {@code ${Name}}. {@code ${!Name}} stays the literal {@code ${Name}}; of the template syntax's own escapes,
     * which CloudFormation does not know, {@code $${x}} reads like {@code ${!x}} and {@code &{aws:x}} is
     * {@code ${aws:x}}.
     */
    static List<StringBuilder> substitute(String template, Function<String, List<String>> lookup) {
        List<StringBuilder> results = new ArrayList<>(List.of(new StringBuilder()));
        int n = template.length();
        int i = 0;
        while (i < n) {
            char c = template.charAt(i);
            if (c == '$' && template.startsWith("$${", i)) {
                appendAll(results, "${");
                i += 3;
            } else if (c == '&'
                    && template.startsWith("&{", i)
                    && template.indexOf('}', i) > 0
                    && template.substring(i + 2, template.indexOf('}', i)).indexOf(':') > 0) {
                int close = template.indexOf('}', i);
                appendAll(results, "${" + template.substring(i + 2, close + 1));
                i = close + 1;
            } else if (c == '$' && template.startsWith("${", i) && template.indexOf('}', i) > 0) {
                int close = template.indexOf('}', i);
                String name = template.substring(i + 2, close).trim();
                i = close + 1;
                if (name.startsWith("!")) {
                    appendAll(results, "${" + name.substring(1) + "}");
                    continue;
                }
                List<String> values = lookup.apply(name);
                if (values.size() > 1 && results.size() * values.size() > MAX_ALTERNATIVES) {
                    values = List.of(Values.unknown(name));
                }
                results = product(results, values);
            } else {
                appendAll(results, String.valueOf(c));
                i++;
            }
        }
        return results;
    }

    /** The text of each alternative; a list or object inside a string is unknown. */
    static List<String> texts(List<Node> alternatives) {
        if (alternatives.isEmpty()) {
            return List.of("");
        }
        List<String> out = new ArrayList<>();
        for (Node n : alternatives) {
            out.add(n instanceof ScalarNode s ? s.value() : Values.unknown("list"));
        }
        return out;
    }

    static List<Node> strings(Location at, List<String> values) {
        List<Node> out = new ArrayList<>();
        for (String v : values) {
            out.add(new ScalarNode(at, null, ScalarNode.Type.STRING, Values.display(v), v));
        }
        return out;
    }

    static ScalarNode unknown(Location at, String hint) {
        return new ScalarNode(at, null, ScalarNode.Type.STRING, "${" + hint + "}", Values.unknown(hint));
    }

    static void appendAll(List<StringBuilder> results, String s) {
        results.forEach(r -> r.append(s));
    }

    static List<StringBuilder> product(List<StringBuilder> results, List<String> values) {
        if (values.size() == 1) {
            appendAll(results, values.get(0));
            return results;
        }
        List<StringBuilder> out = new ArrayList<>();
        for (StringBuilder r : results) {
            for (String v : values) {
                out.add(new StringBuilder(r).append(v));
            }
        }
        return out;
    }
}
