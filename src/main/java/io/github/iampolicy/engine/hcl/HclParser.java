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
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ParseLimits;
import io.github.iampolicy.engine.tree.TreeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of HCL's native syntax into the located tree (see {@link HclReader} for the shape):
 * bodies of attributes and blocks here, expressions in {@link ExpressionParser}. Newlines end attributes.
 */
final class HclParser extends ExpressionParser {

    HclParser(String text, ParseLimits limits) {
        super(text, limits);
    }

    HclFile parse() throws TreeParseException {
        advance();
        ObjectNode root = body(Location.START, HclReader.BODY, 0, null);
        return new HclFile(root, templates);
    }

    private ObjectNode body(Location at, String tag, int depth, Token open) throws TreeParseException {
        depth(depth);
        List<ObjectNode.Member> members = new ArrayList<>();
        while (true) {
            while (cur.kind() == Kind.NEWLINE) {
                advance();
            }
            if (cur.kind() == Kind.EOF) {
                if (open != null) {
                    throw error("the block opened at " + loc(open) + " is not closed: '}' expected", cur);
                }
                break;
            }
            if (open != null && cur.is("}")) {
                break;
            }
            if (cur.kind() != Kind.IDENT) {
                throw error("an attribute or block name expected, found " + cur.describe(), cur);
            }
            Token name = cur;
            advance();
            if (cur.is("=")) {
                advance();
                members.add(new ObjectNode.Member(name.text(), loc(name), expression(depth + 1)));
            } else {
                members.add(new ObjectNode.Member(name.text(), loc(name), block(depth + 1)));
            }
            if (cur.kind() != Kind.NEWLINE && cur.kind() != Kind.EOF && !(open != null && cur.is("}"))) {
                throw error("a line end expected after " + name.text() + ", found " + cur.describe(), cur);
            }
        }
        return new ObjectNode(at, tag, members);
    }

    /** The labels and body of a block, nested as Terraform JSON nests them: one object per label. */
    private Node block(int depth) throws TreeParseException {
        List<Token> labels = new ArrayList<>();
        while (cur.kind() == Kind.IDENT || cur.kind() == Kind.TEMPLATE) {
            if (cur.kind() == Kind.TEMPLATE && !cur.template().isLiteral()) {
                throw error("a block label cannot hold an interpolation", cur);
            }
            labels.add(cur);
            advance();
        }
        if (!cur.is("{")) {
            throw error("'=' or a block expected, found " + cur.describe(), cur);
        }
        Token open = cur;
        ignoreNewlines.push(false);
        advance();
        Node body = body(loc(open), HclReader.BLOCK, depth, open);
        close("}");
        for (int i = labels.size() - 1; i >= 0; i--) {
            Token l = labels.get(i);
            String label = l.kind() == Kind.TEMPLATE ? l.template().value() : l.text();
            body = new ObjectNode(loc(l), null, List.of(new ObjectNode.Member(label, loc(l), body)));
        }
        return body;
    }
}
