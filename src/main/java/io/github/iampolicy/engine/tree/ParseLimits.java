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
package io.github.iampolicy.engine.tree;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds that keep a crafted file from exhausting memory or time. Every limit except the statement count is
 * enforced while reading, before the offending element is held in memory; the statement count is enforced
 * before any rule looks at a policy.
 *
 * @param maxFileBytes      largest file read at all
 * @param maxDepth          deepest nesting of objects and arrays; at most {@link #MAX_DEPTH_CEILING} because the
 *                          trees are walked recursively and a thread's stack is finite
 * @param maxStringLength   longest string value or key, in characters
 * @param maxNumberLength   longest number literal, in characters
 * @param maxDocuments      most YAML documents in one file
 * @param maxAliases        most YAML aliases in one file (CloudFormation does not expand them; we never do)
 * @param maxStatements     most statements in one policy
 */
public record ParseLimits(
        long maxFileBytes,
        int maxDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxDocuments,
        int maxAliases,
        int maxStatements) {

    /** The highest nesting depth that may be configured (see {@link #maxDepth()}). */
    public static final int MAX_DEPTH_CEILING = 1_000;

    public static final long DEFAULT_FILE_BYTES = 10L * 1024 * 1024;

    public static final ParseLimits DEFAULT = new ParseLimits(DEFAULT_FILE_BYTES, 200, 1_000_000, 100, 100, 100, 1_000);

    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)");

    public ParseLimits {
        if (maxFileBytes <= 0
                || maxDepth <= 0
                || maxStringLength <= 0
                || maxNumberLength <= 0
                || maxDocuments <= 0
                || maxAliases < 0
                || maxStatements <= 0) {
            throw new IllegalArgumentException("parse limits must be positive (maxAliases may be 0)");
        }
        if (maxDepth > MAX_DEPTH_CEILING) {
            throw new IllegalArgumentException("the nesting depth limit may be at most " + MAX_DEPTH_CEILING);
        }
    }

    /** The limits before statement counts were bounded; the statement limit takes its default. */
    public ParseLimits(
            long maxFileBytes,
            int maxDepth,
            int maxStringLength,
            int maxNumberLength,
            int maxDocuments,
            int maxAliases) {
        this(maxFileBytes, maxDepth, maxStringLength, maxNumberLength, maxDocuments, maxAliases, 1_000);
    }

    public ParseLimits withMaxFileBytes(long v) {
        return new ParseLimits(v, maxDepth, maxStringLength, maxNumberLength, maxDocuments, maxAliases, maxStatements);
    }

    public ParseLimits withMaxDepth(int v) {
        return new ParseLimits(
                maxFileBytes, v, maxStringLength, maxNumberLength, maxDocuments, maxAliases, maxStatements);
    }

    public ParseLimits withMaxStringLength(int v) {
        return new ParseLimits(maxFileBytes, maxDepth, v, maxNumberLength, maxDocuments, maxAliases, maxStatements);
    }

    public ParseLimits withMaxNumberLength(int v) {
        return new ParseLimits(maxFileBytes, maxDepth, maxStringLength, v, maxDocuments, maxAliases, maxStatements);
    }

    public ParseLimits withMaxDocuments(int v) {
        return new ParseLimits(maxFileBytes, maxDepth, maxStringLength, maxNumberLength, v, maxAliases, maxStatements);
    }

    public ParseLimits withMaxAliases(int v) {
        return new ParseLimits(
                maxFileBytes, maxDepth, maxStringLength, maxNumberLength, maxDocuments, v, maxStatements);
    }

    public ParseLimits withMaxStatements(int v) {
        return new ParseLimits(maxFileBytes, maxDepth, maxStringLength, maxNumberLength, maxDocuments, maxAliases, v);
    }

    /**
     * Parses a byte size: a whole number of bytes, optionally followed by a unit {@code B}, {@code KB},
     * {@code MB} or {@code GB} (case-insensitive, binary multiples: {@code 1KB} = 1024 bytes; {@code KiB} etc. are
     * accepted too), e.g. {@code 10MB}, {@code 512KB}, {@code 1048576}.
     *
     * @throws IllegalArgumentException when the text is no such size, is zero, or overflows
     */
    public static long parseSize(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a size: expected bytes or a number with KB, MB" + " or GB, e.g. 10MB");
        }
        int shift = switch (m.group(2)) {
            case "k", "kb", "kib" -> 10;
            case "m", "mb", "mib" -> 20;
            case "g", "gb", "gib" -> 30;
            default -> 0;
        };
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too large a size");
        }
        if (n == 0) {
            throw new IllegalArgumentException("'" + text + "': the size must be positive");
        }
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + text + "' is too large a size");
        }
        return n << shift;
    }
}
