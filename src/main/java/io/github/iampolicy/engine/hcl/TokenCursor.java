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
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ParseLimits;
import io.github.iampolicy.engine.tree.ScalarNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The token stream of {@link HclParser}: the current token, line ends skipped inside parentheses and brackets
 * (where HCL ignores them) but kept in blocks and objects (where they end attributes and items), nesting limits
 * and located errors.
 */
abstract class TokenCursor {

    final HclLexer lexer;
    final ParseLimits limits;
    /** One entry per open bracket: true where line ends are insignificant (parentheses, brackets). */
    final Deque<Boolean> ignoreNewlines = new ArrayDeque<>();

    Token cur;
    private int prevEnd;

    TokenCursor(String text, ParseLimits limits) {
        this.lexer = new HclLexer(text, limits);
        this.limits = limits;
    }

    /** An unknown value standing for the source from {@code start} to the last token read. */
    ScalarNode unknown(Token start, String tag) {
        String source = lexer.text().substring(start.start(), Math.max(start.start(), prevEnd));
        String compact = source.replaceAll("\\s+", " ");
        Location at = loc(start).endingAt(lexer.at(Math.max(start.start(), prevEnd)));
        return new ScalarNode(at, tag, ScalarNode.Type.STRING, compact, Values.written(compact));
    }

    boolean skipNewlines() throws TreeParseException {
        boolean any = false;
        while (cur.kind() == Kind.NEWLINE) {
            advance();
            any = true;
        }
        return any;
    }

    void expect(String punct) throws TreeParseException {
        if (!cur.is(punct)) {
            throw error("'" + punct + "' expected, found " + cur.describe(), cur);
        }
        advance();
    }

    /** Consumes the closing bracket of the innermost open one. */
    void close(String punct) throws TreeParseException {
        skipNewlines();
        if (!cur.is(punct)) {
            throw error("'" + punct + "' expected, found " + cur.describe(), cur);
        }
        ignoreNewlines.pop();
        advance();
    }

    void advance() throws TreeParseException {
        if (cur != null) {
            prevEnd = cur.end();
        }
        cur = lexer.next();
        while (cur.kind() == Kind.NEWLINE && Boolean.TRUE.equals(ignoreNewlines.peek())) {
            cur = lexer.next();
        }
    }

    void depth(int depth) throws TreeParseException {
        if (depth > limits.maxDepth()) {
            throw new TreeParseException(
                    "nesting deeper than the limit of " + limits.maxDepth() + " (maxNestingDepth)", loc(cur), true);
        }
    }

    Location loc(Token t) {
        return lexer.at(t.start());
    }

    /** Where {@code t} starts and ends: the region of a value that is one token (a string, number, keyword). */
    Location span(Token t) {
        return loc(t).endingAt(lexer.at(t.end()));
    }

    TreeParseException error(String message, Token at) {
        return new TreeParseException(message, loc(at));
    }
}
