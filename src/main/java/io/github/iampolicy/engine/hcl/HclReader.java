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

/**
 * Reads the subset of HCL's native syntax Terraform configurations are written in into the located tree the
 * JSON/YAML reader produces, so that discovery and rules work on it unchanged. Every node keeps the line and
 * column of the HCL element it comes from.
 *
 * <p>The shape follows Terraform's JSON syntax: the file is an object (tag {@link #BODY}); an attribute is a
 * member; a block is a member named by its type whose value nests one single-member object per label around
 * the block's body (tag {@link #BLOCK}), so {@code resource "aws_iam_policy" "p" {...}} is
 * {@code resource → aws_iam_policy → p → body}; repeated blocks are repeated members. Values:
 * <ul>
 *   <li>numbers, {@code true}/{@code false}, {@code null}, tuples and objects are themselves;</li>
 *   <li>a string or heredoc is a string whose interpolations and {@code %{}} directives are unknown values
 *       ({@link io.github.iampolicy.engine.text.Values}), <code>$${</code> is <code>${</code>; its raw text is the
 *       template as written, and {@link HclFile#template} gives its parts with their positions;</li>
 *   <li>a reference ({@code var.x}, {@code data.a.b.c}) is an unknown string tagged {@link #REF} whose raw text
 *       is the reference; any other expression Terraform must evaluate (operators, conditionals, for
 *       expressions, index, splat) an unknown string tagged {@link #EXPR};</li>
 *   <li>a function call is an array of its arguments tagged {@link #CALL} followed by the function name.</li>
 * </ul>
 * Limits are those of {@link ParseLimits}: file size, nesting depth, string and number length. Immutable.
 */
public final class HclReader {

    public static final String BODY = "hcl:body";
    public static final String BLOCK = "hcl:block";
    public static final String REF = "hcl:ref";
    public static final String EXPR = "hcl:expr";
    public static final String CALL = "hcl:call:";

    private final ParseLimits limits;

    public HclReader(ParseLimits limits) {
        this.limits = limits;
    }

    public HclReader() {
        this(ParseLimits.DEFAULT);
    }

    public HclFile read(String text) throws TreeParseException {
        if (text.length() > limits.maxFileBytes()) {
            throw new TreeParseException(
                    "the file is longer than the limit of " + limits.maxFileBytes() + " (maxFileSize)",
                    io.github.iampolicy.engine.tree.Location.START,
                    true);
        }
        return new HclParser(text, limits).parse();
    }

    /**
     * A whole text read as a Terraform template, as {@code templatefile} reads its file: interpolations and
     * directives are unknown, <code>$${</code> is <code>${</code>; offsets are those of {@code text}.
     */
    public HclTemplate template(String text) throws TreeParseException {
        if (text.length() > limits.maxFileBytes()) {
            throw new TreeParseException(
                    "the file is longer than the limit of " + limits.maxFileBytes() + " (maxFileSize)",
                    io.github.iampolicy.engine.tree.Location.START,
                    true);
        }
        TemplateScanner.Scanned s = new TemplateScanner(limits, new LineIndex(text)).scan(text, 0, null, false);
        return new HclTemplate(io.github.iampolicy.engine.tree.Location.START, true, s.parts());
    }

    /** The name of the function a call node calls, or {@code null} when the node is no call. */
    public static String function(io.github.iampolicy.engine.tree.Node n) {
        return n.tag() != null && n.tag().startsWith(CALL) ? n.tag().substring(CALL.length()) : null;
    }
}
