package io.github.iampolicy.engine.model;

import io.github.iampolicy.engine.tree.ObjectNode;

/**
 * One policy document found in a file.
 *
 * @param file       path relative to the project base directory, with {@code /} separators
 * @param policyPath where the document sits inside the file, e.g.
 *                   {@code Resources.SelfServicePolicy.Properties.PolicyDocument}; empty for a whole-file policy
 * @param kind       what the container says the policy is attached to
 * @param document   the document, with template values already resolved
 * @param sizeChars  non-whitespace characters of the document as AWS would receive it, or -1 when unknown
 */
public record Policy(String file, String policyPath, PolicyKind kind, ObjectNode document, int sizeChars) {}
