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
import io.github.iampolicy.engine.tree.Location;
import java.util.Arrays;

/**
 * The JSON text a template holding a policy stands for, with the file offset of each of its characters.
 *
 * <p>The substitution is that of Terraform JSON policy strings: each interpolation or directive becomes one
 * unknown token, written as a JSON string where it stands outside one (an interpolation standing for a whole
 * value); {@code &{aws:name}}, the escape {@code aws_iam_policy_document} documents, is the policy variable.
 * Because every character keeps its offset, a JSON element is located where it is written in the heredoc or
 * string, whatever the escapes and substitutions before it on its line.
 *
 * @param lines the line index of {@code json}, built once: every node of a large policy is placed through it
 */
public record TemplateJson(String json, int[] offsets, LineIndex lines) {

    public static TemplateJson of(HclTemplate template) {
        StringBuilder b = new StringBuilder();
        int[] offs = new int[64];
        boolean inString = false;
        for (HclTemplate.Part p : template.parts()) {
            if (p instanceof HclTemplate.Text t) {
                String s = t.text();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (inString && c == '\\' && i + 1 < s.length()) {
                        offs = put(b, offs, c, t.offsets()[i]);
                        offs = put(b, offs, s.charAt(i + 1), t.offsets()[i + 1]);
                        i++;
                        continue;
                    }
                    if (c == '"') {
                        inString = !inString;
                    } else if (c == '&' && isPolicyVariableEscape(s, i)) {
                        c = '$';
                    }
                    offs = put(b, offs, c, t.offsets()[i]);
                }
            } else {
                String hint = p instanceof HclTemplate.Interpolation i
                        ? i.expression()
                        : ((HclTemplate.Directive) p).header();
                // the token goes into JSON text: a quote of the expression is escaped there, and decoded when parsed
                String written = Values.written(hint).replace("\\", "\\\\").replace("\"", "\\\"");
                String token = inString ? written : "\"" + written + "\"";
                for (int k = 0; k < token.length(); k++) {
                    offs = put(b, offs, token.charAt(k), p.offset());
                }
            }
        }
        String json = b.toString();
        return new TemplateJson(json, Arrays.copyOf(offs, b.length()), new LineIndex(json));
    }

    /** The file offset of the character at {@code location} of {@link #json}. */
    public int offsetOf(Location location) {
        if (offsets.length == 0) {
            return 0;
        }
        int i = lines.offset(location);
        return offsets[Math.max(0, Math.min(i, offsets.length - 1))];
    }

    /** {@code &{name:key}} at {@code at}: a name with a colon and no quote or brace before the closing brace. */
    static boolean isPolicyVariableEscape(String s, int at) {
        if (at + 1 >= s.length() || s.charAt(at + 1) != '{') {
            return false;
        }
        int close = s.indexOf('}', at + 2);
        if (close < 0) {
            return false;
        }
        String name = s.substring(at + 2, close);
        return name.indexOf(':') > 0 && name.indexOf('"') < 0 && name.indexOf('{') < 0;
    }

    private static int[] put(StringBuilder b, int[] offs, char c, int offset) {
        int[] o = b.length() == offs.length ? Arrays.copyOf(offs, offs.length * 2) : offs;
        o[b.length()] = offset;
        b.append(c);
        return o;
    }
}
