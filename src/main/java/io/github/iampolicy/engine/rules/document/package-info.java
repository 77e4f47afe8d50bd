/**
 * The document rules IAM001-IAM010 of RULES.md section 4: problems of a policy document as such (syntax,
 * structure, names, ARNs, variables, size), checked for every policy, identity, trust and resource alike.
 * {@link io.github.iampolicy.engine.rules.document.DocumentRules#ALL} lists them in id order.
 */
package io.github.iampolicy.engine.rules.document;
