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
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.ParseLimits;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * Reads one candidate file and returns the policies it holds ("How the rules read a
 * policy" in src/site/markdown/rules/index.md).
 *
 * <p>Never throws: whatever goes wrong becomes a located {@link FileProblem}. Immutable and safe to share
 * between threads.
 *
 * <p>Decisions where the specification is silent:
 * <ul>
 *   <li>A file that cannot be read is reported as policy-like: nobody can tell it is not a policy, and a
 *       silently skipped policy is worse than a spurious error. An oversized file is judged by its first
 *       64 KiB.</li>
 *   <li>A top-level {@code Statement} makes the file a plain policy; otherwise every other shape is tried
 *       (a file may be, say, both a plan and hold a {@code PolicyDocument}).</li>
 *   <li>The documents of a multi-document YAML file are numbered in the policy path ({@code [1].Resources...}).</li>
 *   <li>Files of other extensions (custom includes) are read as JSON when they start with <code>{</code> or
 *       {@code [}, else as YAML.</li>
 *   <li>{@code *.tf} files are Terraform HCL (see {@link TerraformHcl}); one that does not read counts as
 *       policy-like when it mentions {@code aws_iam_} or {@code Statement}, as HCL policies quote neither.</li>
 * </ul>
 */
public final class PolicyExtractor {

    /** The default of {@code maxPlanFileSize}: plans of real infrastructure run to tens of megabytes. */
    public static final long DEFAULT_PLAN_BYTES = 200L * 1024 * 1024;

    private final TreeReader reader;
    private final long maxPlanBytes;

    public PolicyExtractor(ParseLimits limits) {
        this(limits, DEFAULT_PLAN_BYTES);
    }

    /**
     * @param maxPlanBytes the largest Terraform plan read (streaming) when it is larger than
     *                     {@link ParseLimits#maxFileBytes()}
     */
    public PolicyExtractor(ParseLimits limits, long maxPlanBytes) {
        if (maxPlanBytes <= 0) {
            throw new IllegalArgumentException("the plan size limit must be positive");
        }
        this.reader = new TreeReader(limits);
        this.maxPlanBytes = maxPlanBytes;
    }

    public PolicyExtractor() {
        this(ParseLimits.DEFAULT);
    }

    /**
     * As src/site/markdown/rules/index.md says: the text contains {@code "Statement"} or {@code Statement:} together
     * with {@code Effect} or {@code Action}. Decides whether a file that does not parse is an IAM001 error.
     */
    public static boolean looksLikePolicy(String text) {
        return (text.contains("\"Statement\"") || text.contains("Statement:"))
                && (text.contains("Effect") || text.contains("Action"));
    }

    public ExtractedFile extract(SourceFile f) {
        try {
            return read(f);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect, not the file's fault; still reported at the file rather than aborting the build.
            return new ExtractedFile(
                    f,
                    List.of(),
                    List.of(new FileProblem(
                            Location.START, "internal error while reading the file: " + e, true, false)));
        }
    }

    private ExtractedFile read(SourceFile f) {
        long max = reader.limits().maxFileBytes();
        byte[] bytes;
        try {
            long size = Files.size(f.path());
            if (size > max && FileKinds.syntaxByName(f) != TreeReader.Syntax.YAML && FileKinds.isPlan(f)) {
                return plan(f, size);
            }
            if (size > max) {
                return problem(
                        f,
                        new FileProblem(
                                Location.START,
                                "the file has " + size + " bytes, more than the limit of " + max + " (maxFileSize)",
                                FileKinds.peek(f),
                                true));
            }
            bytes = Files.readAllBytes(f.path());
        } catch (IOException | SecurityException e) {
            return problem(f, new FileProblem(Location.START, "the file cannot be read: " + describe(e), true, false));
        }
        String text;
        try {
            text = TreeReader.reserveEngineMarks(TreeReader.decodeUtf8(bytes));
        } catch (TreeParseException e) {
            return problem(
                    f,
                    new FileProblem(
                            e.location(),
                            e.getMessage(),
                            FileKinds.policyLike(f, new String(bytes, StandardCharsets.UTF_8)),
                            e.limitExceeded()));
        }
        if (FileKinds.isHcl(f)) {
            return hcl(f, text);
        }
        TreeReader.Syntax syntax = FileKinds.syntax(f, text);
        TreeReader.Parsed parsed;
        try {
            parsed = reader.readDocuments(text, syntax);
        } catch (TreeParseException e) {
            String message = e.limitExceeded() ? e.getMessage() : "not valid " + syntax + ": " + e.getMessage();
            return problem(f, new FileProblem(e.location(), message, looksLikePolicy(text), e.limitExceeded()));
        }
        List<Node> documents = parsed.documents();
        ExtractionContext ctx = new ExtractionContext(f, text, reader);
        if (!parsed.aliases().isEmpty() && looksLikePolicy(text)) {
            // CloudFormation rejects aliases and we do not expand them: what the policy grants cannot be known.
            TreeReader.Alias first = parsed.aliases().get(0);
            ctx.problem(
                    first.location(),
                    "YAML alias *" + first.name()
                            + (parsed.aliases().size() > 1
                                    ? " (and " + (parsed.aliases().size() - 1) + " more)"
                                    : "")
                            + ": aliases are not expanded (CloudFormation does not accept them), so what the policy"
                            + " grants cannot be checked",
                    true);
        }
        boolean terraformConfig =
                f.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tf.json");
        for (int i = 0; i < documents.size(); i++) {
            ctx.pathPrefix = documents.size() > 1 ? "[" + i + "]." : "";
            if (documents.get(i) instanceof ObjectNode root) {
                shapes(ctx, root, terraformConfig);
            }
        }
        return ctx.result();
    }

    private static void shapes(ExtractionContext ctx, ObjectNode root, boolean terraformConfig) {
        if (AwsDocuments.isPolicy(root)) {
            AwsDocuments.policy(ctx, root);
            return;
        }
        if (terraformConfig) {
            Terraform.extractConfig(ctx, root);
        }
        if (Terraform.isPlan(root)) {
            Terraform.extractPlan(ctx, root);
        }
        if (CloudFormation.isTemplate(root)) {
            CloudFormation.extract(ctx, root);
        }
        AwsDocuments.wrappers(ctx, root);
    }

    private ExtractedFile hcl(SourceFile f, String text) {
        HclFile parsed;
        try {
            parsed = new HclReader(reader.limits()).read(text);
        } catch (TreeParseException e) {
            String message = e.limitExceeded() ? e.getMessage() : "not valid HCL: " + e.getMessage();
            return problem(f, new FileProblem(e.location(), message, FileKinds.policyLike(f, text), e.limitExceeded()));
        }
        ExtractionContext ctx = new ExtractionContext(f, text, reader);
        TerraformHcl.extract(ctx, parsed);
        return ctx.result();
    }

    /**
     * A plan too large for {@code maxFileSize} is read streaming, within {@code maxPlanFileSize}; one larger
     * than that is an error like any oversized policy file.
     */
    private ExtractedFile plan(SourceFile f, long size) {
        if (size > maxPlanBytes) {
            return problem(
                    f,
                    new FileProblem(
                            Location.START,
                            "the Terraform plan has " + size + " bytes, more than the limit of " + maxPlanBytes
                                    + " (maxPlanFileSize)",
                            true,
                            true));
        }
        return TerraformPlanStream.read(f, new TreeReader(reader.limits().withMaxFileBytes(maxPlanBytes)));
    }

    /** A reason without the absolute path or exception class a user cannot act on. */
    private static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static ExtractedFile problem(SourceFile f, FileProblem p) {
        return new ExtractedFile(f, List.of(), List.of(p));
    }
}
