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

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The global {@code aws:} condition keys AWS documents ("AWS global condition context keys"), for IAM009's
 * check of {@code ${aws:...}} policy variables. Names compare case-insensitively, as AWS compares them.
 * Multi-valued keys (e.g. {@code aws:TagKeys}) are listed too: using one as a variable is a different
 * mistake from misspelling a key, and not one IAM009 claims to find.
 */
final class GlobalConditionKeys {

    /** Keys followed by {@code /} and a tag key. */
    static final List<String> TAG_PREFIXES = List.of("aws:PrincipalTag/", "aws:RequestTag/", "aws:ResourceTag/");

    static final List<String> KEYS = List.of(
            "aws:username",
            "aws:userid",
            "aws:PrincipalArn",
            "aws:PrincipalAccount",
            "aws:PrincipalOrgID",
            "aws:PrincipalOrgPaths",
            "aws:PrincipalType",
            "aws:PrincipalIsAWSService",
            "aws:PrincipalServiceName",
            "aws:PrincipalServiceNamesList",
            "aws:SourceIdentity",
            "aws:FederatedProvider",
            "aws:AssumedRoot",
            "aws:CurrentTime",
            "aws:EpochTime",
            "aws:TokenIssueTime",
            "aws:MultiFactorAuthAge",
            "aws:MultiFactorAuthPresent",
            "aws:SecureTransport",
            "aws:SourceIp",
            "aws:SourceVpc",
            "aws:SourceVpce",
            "aws:SourceVpcArn",
            "aws:VpcSourceIp",
            "aws:SourceArn",
            "aws:SourceAccount",
            "aws:SourceOrgID",
            "aws:SourceOrgPaths",
            "aws:Ec2InstanceSourceVpc",
            "aws:Ec2InstanceSourcePrivateIPv4",
            "aws:VpceAccount",
            "aws:VpceOrgID",
            "aws:VpceOrgPaths",
            "aws:CalledVia",
            "aws:CalledViaFirst",
            "aws:CalledViaLast",
            "aws:ViaAWSService",
            "aws:RequestedRegion",
            "aws:ResourceAccount",
            "aws:ResourceOrgID",
            "aws:ResourceOrgPaths",
            "aws:TagKeys",
            "aws:UserAgent",
            "aws:Referer",
            "aws:ChatbotSourceArn");

    private static final Set<String> LOWER =
            KEYS.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private GlobalConditionKeys() {}

    /** Whether {@code key} ({@code aws:...}, any case) is a documented global key or a tag key. */
    static boolean isKnown(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (LOWER.contains(k)) {
            return true;
        }
        for (String prefix : TAG_PREFIXES) {
            String p = prefix.toLowerCase(Locale.ROOT);
            if (k.startsWith(p) && k.length() > p.length()) {
                return true;
            }
        }
        return false;
    }

    /** The documented key closest to {@code key} (at most two edits, ignoring case), or {@code null}. */
    static String closest(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String candidate : KEYS) {
            int d = Edits.distance(k, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        for (String prefix : TAG_PREFIXES) {
            String p = prefix.toLowerCase(Locale.ROOT);
            int slash = k.indexOf('/');
            if (slash > 0
                    && slash < k.length() - 1
                    && Edits.distance(k.substring(0, slash + 1), p, bestDistance) < bestDistance) {
                return prefix + key.substring(slash + 1);
            }
        }
        return best;
    }
}
