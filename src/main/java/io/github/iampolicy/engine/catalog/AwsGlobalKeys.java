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
package io.github.iampolicy.engine.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The global condition keys ({@code aws:...}) with their types, from AWS's "AWS global condition context
 * keys" page: the one table of them that the catalog's type lookups, IAM009's check of {@code ${aws:...}}
 * policy variables and the suggestions of IAM013 all read. The Service Authorization Reference data the
 * catalog is generated from lists only the tag keys among them, per service, so this table is kept by hand;
 * it is immutable.
 *
 * <p>{@code aws:RequestTag/}, {@code aws:ResourceTag/} and {@code aws:TagKeys} are here for their types only:
 * whether a request carries them depends on the action, which the generated catalog says.
 */
public final class AwsGlobalKeys {

    /**
     * Every known global key. The order matters only to suggestions: of two keys equally close to a
     * misspelling, the earlier is suggested.
     */
    public static final List<ConditionKey> ALL = List.of(
            key("aws:username", "String"),
            key("aws:userid", "String"),
            key("aws:PrincipalArn", "ARN"),
            key("aws:PrincipalAccount", "String"),
            key("aws:PrincipalOrgID", "String"),
            key("aws:PrincipalOrgPaths", "ArrayOfString"),
            key("aws:PrincipalTag/${TagKey}", "String"),
            key("aws:PrincipalType", "String"),
            key("aws:PrincipalIsAWSService", "Bool"),
            key("aws:PrincipalServiceName", "String"),
            key("aws:PrincipalServiceNamesList", "ArrayOfString"),
            key("aws:SourceIdentity", "String"),
            key("aws:FederatedProvider", "String"),
            // AWS documents no comparison type for it; left untyped so that no type check guesses
            new ConditionKey("aws:AssumedRoot", null, false),
            key("aws:CurrentTime", "Date"),
            // a Date that AWS also compares with the Numeric operators (seconds since the epoch)
            key("aws:EpochTime", "Date"),
            key("aws:TokenIssueTime", "Date"),
            key("aws:MultiFactorAuthAge", "Numeric"),
            key("aws:MultiFactorAuthPresent", "Bool"),
            key("aws:SecureTransport", "Bool"),
            key("aws:SourceIp", "IPAddress"),
            key("aws:SourceVpc", "String"),
            key("aws:SourceVpce", "String"),
            key("aws:SourceVpcArn", "ARN"),
            key("aws:VpcSourceIp", "IPAddress"),
            key("aws:SourceArn", "ARN"),
            key("aws:SourceAccount", "String"),
            // the older form of aws:SourceAccount that SNS, SES and S3 notifications still document; it is not
            // on the global-keys page, so it is neither a policy variable IAM009 accepts nor a suggestion
            key("aws:SourceOwner", "String"),
            key("aws:SourceOrgID", "String"),
            key("aws:SourceOrgPaths", "ArrayOfString"),
            key("aws:Ec2InstanceSourceVpc", "String"),
            key("aws:Ec2InstanceSourcePrivateIPv4", "IPAddress"),
            key("aws:VpceAccount", "String"),
            key("aws:VpceOrgID", "String"),
            key("aws:VpceOrgPaths", "ArrayOfString"),
            key("aws:CalledVia", "ArrayOfString"),
            key("aws:CalledViaFirst", "String"),
            key("aws:CalledViaLast", "String"),
            key("aws:ViaAWSService", "Bool"),
            key("aws:RequestedRegion", "String"),
            key("aws:RequestTag/${TagKey}", "String"),
            key("aws:ResourceAccount", "String"),
            key("aws:ResourceOrgID", "String"),
            key("aws:ResourceOrgPaths", "ArrayOfString"),
            key("aws:ResourceTag/${TagKey}", "String"),
            key("aws:TagKeys", "ArrayOfString"),
            key("aws:UserAgent", "String"),
            key("aws:Referer", "String"),
            key("aws:ChatbotSourceArn", "ARN"));

    /** Keys that services document but AWS's global-keys page does not list. */
    private static final Set<String> NOT_ON_GLOBAL_PAGE = Set.of("aws:SourceOwner");

    /** The keys of {@link #ALL} that AWS's global-keys page lists, in the same order. */
    private static final List<ConditionKey> ON_GLOBAL_PAGE = onPage();

    private AwsGlobalKeys() {}

    /** The global key {@code key} is (any case) or belongs to, or {@code null}. */
    public static ConditionKey find(String key) {
        for (ConditionKey k : ALL) {
            if (k.matches(key)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The keys AWS's global-keys page lists (all of {@link #ALL} but those only services document), in the
     * order of {@link #ALL}.
     */
    public static List<ConditionKey> onGlobalPage() {
        return ON_GLOBAL_PAGE;
    }

    /** Whether the global key applies to a request only when the action says so (the tag keys). */
    public static boolean isActionSpecific(ConditionKey key) {
        String n = key.name();
        return n.startsWith("aws:RequestTag/") || n.startsWith("aws:ResourceTag/") || n.equals("aws:TagKeys");
    }

    private static List<ConditionKey> onPage() {
        List<ConditionKey> out = new ArrayList<>(ALL.size());
        for (ConditionKey k : ALL) {
            if (!NOT_ON_GLOBAL_PAGE.contains(k.name())) {
                out.add(k);
            }
        }
        return List.copyOf(out);
    }

    private static ConditionKey key(String name, String type) {
        return ConditionKey.of(name, type);
    }
}
