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

import java.util.List;

/**
 * The global condition keys ({@code aws:...}) with their types, from AWS's "AWS global condition context
 * keys" page. The Service Authorization Reference data the catalog is generated from lists only the tag keys
 * among them, per service, so this table is kept by hand; it is immutable.
 *
 * <p>{@code aws:RequestTag/}, {@code aws:ResourceTag/} and {@code aws:TagKeys} are here for their types only:
 * whether a request carries them depends on the action, which the generated catalog says.
 */
public final class AwsGlobalKeys {

    /** Every documented global key, in the order of AWS's page. */
    public static final List<ConditionKey> ALL = List.of(
            key("aws:PrincipalArn", "ARN"),
            key("aws:PrincipalAccount", "String"),
            key("aws:PrincipalOrgPaths", "ArrayOfString"),
            key("aws:PrincipalOrgID", "String"),
            key("aws:PrincipalTag/${TagKey}", "String"),
            key("aws:PrincipalIsAWSService", "Bool"),
            key("aws:PrincipalServiceName", "String"),
            key("aws:PrincipalServiceNamesList", "ArrayOfString"),
            key("aws:PrincipalType", "String"),
            key("aws:userid", "String"),
            key("aws:username", "String"),
            // AWS documents no comparison type for it; left untyped so that no type check guesses
            new ConditionKey("aws:AssumedRoot", null, false),
            key("aws:FederatedProvider", "String"),
            key("aws:TokenIssueTime", "Date"),
            key("aws:MultiFactorAuthAge", "Numeric"),
            key("aws:MultiFactorAuthPresent", "Bool"),
            key("aws:ChatbotSourceArn", "ARN"),
            key("aws:Ec2InstanceSourceVpc", "String"),
            key("aws:Ec2InstanceSourcePrivateIPv4", "IPAddress"),
            key("aws:SourceIdentity", "String"),
            key("aws:SourceIp", "IPAddress"),
            key("aws:SourceVpc", "String"),
            key("aws:SourceVpcArn", "ARN"),
            key("aws:SourceVpce", "String"),
            key("aws:VpcSourceIp", "IPAddress"),
            key("aws:VpceAccount", "String"),
            key("aws:VpceOrgID", "String"),
            key("aws:VpceOrgPaths", "ArrayOfString"),
            key("aws:ResourceAccount", "String"),
            key("aws:ResourceOrgID", "String"),
            key("aws:ResourceOrgPaths", "ArrayOfString"),
            key("aws:ResourceTag/${TagKey}", "String"),
            key("aws:CalledVia", "ArrayOfString"),
            key("aws:CalledViaFirst", "String"),
            key("aws:CalledViaLast", "String"),
            key("aws:ViaAWSService", "Bool"),
            key("aws:CurrentTime", "Date"),
            // a Date that AWS also compares with the Numeric operators (seconds since the epoch)
            key("aws:EpochTime", "Date"),
            key("aws:Referer", "String"),
            key("aws:RequestedRegion", "String"),
            key("aws:RequestTag/${TagKey}", "String"),
            key("aws:TagKeys", "ArrayOfString"),
            key("aws:SecureTransport", "Bool"),
            key("aws:SourceAccount", "String"),
            key("aws:SourceArn", "ARN"),
            // the older form of aws:SourceAccount that SNS, SES and S3 notifications still document
            key("aws:SourceOwner", "String"),
            key("aws:SourceOrgID", "String"),
            key("aws:SourceOrgPaths", "ArrayOfString"),
            key("aws:UserAgent", "String"));

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

    /** Whether the global key applies to a request only when the action says so (the tag keys). */
    public static boolean isActionSpecific(ConditionKey key) {
        String n = key.name();
        return n.startsWith("aws:RequestTag/") || n.startsWith("aws:ResourceTag/") || n.equals("aws:TagKeys");
    }

    private static ConditionKey key(String name, String type) {
        return ConditionKey.of(name, type);
    }
}
