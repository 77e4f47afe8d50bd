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
import java.util.List;

/**
 * A quoted string or heredoc as Terraform reads it: literal text, interpolations and directives, each with
 * the offsets in the file it came from, so that text embedded in it (a JSON policy in a heredoc) can be located
 * character by character.
 *
 * @param location where the template starts (its opening quote or {@code <<})
 * @param heredoc  written as a heredoc rather than a quoted string
 */
public record HclTemplate(Location location, boolean heredoc, List<Part> parts) {

    public HclTemplate {
        parts = List.copyOf(parts);
    }

    /** One piece of a template. */
    public sealed interface Part permits Text, Interpolation, Directive {
        /** Offset in the file of the part's first character. */
        int offset();
    }

    /**
     * Literal text with escapes decoded (<code>$${</code> already <code>${</code>).
     *
     * @param offsets the file offset of each character of {@code text}
     */
    public record Text(String text, int[] offsets) implements Part {
        @Override
        public int offset() {
            return offsets.length == 0 ? 0 : offsets[0];
        }
    }

    /** {@code ${expression}}: a value only Terraform knows. */
    public record Interpolation(String expression, int offset) implements Part {}

    /** A whole {@code %{ if }}/{@code %{ for }} construct up to its end directive: text only Terraform knows. */
    public record Directive(String header, int offset) implements Part {}

    /** True when no part depends on Terraform evaluation. */
    public boolean isLiteral() {
        return parts.stream().allMatch(p -> p instanceof Text);
    }

    /** The value with each interpolation and directive an unknown token (Values). */
    public String value() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                b.append(t.text());
            } else if (p instanceof Interpolation i) {
                b.append(Values.written(i.expression()));
            } else if (p instanceof Directive d) {
                b.append(Values.written(d.header()));
            }
        }
        return b.toString();
    }

    /** The template as Terraform source: literal <code>${</code> escaped again, interpolations as written. */
    public String source() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                b.append(t.text().replace("${", "$${").replace("%{", "%%{"));
            } else if (p instanceof Interpolation i) {
                b.append("${").append(i.expression()).append('}');
            } else if (p instanceof Directive d) {
                b.append("%{").append(d.header()).append('}');
            }
        }
        return b.toString();
    }

    /** The only interpolation when the template is nothing else ({@code "${var.x}"}), or {@code null}. */
    public String soleInterpolation() {
        return parts.size() == 1 && parts.get(0) instanceof Interpolation i ? i.expression() : null;
    }
}
