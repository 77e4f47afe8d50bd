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

import io.github.iampolicy.engine.discovery.TerraformModule.Document;
import io.github.iampolicy.engine.discovery.TerraformModule.ModuleFile;
import io.github.iampolicy.engine.hcl.HclBlocks;
import io.github.iampolicy.engine.hcl.HclFile;
import io.github.iampolicy.engine.hcl.HclReader;
import io.github.iampolicy.engine.hcl.HclTemplate;
import io.github.iampolicy.engine.hcl.HclValues;
import io.github.iampolicy.engine.hcl.LineIndex;
import io.github.iampolicy.engine.hcl.PolicyDocuments;
import io.github.iampolicy.engine.hcl.TemplateJson;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Policies of Terraform HCL configurations ({@code *.tf}): the policy attributes {@link Terraform} knows, given
 * as {@code jsonencode({...})} or as a string or heredoc holding JSON, and every
 * {@code data "aws_iam_policy_document"} block, rendered as the provider renders it.
 *
 * <p>A document is reported once, in the file that declares it, with the kind of the first policy attribute of
 * the module (the {@code *.tf} files of the directory) that references it; an attribute referencing it reports
 * nothing itself. A document referenced only as another's source or override is checked as part of that one.
 * Statements merged from a document declared in another file are located at the reference to it, so that every
 * finding points into the reported file.
 */
final class TerraformHcl {

    private static final int MAX_DOCUMENT_NESTING = 16;

    private final ExtractionContext ctx;
    private final ModuleFile self;
    private final TerraformModule module;
    private final Set<String> rendering = new HashSet<>();
    private final Map<String, ObjectNode> rendered = new HashMap<>();
    private final TerraformFiles files;

    private TerraformHcl(ExtractionContext ctx, HclFile hcl) {
        this.ctx = ctx;
        this.self = new ModuleFile(ctx.file.path(), ctx.text, hcl, new LineIndex(ctx.text));
        this.module = new TerraformModule(self, ctx.reader.limits());
        this.files = new TerraformFiles(ctx);
    }

    static void extract(ExtractionContext ctx, HclFile hcl) {
        new TerraformHcl(ctx, hcl).run();
    }

    private void run() {
        List<HclBlocks.Block> documents = new ArrayList<>();
        List<HclBlocks.Block> blocks = HclBlocks.of(self.hcl().body());
        TerraformPrincipals principals = new TerraformPrincipals(self.hcl(), blocks);
        TerraformAttachments.hcl(ctx, blocks);
        for (HclBlocks.Block b : blocks) {
            List<TerraformModule.Site> sites = TerraformModule.sites(b);
            if (!sites.isEmpty()) {
                ctx.attachment = principals.of(b);
                for (TerraformModule.Site site : sites) {
                    attribute(site.value(), site.path(), site.kind());
                }
                ctx.attachment = Policy.Attachment.NONE;
            }
            if (TerraformModule.isDocument(b)) {
                documents.add(b);
            }
        }
        if (documents.isEmpty()) {
            return;
        }
        Map<String, PolicyKind> kinds = new HashMap<>();
        Set<String> partsOnly = module.partsOnly(kinds);
        for (HclBlocks.Block d : documents) {
            String name = d.label(1);
            if (kinds.containsKey(name) || !partsOnly.contains(name)) {
                ObjectNode doc = render(new Document(self, d));
                if (doc != null) {
                    ctx.attachment = principals.document(name);
                    ctx.policy(
                            "data." + TerraformModule.DOCUMENT + "." + name,
                            kinds.getOrDefault(name, PolicyKind.IDENTITY),
                            doc,
                            PolicySize.of(doc));
                    ctx.attachment = Policy.Attachment.NONE;
                }
            }
        }
    }

    /** A policy attribute; references and other expressions are values only Terraform knows, left out. */
    private void attribute(Node v, String path, PolicyKind kind) {
        Found found = value(self, v, v.location(), path, true, 0);
        if (found != null) {
            ctx.policy(path + found.suffix(), kind, found.document(), found.size());
        }
    }

    /** A policy found in a value, with what the policy path gains when it was read from another file. */
    private record Found(ObjectNode document, int size, String suffix) {}

