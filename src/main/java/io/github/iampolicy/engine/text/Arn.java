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
package io.github.iampolicy.engine.text;

/**
 * An ARN split into its six fields: {@code arn:partition:service:region:account:resource}. The resource
 * field keeps any further {@code :} and {@code /}.
 */
public record Arn(String partition, String service, String region, String account, String resource) {

    /**
     * The ARN of {@code s}, or {@code null} when it is not ARN shaped (as
     * src/site/markdown/rules/index.md defines it: starts with
     * {@code arn:} and has at least six {@code :}-separated fields).
     */
    public static Arn parse(String s) {
        if (!s.startsWith("arn:")) {
            return null;
        }
        String[] f = s.split(":", 6);
        if (f.length < 6) {
            return null;
        }
        return new Arn(f[1], f[2], f[3], f[4], f[5]);
    }

    public static boolean isArnShaped(String s) {
        return parse(s) != null;
    }

    /** The resource type part of the resource field: text before the first {@code /} (or {@code :}). */
    public String resourceTypePrefix() {
        int cut = resource.length();
        int slash = resource.indexOf('/');
        int colon = resource.indexOf(':');
        if (slash >= 0) {
            cut = slash;
        }
        if (colon >= 0 && colon < cut) {
            cut = colon;
        }
        return resource.substring(0, cut);
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
