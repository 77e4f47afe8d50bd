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
package io.github.iampolicy.engine.rules.document;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.AwsGlobalKeys;
import io.github.iampolicy.engine.catalog.ConditionKey;
import io.github.iampolicy.engine.model.Severity;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.text.Values;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the condition rules share: operators taken apart, the services of a statement, and key lookup. */
final class Conditions {

    /**
     * A condition operator taken apart.
     *
     * @param set      {@code forallvalues}, {@code foranyvalue} or {@code null}
     * @param base     the operator without set prefix and {@code IfExists}, lower case ({@code stringequals})
     * @param ifExists whether it ends in {@code IfExists}
     */
    record Operator(String set, String base, boolean ifExists) {

        static Operator parse(String operator) {
            String op = operator.toLowerCase(Locale.ROOT);
            String set = null;
            for (String prefix : List.of("forallvalues:", "foranyvalue:")) {
                if (op.startsWith(prefix)) {
                    set = prefix.substring(0, prefix.length() - 1);
                    op = op.substring(prefix.length());
                }
            }
            boolean ifExists = op.endsWith("ifexists");
            if (ifExists) {
                op = op.substring(0, op.length() - "ifexists".length());
            }
            return new Operator(set, op, ifExists);
        }

        boolean isString() {
            return base.startsWith("string");
        }

        boolean isLike() {
            return base.endsWith("like");
        }
    }

    /**
     * Service keys that AWS adds to every request signed with credentials that service issued (an EC2 instance
     * role, a Lambda function, a Glue job, SSM), whatever the action; the data lists them only under the issuing
     * service.
     */
    private static final Set<String> CREDENTIAL_KEYS = Set.of(
            "ec2:sourceinstancearn",
            "ec2:roledelivery",
            "lambda:sourcefunctionarn",
            "glue:roleassumedby",
            "glue:credentialissuingservice",
            "ssm:sourceinstancearn");

    private Conditions() {}

    /** Whether the key comes with the credentials rather than with the action (see {@link #CREDENTIAL_KEYS}). */
    static boolean isCredentialKey(String key) {
        return CREDENTIAL_KEYS.contains(key.toLowerCase(Locale.ROOT));
    }

    /** The statement's conditions whose keys and values are all known: the others are decided at deploy time. */
    static List<Statement.Condition> known(Statement s) {
        return s.conditions().stream().filter(c -> !unknown(c)).toList();
    }

    /** Whether a key or value holds something only known at deploy time (a template reference). */
    static boolean unknown(Statement.Condition c) {
        return Values.hasUnknown(c.key()) || c.texts().stream().anyMatch(Values::hasUnknown);
    }

    /**
     * Whether a value is written for a template engine or a policy variable ({@code {{sourceIp}}},
     * {@code <cidr>}, {@code ${aws:CurrentTime}}): its format is only known once filled in.
     */
    static boolean templated(String value) {
        return value.indexOf('{') >= 0 || value.indexOf('<') >= 0 || value.indexOf('$') >= 0;
    }

    /**
     * The service prefixes the statement's {@code Action} names, lower case; {@code null} when they cannot be
     * listed: a {@code NotAction}, no {@code Action}, an unknown value, or a wildcard in a service part.
     */
    static Set<String> services(Statement s) {
        if (s.action() == null || s.action().isEmpty()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (var n : s.action()) {
            String a = n.value();
            int colon = a.indexOf(':');
            if (Values.hasUnknown(a) || colon <= 0 || Glob.hasWildcard(a.substring(0, colon))) {
                return null;
            }
            out.add(a.substring(0, colon).strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The prefix of a key ({@code s3} of {@code s3:prefix}), lower case, or {@code null} without one. */
    static String prefix(String key) {
        int colon = key.indexOf(':');
        return colon <= 0 ? null : key.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /**
     * The key with its type: a global key from AWS's table, else the first definition among the statement's
     * services and the key's own service; {@code null} when neither defines it.
     */
    static ConditionKey find(ActionCatalog catalog, Statement s, String key) {
        ConditionKey global = AwsGlobalKeys.find(key);
        if (global != null) {
            return global;
        }
        Set<String> services = services(s);
        if (services != null) {
            for (String service : services) {
                ConditionKey k = catalog.conditionKey(service, key);
                if (k != null) {
                    return k;
                }
            }
        }
        String prefix = prefix(key);
        return prefix == null ? null : catalog.conditionKey(prefix, key);
    }

    /** A Deny that never applies lets through what it was written to stop, so it is worse than a dead Allow. */
    static Severity failOpen(Statement s) {
        return s.isDeny() ? Severity.ERROR : Severity.WARNING;
    }
}
