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
package io.github.iampolicy.engine.rules.selfmanage;

import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.text.Arn;
import io.github.iampolicy.engine.text.Glob;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words for messages about credential actions, and the self-scoped resource to suggest. */
final class Credentials {

    private Credentials() {}

    /** What the actions act on, e.g. {@code access keys and console passwords}. */
    static String kinds(List<ActionInfo> actions) {
        Set<String> kinds = new LinkedHashSet<>();
        for (ActionInfo a : actions) {
            kinds.add(kind(a.name()));
        }
        List<String> k = new ArrayList<>(kinds);
        if (k.size() == 1) {
            return k.get(0);
        }
        return String.join(", ", k.subList(0, k.size() - 1)) + " and " + k.get(k.size() - 1);
    }

    private static String kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("accesskey")) {
            return "access keys";
        }
        if (n.contains("loginprofile") || n.equals("changepassword")) {
            return "console passwords";
        }
        if (n.contains("sshpublickey")) {
            return "SSH public keys";
        }
        if (n.contains("signingcertificate")) {
            return "signing certificates";
        }
        if (n.contains("servicespecificcredential")) {
            return "service-specific credentials";
        }
        if (n.contains("mfadevice")) {
            return "MFA devices";
        }
        if (n.equals("getuser")) {
            return "user details";
        }
        return "credentials";
    }

    /**
     * The self-scoped resource to suggest: {@code arn:<partition>:iam::*:<type>/${aws:username}}, keeping a
     * literal partition of the first covering entry ({@code aws-cn}, {@code aws-us-gov}).
     */
    static String selfScoped(List<ScalarNode> covering, String type) {
        String partition = "aws";
        if (!covering.isEmpty()) {
            Arn arn = Arn.parse(covering.get(0).value());
            if (arn != null
                    && !arn.partition().isEmpty()
                    && !Glob.hasWildcard(arn.partition())
                    && arn.partition().startsWith("aws")) {
                partition = arn.partition();
            }
        }
        return "arn:" + partition + ":iam::*:" + type + "/${aws:username}";
    }

    static List<String> names(List<ActionInfo> actions) {
        return actions.stream().map(ActionInfo::fullName).toList();
    }
}
