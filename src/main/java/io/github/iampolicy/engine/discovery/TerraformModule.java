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
import io.github.iampolicy.engine.hcl.HclValues;
import io.github.iampolicy.engine.hcl.LineIndex;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.tree.ArrayNode;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ParseLimits;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Terraform module as far as discovery needs it: the {@code *.tf} files of one directory, the reported file
 * first, the others read on first use (a file that does not read is left out: its own extraction reports it).
 */
final class TerraformModule {

    static final String DOCUMENT = "aws_iam_policy_document";
    /** Bounds the work a directory of many files can cause: each file may parse its neighbours. */
    private static final int MAX_MODULE_FILES = 100;

    /** A mention of a document's JSON anywhere in the text, comments included (then it counts as a use). */
    private static final Pattern MENTION = Pattern.compile("data\\." + DOCUMENT
            + "\\.([A-Za-z_][A-Za-z0-9_-]*)\\s*(\\[[^\\]\\n]{0,200}])?\\s*\\.\\s*(json|minified_json)\\b");

    /** One parsed file. */
    record ModuleFile(Path path, String text, HclFile hcl, LineIndex index) {}

    /** A {@code data "aws_iam_policy_document"} block and its file. */
    record Document(ModuleFile file, HclBlocks.Block block) {}

    /** A policy attribute of a resource: its path, its value as written and the kind of policy it holds. */
    record Site(String path, Node value, PolicyKind kind) {}

    /** A {@code locals} attribute and the file it is declared in. */
    record Local(ModuleFile file, Node value) {}

    private static final Pattern LOCAL = Pattern.compile("local\\.([A-Za-z_][A-Za-z0-9_-]*)");

    private final ModuleFile self;
    private final ParseLimits limits;
    private List<ModuleFile> files;

    TerraformModule(ModuleFile self, ParseLimits limits) {
        this.self = self;
        this.limits = limits;
    }

    Document document(String name) {
        for (ModuleFile f : files()) {
            for (HclBlocks.Block b : HclBlocks.of(f.hcl().body())) {
                if (isDocument(b) && name.equals(b.label(1))) {
                    return new Document(f, b);
                }
            }
        }
        return null;
    }

    /**
     * The policy attributes of a resource block, its nested blocks' ({@link Terraform#NESTED}) included, in a
     * stable order; empty for any other block. Nested blocks made by {@code dynamic} from their iterator are
     * left out (see {@link HclBlocks#named}).
     */
    static List<Site> sites(HclBlocks.Block b) {
        Map<String, PolicyKind> attributes =
                b.type().equals("resource") && b.labels().size() == 2 ? Terraform.POLICIES.get(b.label(0)) : null;
        if (attributes == null) {
            return List.of();
        }
        String path = "resource." + b.label(0) + "." + b.label(1);
        List<Site> out = new ArrayList<>();
        for (String a : new TreeSet<>(attributes.keySet())) {
            if (b.body().get(a) != null) {
                out.add(new Site(path + "." + a, b.body().get(a), attributes.get(a)));
            }
        }
        for (Map.Entry<String, Map<String, PolicyKind>> nested :
                new java.util.TreeMap<>(Terraform.NESTED.getOrDefault(b.label(0), Map.of())).entrySet()) {
            List<HclBlocks.Block> blocks = HclBlocks.named(b.body(), nested.getKey());
            for (int i = 0; i < blocks.size(); i++) {
                String at = path + "." + nested.getKey() + (blocks.size() > 1 ? "[" + i + "]" : "");
                for (String a : new TreeSet<>(nested.getValue().keySet())) {
                    Node v = blocks.get(i).body().get(a);
                    if (v != null) {
                        out.add(new Site(at + "." + a, v, nested.getValue().get(a)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The local value {@code n} names ({@code local.x}, bare or as the only interpolation of a string), or
     * {@code null} when it names none of this module's locals.
     */
    Local local(HclFile file, Node n) {
        String reference = null;
        if (n instanceof ScalarNode s && HclReader.REF.equals(s.tag())) {
            reference = s.raw();
        } else if (n instanceof ScalarNode s && s.tag() == null && file.template(s.location()) != null) {
            reference = file.template(s.location()).soleInterpolation();
        }
        Matcher m = reference == null ? null : LOCAL.matcher(reference.trim());
        if (m == null || !m.matches()) {
            return null;
        }
        for (ModuleFile f : files()) {
            for (HclBlocks.Block b : HclBlocks.of(f.hcl().body())) {
                if (b.type().equals("locals")
                        && b.labels().isEmpty()
                        && b.body().get(m.group(1)) != null) {
                    return new Local(f, b.body().get(m.group(1)));
                }
            }
        }
        return null;
    }

    /**
     * Fills {@code kinds} with the kind of the first policy attribute referencing each document, and returns the
     * documents every mention of which is an element of a source or override list.
     */
    Set<String> partsOnly(Map<String, PolicyKind> kinds) {
        Map<String, Integer> asPart = new HashMap<>();
        for (ModuleFile f : files()) {
            for (HclBlocks.Block b : HclBlocks.of(f.hcl().body())) {
                for (Site site : sites(b)) {
                    String ref = HclValues.documentReference(f.hcl(), site.value());
                    if (ref != null) {
                        kinds.putIfAbsent(ref, site.kind());
                    }
                }
                if (isDocument(b)) {
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
        Map<String, Integer> mentions = new HashMap<>();
        for (ModuleFile f : files()) {
            Matcher m = MENTION.matcher(f.text());
            while (m.find()) {
                mentions.merge(m.group(1), 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        asPart.forEach((name, count) -> {
            if (mentions.getOrDefault(name, 0) <= count) {
                out.add(name);
            }
        });
        return out;
    }

    static boolean isDocument(HclBlocks.Block b) {
        return b.type().equals("data") && b.labels().size() == 2 && DOCUMENT.equals(b.label(0));
    }

    /** This file and the other {@code *.tf} files of its directory that read; read once. */
    List<ModuleFile> files() {
        if (files != null) {
            return files;
        }
        files = new ArrayList<>();
        files.add(self);
        Path dir = self.path().getParent();
        if (dir == null) {
            return files;
        }
        List<Path> siblings = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, "*.tf")) {
            listing.forEach(siblings::add);
        } catch (IOException | RuntimeException e) {
            return files; // the file's own documents still count
        }
        siblings.sort(null);
        // every file of a directory may read all the others: bound what one file reads to one file's worth
        long budget = limits.maxFileBytes();
        for (Path p : siblings) {
            if (files.size() >= MAX_MODULE_FILES) {
                break;
            }
            ModuleFile f = p.getFileName().equals(self.path().getFileName()) ? null : read(p, budget);
            budget -= f == null ? 0 : f.text().length();
            if (f != null) {
                files.add(f);
            }
        }
        return files;
    }

    /** A neighbour file, or {@code null} when it cannot be read: its own extraction reports why. */
    private ModuleFile read(Path p, long budget) {
        try {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > budget) {
                return null;
            }
            String text = TreeReader.reserveEngineMarks(TreeReader.decodeUtf8(Files.readAllBytes(p)));
            return new ModuleFile(p, text, new HclReader(limits).read(text), new LineIndex(text));
        } catch (IOException | TreeParseException | RuntimeException e) {
            return null;
        }
    }
}
