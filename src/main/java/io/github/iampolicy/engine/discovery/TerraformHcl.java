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

import io.github.iampolicy.engine.hcl.HclBlocks;
import io.github.iampolicy.engine.hcl.HclFile;
import io.github.iampolicy.engine.hcl.HclReader;
import io.github.iampolicy.engine.hcl.HclTemplate;
import io.github.iampolicy.engine.hcl.HclValues;
import io.github.iampolicy.engine.hcl.LineIndex;
import io.github.iampolicy.engine.hcl.PolicyDocuments;
import io.github.iampolicy.engine.hcl.TemplateJson;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ScalarNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final String DOCUMENT = "aws_iam_policy_document";
    /** Bounds the work a directory of many files can cause: each file may parse its neighbours. */
    private static final int MAX_MODULE_FILES = 100;

    private static final int MAX_DOCUMENT_NESTING = 16;

    private record ModuleFile(Path path, String text, HclFile hcl, LineIndex index) {}

    private record Document(ModuleFile file, HclBlocks.Block block) {}

    private final ExtractionContext ctx;
    private final ModuleFile self;
    private List<ModuleFile> module;
    private final Set<String> rendering = new HashSet<>();

    private TerraformHcl(ExtractionContext ctx, HclFile hcl) {
        this.ctx = ctx;
        this.self = new ModuleFile(ctx.file.path(), ctx.text, hcl, new LineIndex(ctx.text));
    }

    static void extract(ExtractionContext ctx, HclFile hcl) {
        new TerraformHcl(ctx, hcl).run();
    }

    private void run() {
        List<HclBlocks.Block> documents = new ArrayList<>();
        for (HclBlocks.Block b : HclBlocks.of(self.hcl().body())) {
            Map<String, PolicyKind> attributes =
                    b.type().equals("resource") && b.labels().size() == 2 ? Terraform.POLICIES.get(b.label(0)) : null;
            if (attributes != null) {
                for (String a : new TreeSet<>(attributes.keySet())) {
                    Node v = b.body().get(a);
                    if (v != null) {
                        attribute(v, "resource." + b.label(0) + "." + b.label(1) + "." + a, attributes.get(a));
                    }
                }
            } else if (isDocument(b)) {
                documents.add(b);
            }
        }
        if (documents.isEmpty()) {
            return;
        }
        Map<String, PolicyKind> kinds = new HashMap<>();
        Set<String> partsOnly = partsOnly(kinds);
        for (HclBlocks.Block d : documents) {
            String name = d.label(1);
            if (kinds.containsKey(name) || !partsOnly.contains(name)) {
                ObjectNode doc = render(new Document(self, d));
                if (doc != null) {
                    ctx.policy(
                            "data." + DOCUMENT + "." + name,
                            kinds.getOrDefault(name, PolicyKind.IDENTITY),
                            doc,
                            PolicySize.of(doc));
                }
            }
        }
    }

    /** A policy attribute; references and other expressions are values only Terraform knows, left out. */
    private void attribute(Node v, String path, PolicyKind kind) {
        if ("jsonencode".equals(HclReader.function(v))
                && v instanceof ArrayNode call
                && call.size() == 1
                && call.get(0) instanceof ObjectNode o) {
            ObjectNode doc = (ObjectNode) HclValues.toJson(o);
            ctx.policy(path, kind, doc, PolicySize.of(doc));
        } else if (v instanceof ScalarNode s && s.tag() == null && HclValues.documentReference(self.hcl(), v) == null) {
            HclTemplate t = self.hcl().template(s.location());
            ObjectNode doc = t == null ? null : embedded(self, t, path, true);
            if (doc != null) {
                ctx.policy(path, kind, doc, PolicySize.ofText(t.source()));
            }
        }
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

    private ObjectNode render(Document d) {
        String key = d.file().path() + "#" + d.block().label(1);
        if (rendering.size() >= MAX_DOCUMENT_NESTING || !rendering.add(key)) {
            return null; // a document that includes itself cannot be rendered by Terraform either
        }
        try {
            return PolicyDocuments.render(d.block(), e -> part(d.file(), e));
        } finally {
            rendering.remove(key);
        }
    }

    /** The document an element of a source or override list stands for, or {@code null}. */
    private ObjectNode part(ModuleFile file, Node e) {
        String reference = HclValues.documentReference(file.hcl(), e);
        ModuleFile origin = file;
        ObjectNode doc = null;
        if (reference != null) {
            Document target = document(reference);
            if (target != null) {
                origin = target.file();
                doc = render(target);
            }
        } else if ("jsonencode".equals(HclReader.function(e)) && e instanceof ArrayNode call && call.size() == 1) {
            doc = HclValues.toJson(call.get(0)) instanceof ObjectNode o ? o : null;
        } else if (e instanceof ScalarNode s && s.tag() == null && file.hcl().template(s.location()) != null) {
            doc = embedded(file, file.hcl().template(s.location()), "", false);
        }
        if (doc != null && origin != self) {
            Location at = e.location();
            doc = (ObjectNode) EmbeddedPolicy.relocate(doc, l -> at);
        }
        return doc;
    }

    private Document document(String name) {
        for (ModuleFile f : module()) {
            for (HclBlocks.Block b : HclBlocks.of(f.hcl().body())) {
                if (isDocument(b) && name.equals(b.label(1))) {
                    return new Document(f, b);
                }
            }
        }
        return null;
    }

    /**
     * Fills {@code kinds} with the kind of the first policy attribute referencing each document, and returns the
     * documents every mention of which is an element of a source or override list.
     */
    private Set<String> partsOnly(Map<String, PolicyKind> kinds) {
        Map<String, Integer> asPart = new HashMap<>();
        for (ModuleFile f : module()) {
            for (HclBlocks.Block b : HclBlocks.of(f.hcl().body())) {
                Map<String, PolicyKind> attributes =
                        b.type().equals("resource") && b.labels().size() == 2
                                ? Terraform.POLICIES.get(b.label(0))
                                : null;
                if (attributes != null) {
                    for (String a : new TreeSet<>(attributes.keySet())) {
                        String ref = b.body().get(a) == null
                                ? null
                                : HclValues.documentReference(f.hcl(), b.body().get(a));
                        if (ref != null) {
                            kinds.putIfAbsent(ref, attributes.get(a));
                        }
                    }
                } else if (isDocument(b)) {
                    for (String list : List.of(
                            "source_policy_documents", "override_policy_documents", "source_json", "override_json")) {
                        Node n = b.body().get(list);
                        List<Node> elements = n instanceof ArrayNode a && HclReader.function(a) == null
                                ? a.elements()
                                : n == null ? List.of() : List.of(n);
                        for (Node e : elements) {
                            String ref = HclValues.documentReference(f.hcl(), e);
                            if (ref != null) {
                                asPart.merge(ref, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        Set<String> out = new HashSet<>();
        asPart.forEach((name, count) -> {
            Pattern mention =
                    Pattern.compile("data\\." + DOCUMENT + "\\." + Pattern.quote(name) + "\\.(json|minified_json)\\b");
            int total = 0;
            for (ModuleFile f : module()) {
                Matcher m = mention.matcher(f.text());
                while (m.find()) {
                    total++;
                }
            }
            if (total <= count) {
                out.add(name);
            }
        });
        return out;
    }

    private static boolean isDocument(HclBlocks.Block b) {
        return b.type().equals("data") && b.labels().size() == 2 && DOCUMENT.equals(b.label(0));
    }

    /** This file and the other {@code *.tf} files of its directory that read; read once. */
    private List<ModuleFile> module() {
        if (module != null) {
            return module;
        }
        module = new ArrayList<>();
        module.add(self);
        Path dir = self.path().getParent();
        if (dir == null) {
            return module;
        }
        List<Path> siblings = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.tf")) {
            files.forEach(siblings::add);
        } catch (IOException | RuntimeException e) {
            return module; // the file's own documents still count
        }
        siblings.sort(null);
        for (Path p : siblings) {
            if (module.size() >= MAX_MODULE_FILES) {
                break;
            }
            ModuleFile f = p.getFileName().equals(self.path().getFileName()) ? null : read(p);
            if (f != null) {
                module.add(f);
            }
        }
        return module;
    }

    /** A neighbour file, or {@code null} when it cannot be read: its own extraction reports why. */
    private ModuleFile read(Path p) {
        try {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(p) > ctx.reader.limits().maxFileBytes()) {
                return null;
            }
            String text = TreeReader.reserveEngineMarks(TreeReader.decodeUtf8(Files.readAllBytes(p)));
            return new ModuleFile(p, text, new HclReader(ctx.reader.limits()).read(text), new LineIndex(text));
        } catch (IOException | TreeParseException | RuntimeException e) {
            return null;
        }
    }
}
