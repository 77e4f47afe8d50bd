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

import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises CloudFormation intrinsic function calls in a tree, in the long ({@code {"Fn::Sub": ...}}) and short
 * ({@code !Sub}) forms, and names what an unresolvable call reads. Kept apart from {@link CfnResolver} because
 * the condition evaluation and the search for {@code Fn::If} conditions need the syntax without the evaluation.
 */
final class CfnIntrinsics {

    private CfnIntrinsics() {}

    record Intrinsic(String name, Node argument, Location at) {}

    /** Whether {@code n} calls a CloudFormation intrinsic function anywhere. */
    static boolean hasIntrinsic(Node n) {
        if (intrinsic(n) != null) {
            return true;
        }
        if (n instanceof ArrayNode a) {
            return a.elements().stream().anyMatch(CfnIntrinsics::hasIntrinsic);
        }
        return n instanceof ObjectNode o && o.members().stream().anyMatch(m -> hasIntrinsic(m.value()));
    }

    /**
     * The template conditions {@code Fn::If} tests anywhere in {@code n}, in order; {@code null} for one whose
     * condition is not a plain name (it cannot be fixed).
     */
    static List<String> conditionNames(Node n) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        return collect(n, out) ? new ArrayList<>(out) : null;
    }

    private static boolean collect(Node n, java.util.Set<String> out) {
        Intrinsic fn = intrinsic(n);
        Node inner = fn != null ? fn.argument() : n;
        if (fn != null && fn.name().equals("Fn::If")) {
            if (!(fn.argument() instanceof ArrayNode args)
                    || args.size() != 3
                    || !(args.get(0) instanceof ScalarNode c)
                    || c.type() != ScalarNode.Type.STRING) {
                return false;
            }
            out.add(c.value().trim());
        }
        if (inner instanceof ArrayNode a) {
            for (Node e : a.elements()) {
                if (!collect(e, out)) {
                    return false;
                }
            }
        } else if (inner instanceof ObjectNode o) {
            for (ObjectNode.Member m : o.members()) {
                if (!collect(m.value(), out)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The intrinsic function {@code n} calls, or {@code null}. */
    static Intrinsic intrinsic(Node n) {
        String tag = n.tag();
        if (tag != null && tag.length() > 1 && tag.charAt(0) == '!' && Character.isUpperCase(tag.charAt(1))) {
            String fn = tag.substring(1);
            String name = fn.equals("Ref") || fn.equals("Condition") ? fn : "Fn::" + fn;
            return new Intrinsic(name, untagged(n), n.location());
        }
        if (n instanceof ObjectNode o && o.members().size() == 1) {
            String key = o.members().get(0).key();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return new Intrinsic(key, o.members().get(0).value(), o.location());
            }
        }
        return null;
    }

    private static Node untagged(Node n) {
        if (n instanceof ScalarNode s) {
            return new ScalarNode(s.location(), null, s.type(), s.raw(), s.value());
        }
        if (n instanceof ArrayNode a) {
            return new ArrayNode(a.location(), null, a.elements());
        }
        ObjectNode o = (ObjectNode) n;
        return new ObjectNode(o.location(), null, o.members());
    }

    /** Longest hint kept whole; a longer one is cut and tagged with a digest of all of it to stay distinct. */
    private static final int MAX_READ = 48;

    /** {@code text} in the characters a hint keeps, runs of others as one dot, at most about 60 characters. */
    static String hint(String text) {
        String h = text.replaceAll("[^A-Za-z0-9_-]+", ".").replaceAll("^\\.|\\.$", "");
        return h.length() <= MAX_READ ? h : h.substring(0, MAX_READ) + "." + Integer.toHexString(text.hashCode());
    }

    /** The argument as written, intrinsic names shortened ({@code Fn::Split} is {@code Split}), parts dotted. */
    static String reads(Node n) {
        Intrinsic fn = intrinsic(n);
        if (fn != null) {
            return fn.name().replace("Fn::", "") + "." + reads(fn.argument());
        }
        if (n instanceof ScalarNode s) {
            return s.value();
        }
        List<String> parts = new ArrayList<>();
        if (n instanceof ArrayNode a) {
            a.elements().forEach(e -> parts.add(reads(e)));
        } else {
            ((ObjectNode) n).members().forEach(m -> parts.add(m.key() + "." + reads(m.value())));
        }
        return String.join(".", parts);
    }

    static List<String> scalarTexts(ArrayNode a) {
        List<String> out = new ArrayList<>();
        a.elements().forEach(e -> out.add(e instanceof ScalarNode s ? s.value() : "?"));
        return out;
    }
}
