package io.github.iampolicy.engine.discovery;

import io.github.iampolicy.engine.tree.Location;

/**
 * A file that could not be read or parsed, in whole or in part.
 *
 * @param policyLike  the file's text looks like a policy (RULES.md section 1: {@code "Statement"} or
 *                    {@code Statement:} together with {@code Effect} or {@code Action}); only then is a
 *                    parse problem an IAM001 error, otherwise the file is skipped with a debug line
 * @param limit       a configured bound (size, depth, length, aliases, documents) was exceeded
 */
public record FileProblem(Location location, String message, boolean policyLike, boolean limit) {}
