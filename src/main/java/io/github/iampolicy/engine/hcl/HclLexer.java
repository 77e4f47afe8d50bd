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

import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ParseLimits;
import io.github.iampolicy.engine.tree.TreeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tokens of HCL's native syntax: identifiers, numbers, punctuation, line ends, and whole templates (a
 * quoted string or a heredoc is one token holding its parts). Comments ({@code #}, {@code //}, {@code /* *}{@code /})
 * are skipped; a line comment leaves its line end, which ends attributes.
 */
final class HclLexer {

    enum Kind {
        IDENT,
        NUMBER,
        TEMPLATE,
        PUNCT,
        NEWLINE,
        EOF
    }

    /** One token; {@code template} only for {@link Kind#TEMPLATE}. */
    record Token(Kind kind, String text, int start, int end, HclTemplate template) {

        boolean is(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }

        boolean isWord(String word) {
            return kind == Kind.IDENT && text.equals(word);
        }

        String describe() {
            return switch (kind) {
                case EOF -> "the end of the file";
                case NEWLINE -> "a line end";
                case TEMPLATE -> "a string";
                default -> "'" + text + "'";
            };
        }
    }

    private static final Set<String> TWO = Set.of("==", "!=", "<=", ">=", "&&", "||", "=>", "::");
    private static final String ONE = "{}[]()=,.:?+-*/%!<>";

    private final String text;
    private final ParseLimits limits;
    private final LineIndex index;
    private final TemplateScanner templates;
    private int pos;

    HclLexer(String text, ParseLimits limits) {
        this.text = text;
        this.limits = limits;
        this.index = new LineIndex(text);
        this.templates = new TemplateScanner(limits, index);
    }

    LineIndex index() {
        return index;
    }

    String text() {
        return text;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    Token next() throws TreeParseException {
        skipSpace();
        if (pos >= text.length()) {
            return new Token(Kind.EOF, "", pos, pos, null);
        }
        int start = pos;
        char c = text.charAt(pos);
        if (c == '\n' || c == '\r') {
            pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
            return new Token(Kind.NEWLINE, "\n", start, pos, null);
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                pos++;
            }
            checkLength(start, limits.maxStringLength(), "an identifier", "maxStringLength");
            return new Token(Kind.IDENT, text.substring(start, pos), start, pos, null);
        }
        if (c >= '0' && c <= '9') {
            return number(start);
        }
        if (c == '"') {
            TemplateScanner.Scanned s = templates.scan(text, pos + 1, null, true);
            pos = s.end() + 1;
            return new Token(Kind.TEMPLATE, "\"", start, pos, new HclTemplate(index.at(start), false, s.parts()));
        }
        if (text.startsWith("<<", pos)
                && pos + 2 < text.length()
                && (text.charAt(pos + 2) == '-' || isIdentStart(text.charAt(pos + 2)))) {
            return heredoc(start);
        }
        if (text.startsWith("...", pos)) {
            pos += 3;
            return new Token(Kind.PUNCT, "...", start, pos, null);
        }
        if (pos + 1 < text.length() && TWO.contains(text.substring(pos, pos + 2))) {
            pos += 2;
            return new Token(Kind.PUNCT, text.substring(start, pos), start, pos, null);
        }
        if (ONE.indexOf(c) >= 0) {
            pos++;
            return new Token(Kind.PUNCT, String.valueOf(c), start, pos, null);
        }
        String shown = c < 0x20 || Character.isSurrogate(c) || c == '\uFFFD'
                ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
        throw new TreeParseException("unexpected character " + shown, index.at(pos));
    }

    private void skipSpace() throws TreeParseException {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\uFEFF') {
                pos++;
            } else if (c == '#' || text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new TreeParseException("unterminated /* comment: no */", index.at(pos));
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private Token number(int start) throws TreeParseException {
        digits();
        if (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                digits();
            } else {
                pos = save;
            }
        }
        checkLength(start, limits.maxNumberLength(), "a number", "maxNumberLength");
        return new Token(Kind.NUMBER, text.substring(start, pos), start, pos, null);
    }

    private void digits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    /**
     * {@code <<EOF} or {@code <<-EOF}: the lines up to one holding only the marker. The flush form drops the
     * indentation common to the lines that hold more than white space; the offsets keep each character's place.
     */
    private Token heredoc(int start) throws TreeParseException {
        pos += 2;
        boolean flush = text.charAt(pos) == '-';
        if (flush) {
            pos++;
        }
        int markerStart = pos;
        while (pos < text.length() && isIdentPart(text.charAt(pos))) {
            pos++;
        }
        String marker = text.substring(markerStart, pos);
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        if (marker.isEmpty() || pos >= text.length() || (text.charAt(pos) != '\n' && text.charAt(pos) != '\r')) {
            throw new TreeParseException(
                    "a heredoc marker (<<EOF or <<-EOF) must be followed by a line end", index.at(start));
        }
        List<int[]> lines = new ArrayList<>(); // start and end (before the line end) of each body line
        int line = skipLineEnd(pos);
        while (true) {
            if (line >= text.length()) {
                throw new TreeParseException(
                        "unterminated heredoc <<" + (flush ? "-" : "") + marker + ": no line holds only " + marker,
                        index.at(start));
            }
            int end = line;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (text.substring(line, end).strip().equals(marker)) {
                pos = end;
                break;
            }
            lines.add(new int[] {line, end});
            if (end - line > limits.maxStringLength()) {
                throw new TreeParseException(
                        "a string longer than the limit of " + limits.maxStringLength()
                                + " characters (maxStringLength)",
                        index.at(line),
                        true);
            }
            line = skipLineEnd(end);
        }
        TemplateScanner.Scanned s = HeredocBody.scan(text, lines, flush, templates);
        return new Token(Kind.TEMPLATE, "<<", start, pos, new HclTemplate(index.at(start), true, s.parts()));
    }

    private int skipLineEnd(int at) {
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
        return at;
    }

    private void checkLength(int start, int max, String what, String setting) throws TreeParseException {
        if (pos - start > max) {
            throw new TreeParseException(
                    what + " longer than the limit of " + max + " characters (" + setting + ")", index.at(start), true);
        }
    }

    Location at(int offset) {
        return index.at(offset);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
