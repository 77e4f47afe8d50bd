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

import io.github.iampolicy.engine.hcl.HclFile;
import io.github.iampolicy.engine.hcl.HclReader;
import io.github.iampolicy.engine.hcl.HclTemplate;
import io.github.iampolicy.engine.hcl.LineIndex;
import io.github.iampolicy.engine.hcl.TemplateJson;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The policy a {@code file("...")} or {@code templatefile("...", {...})} call reads: a literal path, or one that
 * starts with {@code ${path.module}}, naming a file inside the project. {@code file} returns the file as it is
 * (a policy variable stays one); {@code templatefile} renders it as a template, so its interpolations and
 * directives are unknown values. Any other path is known only to Terraform and is left out.
 */
final class TerraformFiles {

    /** A policy read from a file: its document and size, and the file's path relative to the project. */
    record Read(ObjectNode document, int size, String relativePath) {}

    private final ExtractionContext ctx;
    /**
     * What the calls of one {@code .tf} file may read together, every call counted (a file read by many calls is
     * parsed for each): one file's worth, so that a thousand calls of one large file cannot multiply the work.
     */
    private long budget;

    TerraformFiles(ExtractionContext ctx) {
        this.ctx = ctx;
        this.budget = ctx.reader.limits().maxFileBytes();
    }

    /** Whether {@code n} is a call of {@code file} or {@code templatefile}. */
    static boolean isFileCall(Node n) {
        String fn = HclReader.function(n);
        return ("file".equals(fn) || "templatefile".equals(fn)) && n instanceof ArrayNode a && a.size() >= 1;
    }

    /**
     * The policy the call {@code call} of {@code hcl} (a file in {@code dir}) reads, every element located at
     * {@code at}; {@code null} when the path is not known or names no file of the project. A file that does not
     * read as a policy is a problem at {@code at} when {@code report}.
     */
    Read read(HclFile hcl, Path dir, ArrayNode call, Location at, String path, boolean report) {
        Path target = target(hcl, dir, call.get(0));
        if (target == null) {
            return null;
        }
        String shown = FileCollector.relativePath(base(), target);
        String text;
        try {
            if (Files.size(target) > ctx.reader.limits().maxFileBytes()) {
                problem(
                        report,
                        at,
                        path,
                        shown,
                        "it is larger than the limit of " + ctx.reader.limits().maxFileBytes() + " (maxFileSize)",
                        true);
                return null;
            }
            if (Files.size(target) > budget) {
                problem(
                        report,
                        at,
                        path,
                        shown,
                        "the files read by file() and templatefile() calls of this file exceed together the limit of "
                                + ctx.reader.limits().maxFileBytes() + " (maxFileSize)",
                        true);
                return null;
            }
            budget -= Files.size(target);
            text = TreeReader.reserveEngineMarks(TreeReader.decodeUtf8(Files.readAllBytes(target)));
        } catch (TreeParseException e) {
            problem(
                    report,
                    at,
                    path,
                    shown,
                    "line " + e.location().line() + ", column " + e.location().column() + ": " + e.getMessage(),
                    false);
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // vanished or unreadable: Terraform would fail on it as well
        }
        boolean template = "templatefile".equals(HclReader.function(call));
        TemplateJson rendered = null;
        boolean directives = false;
        try {
            if (template) {
                HclTemplate parts = new HclReader(ctx.reader.limits()).template(text);
                directives = parts.parts().stream().anyMatch(p -> p instanceof HclTemplate.Directive);
                rendered = TemplateJson.of(parts);
            }
            List<Node> docs = ctx.reader.read(rendered == null ? text : rendered.json(), TreeReader.Syntax.JSON);
            if (docs.size() != 1 || !(docs.get(0) instanceof ObjectNode doc)) {
                return null;
            }
            ObjectNode located = (ObjectNode) EmbeddedPolicy.relocate(doc, l -> at);
            return new Read(located, PolicySize.ofText(text), shown);
        } catch (TreeParseException e) {
            // the attribute says the file is a policy: whatever it looks like, what it grants cannot be checked
            Location in = rendered == null ? e.location() : new LineIndex(text).at(rendered.offsetOf(e.location()));
            if (directives && !e.limitExceeded()) {
                // %{ if }/%{ for } render separators and statements only Terraform knows: not a syntax error of
                // the deployed policy, but nothing in it could be checked, and the user must know that
                if (report) {
                    ctx.unevaluated(
                            at,
                            "The policy file " + shown + " read at " + ctx.path(path)
                                    + " uses Terraform template directives (%{ if }, %{ for }) that make it a"
                                    + " policy only once rendered, and the plugin does not render them; the policy"
                                    + " was not checked (line " + in.line() + ", column " + in.column() + ")");
                }
                return null;
            }
            problem(
                    report,
                    at,
                    path,
                    shown,
                    "line " + in.line() + ", column " + in.column() + ": " + e.getMessage(),
                    e.limitExceeded());
            return null;
        }
    }

    private void problem(boolean report, Location at, String path, String shown, String why, boolean limit) {
        if (report) {
            ctx.problem(
                    at,
                    "the policy file " + shown + " read at " + ctx.path(path) + " does not read as a policy: " + why,
                    true,
                    limit);
        }
    }

    /** The file a literal (or {@code ${path.module}}-relative) path names, when it is a regular file of the project. */
    private Path target(HclFile hcl, Path dir, Node argument) {
        if (!(argument instanceof ScalarNode s) || s.tag() != null || hcl.template(s.location()) == null) {
            return null;
        }
        List<HclTemplate.Part> parts = hcl.template(s.location()).parts();
        String relative;
        if (parts.size() == 1 && parts.get(0) instanceof HclTemplate.Text t) {
            relative = t.text();
        } else if (parts.size() == 2
                && parts.get(0) instanceof HclTemplate.Interpolation i
                && i.expression().equals("path.module")
                && parts.get(1) instanceof HclTemplate.Text t
                && t.text().startsWith("/")) {
            relative = "." + t.text();
        } else {
            return null;
        }
        try {
            Path base = base().toRealPath();
            Path p = dir.resolve(relative).normalize();
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    || !p.toRealPath().startsWith(base)) {
                return null; // outside the project: not ours to read
            }
            return p;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The project directory: the file's path without its project-relative path. */
    private Path base() {
        Path file = ctx.file.path().toAbsolutePath().normalize();
        Path relative = Path.of(ctx.file.relativePath());
        if (relative.isAbsolute() || !file.endsWith(relative)) {
            return file.getParent();
        }
        Path base = file;
        for (int i = 0; i < relative.getNameCount() && base != null; i++) {
            base = base.getParent();
        }
        return base == null ? file.getParent() : base;
    }
}
