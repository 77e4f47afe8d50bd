/**
 * The document rules IAM001-IAM010 (src/site/markdown/rules/IAM001.md to IAM010.md): problems of a policy document as
 * such (syntax, structure, names, ARNs, variables, size), checked for every policy, identity, trust and resource alike.
 * {@link io.github.iampolicy.engine.rules.document.DocumentRules#ALL} lists them in id order.
 */
package io.github.iampolicy.engine.rules.document;
