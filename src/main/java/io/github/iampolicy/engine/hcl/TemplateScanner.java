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

import io.github.iampolicy.engine.tree.ParseLimits;
import io.github.iampolicy.engine.tree.TreeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Splits the content of a quoted string or heredoc into literal text, {@code ${...}} interpolations and
 * {@code %{...}} directives. Interpolations are not parsed: Terraform alone can evaluate them, so only their
 * extent matters, found by counting braces and skipping the quoted strings inside them, without recursion so
 * that crafted nesting cannot overflow the stack.
 */
final class TemplateScanner {

    /** The parts of a template and the index where its content ended (the closing quote of a quoted string). */
    record Scanned(List<HclTemplate.Part> parts, int end) {}

    private final ParseLimits limits;
    private final LineIndex index;

    TemplateScanner(ParseLimits limits, LineIndex index) {
        this.limits = limits;
        this.index = index;
    }

    /**
     * Scans {@code s} from {@code from}. In a quoted string ({@code quoted}) escapes are decoded and the content
     * ends at the closing quote; a heredoc body runs to the end of {@code s}. {@code offsets} maps each index of
     * {@code s} to its file offset ({@code null}: the index is the offset).
     */
    Scanned scan(String s, int from, int[] offsets, boolean quoted) throws TreeParseException {
        Builder out = new Builder();
        int directives = 0;
        int directiveAt = 0;
        String header = null;
        boolean stripNext = false;
        int i = from;
        while (true) {
            if (i >= s.length()) {
                if (quoted) {
                    throw error("unterminated string: no closing quote on its line", off(offsets, from - 1));
                }
                break;
            }
            char c = s.charAt(i);
            if (quoted && c == '"') {
                break;
            }
            if (quoted && (c == '\n' || c == '\r')) {
                throw error("unterminated string: a quoted string must end on its line", off(offsets, from - 1));
            }
            if ((c == '$' || c == '%') && i + 2 < s.length() && s.charAt(i + 1) == c && s.charAt(i + 2) == '{') {
                // $${ and %%{ stand for a literal ${ and %{
                if (directives == 0) {
                    out.add(c, off(offsets, i)).add('{', off(offsets, i + 2));
                }
                i += 3;
                stripNext = false;
                continue;
            }
            if ((c == '$' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int close = endOfSequence(s, i + 2, offsets);
                String kind = c == '$' ? "${ interpolation" : "%{ directive";
                if (close < 0) {
                    throw error("unterminated " + kind + ": no closing }", off(offsets, i));
                }
                String inner = s.substring(i + 2, close).trim();
                if (inner.startsWith("~")) {
                    out.stripTrailingSpace();
                }
                stripNext = inner.endsWith("~") && inner.length() > 1;
                String expr =
                        inner.replaceFirst("^~", "").replaceFirst("~$", "").trim();
                if (c == '$') {
                    if (directives == 0) {
                        out.interpolation(expr, off(offsets, i));
                    }
                } else {
                    String keyword = expr.split("\\s+", 2)[0];
                    switch (keyword) {
                        case "if", "for" -> {
                            if (directives++ == 0) {
                                directiveAt = off(offsets, i);
                                header = expr;
                            }
                        }
                        case "else", "endif", "endfor" -> {
                            if (directives == 0) {
                                throw error(
                                        "%{ " + keyword + " } without a matching %{ if } or %{ for }", off(offsets, i));
                            }
                            if (!keyword.equals("else") && --directives == 0) {
                                out.directive(header, directiveAt);
                            }
                        }
                        default ->
                            throw error(
                                    "unknown template directive %{ " + keyword
                                            + " }: expected if, else, endif, for or endfor",
                                    off(offsets, i));
                    }
                }
                i = close + 1;
                continue;
            }
            if (stripNext && Character.isWhitespace(c)) {
                i++;
                continue;
            }
            stripNext = false;
            if (quoted && c == '\\') {
                i = escape(s, i, offsets, directives == 0 ? out : null);
                continue;
            }
            if (c == 0) {
                throw error("NUL character in a string", off(offsets, i));
            }
            if (directives == 0) {
                out.add(c, off(offsets, i));
            }
            if (out.length() > limits.maxStringLength()) {
                throw new TreeParseException(
                        "a string longer than the limit of " + limits.maxStringLength()
                                + " characters (maxStringLength)",
                        index.at(off(offsets, i)),
                        true);
            }
            i++;
        }
        if (directives > 0) {
            throw error("unterminated %{ " + header + " } directive: no %{ end... }", directiveAt);
        }
        return new Scanned(out.parts(), i);
    }

    /** Decodes the escape at {@code i} into {@code out} (when not null) and returns the index after it. */
    private int escape(String s, int i, int[] offsets, Builder out) throws TreeParseException {
        if (i + 1 >= s.length()) {
            throw error("unterminated string: it ends in a backslash", off(offsets, i));
        }
        char e = s.charAt(i + 1);
        int at = off(offsets, i);
        int digits = e == 'u' ? 4 : e == 'U' ? 8 : 0;
        String decoded;
        if (digits > 0) {
            String hex = i + 2 + digits <= s.length() ? s.substring(i + 2, i + 2 + digits) : "";
            int cp = hex.matches("[0-9A-Fa-f]+") ? (int) Long.parseLong(hex, 16) : -1;
            if (cp < 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw error(
                        "invalid \\" + e + " escape: " + digits + " hexadecimal digits of a character expected", at);
            }
            decoded = Character.toString(cp);
        } else {
            decoded = switch (e) {
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case '"' -> "\"";
                case '\\' -> "\\";
                default -> throw error("invalid escape \\" + e + " in a string", at);
            };
        }
        if (out != null) {
            for (int k = 0; k < decoded.length(); k++) {
                out.add(decoded.charAt(k), at);
            }
        }
        return i + 2 + digits;
    }

    /**
     * The index of the {@code }} that closes the interpolation or directive whose content starts at
     * {@code from}, or -1. Quoted strings inside are skipped, with the interpolations they hold.
     */
    int endOfSequence(String s, int from, int[] offsets) throws TreeParseException {
        // each entry: -1 for a quoted string, else the brace depth of an expression
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {1});
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            int[] top = stack.peek();
            if (top[0] >= 0) {
                if (c == '{') {
                    top[0]++;
                } else if (c == '}' && --top[0] == 0) {
                    stack.pop();
                    if (stack.isEmpty()) {
                        return i;
                    }
                } else if (c == '"') {
                    stack.push(new int[] {-1});
                }
            } else if (c == '\\') {
                i++;
            } else if (c == '"') {
                stack.pop();
            } else if ((c == '$' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                if (i > 0 && s.charAt(i - 1) == c) {
                    continue; // $${: literal text
                }
                stack.push(new int[] {1});
                i++;
            }
            if (stack.size() > limits.maxDepth()) {
                throw new TreeParseException(
                        "nesting deeper than the limit of " + limits.maxDepth() + " (maxNestingDepth)",
                        index.at(off(offsets, i)),
                        true);
            }
        }
        return -1;
    }

