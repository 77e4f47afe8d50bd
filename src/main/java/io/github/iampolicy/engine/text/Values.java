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
package io.github.iampolicy.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The representation of resolved string values.
 *
 * <p>Policies in IaC templates contain values nobody knows before deployment: Terraform interpolations,
 * CloudFormation references without a default, {@code ${account_id}} placeholders. Each such value is
 * replaced by one <em>unknown token</em>: {@value #START} + a short hint + {@value #END}, characters from
 * Unicode's private use area that no policy contains. A token stands for one arbitrary string without
 * wildcards, so it never hides a literal {@code *} beside it and never counts as a policy variable.
 */
public final class Values {

    public static final char START = '\uE001';
    public static final char END = '\uE002';
    private static final int MAX_HINT = 64;

    private Values() {}

    /** A token for an unknown value described by {@code hint} (a placeholder name, a reference). */
    public static String unknown(String hint) {
        StringBuilder b = new StringBuilder().append(START);
        for (int i = 0; i < hint.length() && b.length() <= MAX_HINT; i++) {
            char c = hint.charAt(i);
            b.append(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '.');
        }
        return b.append(END).toString();
    }

    /** Longest written expression a hint keeps whole (a message quotes it). */
    private static final int MAX_WRITTEN = 120;

    /**
     * A token for the value of a template expression, named by the expression as written
     * ({@code var.x}, {@code data.aws_caller_identity.current.account_id},
     * {@code var.fifo ? format("%s.fifo", var.name) : var.name}), so that a message shows what the file says.
     * Whitespace runs become one space; an encoding that passes its argument's value through
     * ({@code jsonencode(var.x)}, {@code tostring(var.x)}) is named by the argument; braces, which would end the
     * {@code ${...}} a message shows, become parentheses. A longer expression is cut and tagged with a digest of
     * all of it, so that two different expressions keep different tokens.
     */
    public static String written(String expression) {
        String e = expression.strip().replaceAll("\\s+", " ");
        for (String fn : List.of("jsonencode(", "tostring(")) {
            if (e.startsWith(fn) && e.endsWith(")") && matchingParen(e, fn.length() - 1) == e.length() - 1) {
                e = e.substring(fn.length(), e.length() - 1).strip();
            }
        }
        StringBuilder b = new StringBuilder().append(START);
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            b.append(c == START || c == END ? '.' : c == '{' ? '(' : c == '}' ? ')' : c);
        }
        if (b.length() > MAX_WRITTEN + 1) {
            b.setLength(MAX_WRITTEN + 1);
            b.append("...").append(Integer.toHexString(e.hashCode()));
        }
        return b.append(END).toString();
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    public static boolean hasUnknown(String s) {
        return s.indexOf(START) >= 0;
    }

    /** True when the whole value is one unknown token. */
    public static boolean isUnknown(String s) {
        return s.length() >= 2 && s.charAt(0) == START && s.indexOf(END) == s.length() - 1 && s.indexOf(START, 1) < 0;
    }

    /** The hints of every unknown token in {@code s}, in order. */
    public static List<String> unknownHints(String s) {
        List<String> hints = new ArrayList<>();
        int i = s.indexOf(START);
        while (i >= 0) {
            int end = s.indexOf(END, i);
            if (end < 0) {
                break;
            }
            hints.add(s.substring(i + 1, end));
            i = s.indexOf(START, end);
        }
        return hints;
    }

    /** The value as people read it: each unknown token shown as {@code ${hint}}. */
    public static String display(String s) {
        if (!hasUnknown(s)) {
            return s;
        }
        return s.replace(String.valueOf(START), "${").replace(String.valueOf(END), "}");
    }

    /** {@code s} with each unknown token replaced by {@code replacement}. */
    public static String replaceUnknown(String s, String replacement) {
        if (!hasUnknown(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == START) {
                int end = s.indexOf(END, i);
                b.append(replacement);
                i = end < 0 ? s.length() : end + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /**
     * True when {@code ${name}} is a template placeholder rather than a policy variable or escape:
     * the name has no {@code :} and is not {@code *}, {@code ?} or {@code $}.
     */
    public static boolean isPlaceholderName(String name) {
        return name.indexOf(':') < 0 && !name.equals("*") && !name.equals("?") && !name.equals("$");
    }

    /**
     * Resolves the template syntax that may appear in any file ("Template syntax" in
     * src/site/markdown/rules/index.md): <code>$${</code> is a literal
     * <code>${</code>, {@code &{name}} is the policy variable {@code ${name}}, and a placeholder {@code ${name}}
     * becomes an unknown token. Unbalanced braces are left as written, for IAM009 to report.
     */
    public static String resolveTemplate(String raw) {
        if (raw.indexOf('{') < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c == '$' && i + 2 < n && raw.charAt(i + 1) == '$' && raw.charAt(i + 2) == '{') {
                b.append("${");
                i += 3;
                int close = raw.indexOf('}', i);
                if (close >= 0) {
                    b.append(raw, i, close + 1);
                    i = close + 1;
                }
            } else if (c == '&' && i + 1 < n && raw.charAt(i + 1) == '{') {
                int close = raw.indexOf('}', i + 2);
                if (close >= 0 && raw.indexOf(':', i + 2) > 0 && raw.indexOf(':', i + 2) < close) {
                    b.append("${").append(raw, i + 2, close + 1);
                    i = close + 1;
                } else {
                    b.append(c);
                    i++;
                }
            } else if (c == '$' && i + 1 < n && raw.charAt(i + 1) == '{') {
                int close = matchingBrace(raw, i + 1);
                if (close < 0) {
                    b.append(raw, i, n);
                    break;
                }
                String name = raw.substring(i + 2, close);
                if (isPlaceholderName(name.trim())) {
                    b.append(unknown(name.trim()));
                } else {
                    b.append(raw, i, close + 1);
                }
                i = close + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** Index of the {@code }} closing the brace at {@code open}, counting nested braces; -1 if none. */
    public static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
