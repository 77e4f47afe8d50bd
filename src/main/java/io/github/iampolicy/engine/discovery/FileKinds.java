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

import io.github.iampolicy.engine.tree.TreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Decides what kind of file a source file is (JSON, YAML, HCL, a Terraform plan) and whether one that cannot be
 * read may hold a policy, from its name and its first bytes, before any parser runs.
 */
final class FileKinds {

    private FileKinds() {}

    private static final int PEEK_BYTES = 64 * 1024;
    private static final List<String> OVERSIZE_MARKERS =
            List.of("Statement", "PolicyDocument", "AWS::IAM::", "aws_iam_");

    /** Terraform's native syntax: {@code *.tf} (not {@code *.tf.json}, which is JSON). */
    static boolean isHcl(SourceFile f) {
        return f.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tf");
    }

    /**
     * Whether a file that cannot be read may hold a policy. An HCL policy has no quoted {@code "Statement"}, so
     * a {@code .tf} file counts when it names IAM resources or statements at all.
     */
    static boolean policyLike(SourceFile f, String text) {
        return PolicyExtractor.looksLikePolicy(text) || (isHcl(f) && mayHoldPolicy(text));
    }

    /** The syntax by file name; {@code .template} and unknown extensions by their first character. */
    static TreeReader.Syntax syntax(SourceFile f, String text) {
        String name = f.path().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return TreeReader.Syntax.JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return TreeReader.Syntax.YAML;
        }
        String start = text.stripLeading();
        boolean json = start.startsWith("{") || (!name.endsWith(".template") && start.startsWith("["));
        return json ? TreeReader.Syntax.JSON : TreeReader.Syntax.YAML;
    }

    /**
     * Whether a file too large to read may hold a policy. Only its start is looked at, so any one marker of a
     * policy or of a template that holds policies counts: padding the elements that {@link PolicyExtractor#looksLikePolicy}
     * needs past the window must not turn an unchecked policy into a note.
     */
    static boolean peek(SourceFile f) {
        try (InputStream in = Files.newInputStream(f.path())) {
            return mayHoldPolicy(new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            return true;
        }
    }

    static TreeReader.Syntax syntaxByName(SourceFile f) {
        String name = f.path().getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? TreeReader.Syntax.JSON : TreeReader.Syntax.YAML;
    }

    static boolean isPlan(SourceFile f) {
        try (InputStream in = Files.newInputStream(f.path())) {
            return TerraformPlanStream.looksLikePlan(new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    static boolean mayHoldPolicy(String start) {
        for (String marker : OVERSIZE_MARKERS) {
            if (start.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