    private TreeParseException error(String message, int offset) {
        return new TreeParseException(message, index.at(offset));
    }

    private static int off(int[] offsets, int i) {
        if (offsets == null) {
            return i;
        }
        return offsets.length == 0 ? 0 : offsets[Math.max(0, Math.min(i, offsets.length - 1))];
    }

    /** Accumulates parts, keeping the file offset of every literal character. */
    private static final class Builder {
        private final List<HclTemplate.Part> parts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int[] textOffsets = new int[16];
        private int total;

        Builder add(char c, int offset) {
            if (text.length() == textOffsets.length) {
                textOffsets = Arrays.copyOf(textOffsets, textOffsets.length * 2);
            }
            textOffsets[text.length()] = offset;
            text.append(c);
            total++;
            return this;
        }

        int length() {
            return total;
        }

        void stripTrailingSpace() {
            int n = text.length();
            while (n > 0 && Character.isWhitespace(text.charAt(n - 1))) {
                n--;
            }
            total -= text.length() - n;
            text.setLength(n);
        }

        void interpolation(String expression, int offset) {
            flush();
            parts.add(new HclTemplate.Interpolation(expression, offset));
        }

        void directive(String header, int offset) {
            flush();
            parts.add(new HclTemplate.Directive(header, offset));
        }

        private void flush() {
            if (text.length() > 0) {
                parts.add(new HclTemplate.Text(text.toString(), Arrays.copyOf(textOffsets, text.length())));
                text.setLength(0);
            }
        }

        List<HclTemplate.Part> parts() {
            flush();
            return parts;
        }
    }
}
