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

import io.github.iampolicy.engine.hcl.HclLexer.Kind;
import io.github.iampolicy.engine.hcl.HclLexer.Token;
import io.github.iampolicy.engine.text.Values;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ParseLimits;
import io.github.iampolicy.engine.tree.ScalarNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expressions of HCL's native syntax. Operators, conditionals, for expressions, index and splat are parsed only
 * to find where they end: their value is unknown.
 */
abstract class ExpressionParser extends TokenCursor {

    private static final Set<String> BINARY =
            Set.of("==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "&&", "||");

    final Map<Location, HclTemplate> templates = new HashMap<>();

    ExpressionParser(String text, ParseLimits limits) {
        super(text, limits);
    }

    Node expression(int depth) throws TreeParseException {
        depth(depth);
        Token start = cur;
        Node n = binary(depth);
        if (cur.is("?")) {
            advance();
            expression(depth + 1);
            expect(":");
            expression(depth + 1);
            return unknown(start, HclReader.EXPR);
        }
        return n;
    }

    private Node binary(int depth) throws TreeParseException {
        Token start = cur;
        Node n = unary(depth);
        boolean operation = false;
        while (cur.kind() == Kind.PUNCT && BINARY.contains(cur.text())) {
            advance();
            unary(depth + 1);
            operation = true;
        }
        return operation ? unknown(start, HclReader.EXPR) : n;
    }

    private Node unary(int depth) throws TreeParseException {
        Token start = cur;
        if (cur.is("-") || cur.is("!")) {
            advance();
            depth(depth + 1);
            Node operand = unary(depth + 1);
            if (start.is("-") && operand instanceof ScalarNode s && s.type() == ScalarNode.Type.NUMBER) {
                return new ScalarNode(loc(start), null, ScalarNode.Type.NUMBER, "-" + s.raw(), "-" + s.value());
            }
            return unknown(start, HclReader.EXPR);
        }
        return postfix(start, term(depth), depth);
    }

    /** Attribute access, index and splat after a term; any of them on something other than a reference is unknown. */
    private Node postfix(Token start, Node n, int depth) throws TreeParseException {
        boolean reference = HclReader.REF.equals(n.tag());
        boolean changed = false;
        while (cur.is(".") || cur.is("[")) {
            if (cur.is(".")) {
                advance();
                if (cur.kind() != Kind.IDENT && cur.kind() != Kind.NUMBER && !cur.is("*")) {
                    throw error("an attribute name expected after '.', found " + cur.describe(), cur);
                }
                reference &= cur.kind() == Kind.IDENT;
                advance();
            } else {
                ignoreNewlines.push(true);
                advance();
                if (cur.is("*")) {
                    advance();
                } else {
                    expression(depth + 1);
                }
                reference = false;
                close("]");
            }
            changed = true;
        }
        return changed ? unknown(start, reference ? HclReader.REF : HclReader.EXPR) : n;
    }

    private Node term(int depth) throws TreeParseException {
        Token t = cur;
        switch (t.kind()) {
            case NUMBER -> {
                advance();
                return new ScalarNode(span(t), null, ScalarNode.Type.NUMBER, t.text(), t.text());
            }
            case TEMPLATE -> {
                advance();
                HclTemplate template = t.template();
                templates.put(template.location(), template);
                return new ScalarNode(span(t), null, ScalarNode.Type.STRING, template.source(), template.value());
            }
            case IDENT -> {
                return identifier(depth);
            }
            default -> {}
        }
        if (t.is("[")) {
            return collection(depth, "]", true);
        }
        if (t.is("{")) {
            return collection(depth, "}", false);
        }
        if (t.is("(")) {
            ignoreNewlines.push(true);
            advance();
            Node inner = expression(depth + 1);
            close(")");
            return inner;
        }
        throw error("an expression expected, found " + t.describe(), t);
    }

    private Node identifier(int depth) throws TreeParseException {
        Token t = cur;
        advance();
        switch (t.text()) {
            case "true", "false" -> {
                return new ScalarNode(span(t), null, ScalarNode.Type.BOOLEAN, t.text(), t.text());
            }
            case "null" -> {
                return new ScalarNode(span(t), null, ScalarNode.Type.NULL, t.text(), "null");
            }
            default -> {}
        }
        String name = t.text();
        while (cur.is("::")) { // provider-defined functions: provider::aws::arn_parse(...)
            advance();
            if (cur.kind() != Kind.IDENT) {
                throw error("a function name expected after '::', found " + cur.describe(), cur);
            }
            name += "::" + cur.text();
            advance();
        }
        if (!cur.is("(")) {
            return unknown(t, HclReader.REF);
        }
        ignoreNewlines.push(true);
        advance();
        List<Node> args = new ArrayList<>();
        while (!cur.is(")")) {
            args.add(expression(depth + 1));
            if (cur.is("...")) {
                advance();
            }
            if (!cur.is(",")) {
                break;
            }
            advance();
        }
        close(")");
        return new ArrayNode(loc(t), HclReader.CALL + name, args);
    }

    /** A tuple {@code [...]} or object {@code {...}}, or a for expression in either. */
    private Node collection(int depth, String closer, boolean tuple) throws TreeParseException {
        Token open = cur;
        ignoreNewlines.push(tuple);
        advance();
        skipNewlines();
        if (cur.isWord("for")) {
            // HCL ignores line ends inside a for expression, braces included
            ignoreNewlines.pop();
            ignoreNewlines.push(true);
            forExpression(depth);
            close(closer);
            return unknown(open, HclReader.EXPR);
        }
        List<Node> elements = new ArrayList<>();
        List<ObjectNode.Member> members = new ArrayList<>();
        while (!cur.is(closer)) {
            if (tuple) {
                elements.add(expression(depth + 1));
            } else {
                Token key = cur;
                String name = key(depth);
                if (!cur.is("=") && !cur.is(":")) {
                    throw error("'=' expected after the object key " + name + ", found " + cur.describe(), cur);
                }
                advance();
                members.add(new ObjectNode.Member(name, loc(key), expression(depth + 1)));
            }
            boolean separated = cur.is(",");
            if (separated) {
                advance();
            }
            separated |= skipNewlines();
            if (!separated && !cur.is(closer)) {
                throw error("',' or '" + closer + "' expected, found " + cur.describe(), cur);
            }
        }
        close(closer);
        return tuple ? new ArrayNode(loc(open), null, elements) : new ObjectNode(loc(open), null, members);
    }

    /** An object key: a bare name or literal string as written, anything else its unknown value. */
    private String key(int depth) throws TreeParseException {
        if (cur.kind() == Kind.IDENT) {
            int mark = lexer.mark();
            Token name = cur;
            advance();
            if (cur.is("=") || cur.is(":")) {
                return name.text();
            }
            lexer.reset(mark);
            cur = name;
        }
        Node k = expression(depth + 1);
        return k instanceof ScalarNode s ? s.value() : Values.unknown("key");
    }

    /** {@code for k, v in coll : expr [=> expr [...]] [if cond]}, after the opening bracket. */
    private void forExpression(int depth) throws TreeParseException {
        advance();
        expectIdent();
        if (cur.is(",")) {
            advance();
            expectIdent();
        }
        if (!cur.isWord("in")) {
            throw error("'in' expected in a for expression, found " + cur.describe(), cur);
        }
        advance();
        expression(depth + 1);
        expect(":");
        expression(depth + 1);
        if (cur.is("=>")) {
            advance();
            expression(depth + 1);
            if (cur.is("...")) {
                advance();
            }
        }
        if (cur.isWord("if")) {
            advance();
            expression(depth + 1);
        }
        skipNewlines();
    }

    private void expectIdent() throws TreeParseException {
        if (cur.kind() != Kind.IDENT) {
            throw error("a name expected in a for expression, found " + cur.describe(), cur);
        }
        advance();
    }
}