    /**
     * The policy the value {@code v} of {@code file} holds: {@code jsonencode}, a JSON string or heredoc, a
     * {@code file}/{@code templatefile} call, or a local value holding one of them. Elements are located where
     * they are written when that is in this file, else at {@code at}, where this file refers to them. A
     * reference to a policy document is left out: the document is reported where it is declared.
     */
    private Found value(ModuleFile file, Node v, Location at, String path, boolean report, int depth) {
        TerraformModule.Local local = depth < MAX_DOCUMENT_NESTING ? module.local(file.hcl(), v) : null;
        if (local != null) {
            return value(local.file(), local.value(), file == self ? v.location() : at, path, report, depth + 1);
        }
        UnaryOperator<Node> locate = n -> file == self ? n : EmbeddedPolicy.relocate(n, l -> at);
        if ("jsonencode".equals(HclReader.function(v))
                && v instanceof ArrayNode call
                && call.size() == 1
                && call.get(0) instanceof ObjectNode o) {
            ObjectNode doc = (ObjectNode) locate.apply(HclValues.toJson(o));
            return new Found(doc, PolicySize.of(doc), "");
        }
        if (TerraformFiles.isFileCall(v)) {
            Location callAt = file == self ? v.location() : at;
            TerraformFiles.Read read = files.read(
                    file.hcl(), file.path().getParent(), (ArrayNode) v, callAt, path, report && file == self);
            return read == null
                    ? null
                    : new Found(
                            read.document(),
                            read.size(),
                            " = " + HclReader.function(v) + "(" + read.relativePath() + ")");
        }
        if (v instanceof ScalarNode s && s.tag() == null && HclValues.documentReference(file.hcl(), v) == null) {
            HclTemplate t = file.hcl().template(s.location());
            ObjectNode doc = t == null ? null : embedded(file, t, path, report && file == self);
            return doc == null ? null : new Found((ObjectNode) locate.apply(doc), PolicySize.ofText(t.source()), "");
        }
        return null;
    }

    /** The JSON policy a string or heredoc holds, located character by character in its file. */
    private ObjectNode embedded(ModuleFile file, HclTemplate t, String path, boolean report) {
        if (t.value().isBlank()) {
            return null;
        }
        TemplateJson json = TemplateJson.of(t);
        UnaryOperator<Location> place = l -> file.index().at(json.offsetOf(l));
        List<Node> docs;
        try {
            docs = ctx.reader.read(json.json(), TreeReader.Syntax.JSON);
        } catch (TreeParseException e) {
            if (report && (PolicyExtractor.looksLikePolicy(t.source()) || e.limitExceeded())) {
                ctx.problem(
                        place.apply(e.location()),
                        "the policy string at " + ctx.path(path) + " is not valid JSON: " + e.getMessage(),
                        true,
                        e.limitExceeded());
            }
            return null;
        }
        return docs.size() == 1 && docs.get(0) instanceof ObjectNode
                ? (ObjectNode) EmbeddedPolicy.relocate(docs.get(0), place)
                : null;
    }

    /** Each document is rendered once: documents that share sources would otherwise multiply the work. */
    private ObjectNode render(Document d) {
        String key = d.file().path() + "#" + d.block().label(1);
        if (rendered.containsKey(key)) {
            return rendered.get(key);
        }
        if (rendering.size() >= MAX_DOCUMENT_NESTING || !rendering.add(key)) {
            return null; // a document that includes itself cannot be rendered by Terraform either
        }
        try {
            ObjectNode doc = PolicyDocuments.render(
                    d.block(), e -> part(d.file(), e), ctx.reader.limits().maxStatements());
            rendered.put(key, doc);
            return doc;
        } finally {
            rendering.remove(key);
        }
    }

    /** The document an element of a source or override list stands for, or {@code null}. */
    private ObjectNode part(ModuleFile file, Node e) {
        String reference = HclValues.documentReference(file.hcl(), e);
        if (reference == null) {
            Found found = value(file, e, e.location(), "", false, 0);
            return found == null ? null : found.document();
        }
        Document target = module.document(reference);
        ObjectNode doc = target == null ? null : render(target);
        if (doc != null && target.file() != self) {
            Location at = e.location();
            doc = (ObjectNode) EmbeddedPolicy.relocate(doc, l -> at);
        }
        return doc;
    }
}
