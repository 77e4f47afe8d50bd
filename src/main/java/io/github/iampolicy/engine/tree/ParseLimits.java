package io.github.iampolicy.engine.tree;

/**
 * Bounds that keep a crafted file from exhausting memory or time. Every limit is enforced while reading,
 * before the offending element is held in memory.
 *
 * @param maxFileBytes      largest file read at all
 * @param maxDepth          deepest nesting of objects and arrays
 * @param maxStringLength   longest string value or key, in characters
 * @param maxNumberLength   longest number literal, in characters
 * @param maxDocuments      most YAML documents in one file
 * @param maxAliases        most YAML aliases in one file (CloudFormation does not expand them; we never do)
 */
public record ParseLimits(long maxFileBytes, int maxDepth, int maxStringLength, int maxNumberLength,
        int maxDocuments, int maxAliases) {

    public static final ParseLimits DEFAULT = new ParseLimits(10L * 1024 * 1024, 200, 1_000_000, 100, 100, 100);

    public ParseLimits {
        if (maxFileBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0
                || maxDocuments <= 0 || maxAliases < 0) {
            throw new IllegalArgumentException("parse limits must be positive");
        }
    }
}
