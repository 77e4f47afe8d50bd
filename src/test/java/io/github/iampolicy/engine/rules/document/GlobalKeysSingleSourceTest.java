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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.AwsGlobalKeys;
import io.github.iampolicy.engine.catalog.ConditionKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalog's {@link AwsGlobalKeys} and the rules' {@link GlobalConditionKeys} were two hand-kept tables;
 * they are one now. The two tables as they were are copied here, frozen, so that no key is lost and none
 * changes its properties or its place in the suggestions.
 */
class GlobalKeysSingleSourceTest {

    /** The catalog's table before: name and AWS type label ({@code null}: untyped). */
    private static final String[][] OLD_CATALOG_TABLE = {
        {"aws:PrincipalArn", "ARN"},
        {"aws:PrincipalAccount", "String"},
        {"aws:PrincipalOrgPaths", "ArrayOfString"},
        {"aws:PrincipalOrgID", "String"},
        {"aws:PrincipalTag/${TagKey}", "String"},
        {"aws:PrincipalIsAWSService", "Bool"},
        {"aws:PrincipalServiceName", "String"},
        {"aws:PrincipalServiceNamesList", "ArrayOfString"},
        {"aws:PrincipalType", "String"},
        {"aws:userid", "String"},
        {"aws:username", "String"},
        {"aws:AssumedRoot", null},
        {"aws:FederatedProvider", "String"},
        {"aws:TokenIssueTime", "Date"},
        {"aws:MultiFactorAuthAge", "Numeric"},
        {"aws:MultiFactorAuthPresent", "Bool"},
        {"aws:ChatbotSourceArn", "ARN"},
        {"aws:Ec2InstanceSourceVpc", "String"},
        {"aws:Ec2InstanceSourcePrivateIPv4", "IPAddress"},
        {"aws:SourceIdentity", "String"},
        {"aws:SourceIp", "IPAddress"},
        {"aws:SourceVpc", "String"},
        {"aws:SourceVpcArn", "ARN"},
        {"aws:SourceVpce", "String"},
        {"aws:VpcSourceIp", "IPAddress"},
        {"aws:VpceAccount", "String"},
        {"aws:VpceOrgID", "String"},
        {"aws:VpceOrgPaths", "ArrayOfString"},
        {"aws:ResourceAccount", "String"},
        {"aws:ResourceOrgID", "String"},
        {"aws:ResourceOrgPaths", "ArrayOfString"},
        {"aws:ResourceTag/${TagKey}", "String"},
        {"aws:CalledVia", "ArrayOfString"},
        {"aws:CalledViaFirst", "String"},
        {"aws:CalledViaLast", "String"},
        {"aws:ViaAWSService", "Bool"},
        {"aws:CurrentTime", "Date"},
        {"aws:EpochTime", "Date"},
        {"aws:Referer", "String"},
        {"aws:RequestedRegion", "String"},
        {"aws:RequestTag/${TagKey}", "String"},
        {"aws:TagKeys", "ArrayOfString"},
        {"aws:SecureTransport", "Bool"},
        {"aws:SourceAccount", "String"},
        {"aws:SourceArn", "ARN"},
        {"aws:SourceOwner", "String"},
        {"aws:SourceOrgID", "String"},
        {"aws:SourceOrgPaths", "ArrayOfString"},
        {"aws:UserAgent", "String"}
    };

    /** The rules' table before, in its order (the order ties between suggestions were broken by). */
    private static final List<String> OLD_RULES_KEYS = List.of(
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

    private static final List<String> OLD_TAG_PREFIXES =
            List.of("aws:PrincipalTag/", "aws:RequestTag/", "aws:ResourceTag/");

    @Test
    void everyKeyOfTheCatalogTableKeepsItsProperties() {
        Set<ConditionKey> expected = new LinkedHashSet<>();
        for (String[] row : OLD_CATALOG_TABLE) {
            ConditionKey k = row[1] == null ? new ConditionKey(row[0], null, false) : ConditionKey.of(row[0], row[1]);
            expected.add(k);
            String member = k.isFamily() ? k.fixedPart() + "x" : k.name();
            assertEquals(k, AwsGlobalKeys.find(member), member);
            assertEquals(k, AwsGlobalKeys.find(member.toUpperCase(java.util.Locale.ROOT)), member + " in upper case");
        }
        assertEquals(expected, Set.copyOf(AwsGlobalKeys.ALL), "no key added or lost");
        assertEquals(expected.size(), AwsGlobalKeys.ALL.size(), "no key twice");
    }

    @Test
    void theActionSpecificKeysAreStillTheTagKeys() {
        List<String> specific = new ArrayList<>();
        for (ConditionKey k : AwsGlobalKeys.ALL) {
            if (AwsGlobalKeys.isActionSpecific(k)) {
                specific.add(k.name());
            }
        }
        assertEquals(List.of("aws:RequestTag/${TagKey}", "aws:ResourceTag/${TagKey}", "aws:TagKeys"), specific);
    }

    @Test
    void theRulesSeeTheSameKeysInTheSameOrder() {
        assertEquals(OLD_RULES_KEYS, GlobalConditionKeys.KEYS);
        assertEquals(OLD_TAG_PREFIXES, GlobalConditionKeys.TAG_PREFIXES);
        for (String k : OLD_RULES_KEYS) {
            assertTrue(GlobalConditionKeys.isKnown(k), k);
            assertNotNull(AwsGlobalKeys.find(k), k + " is a key of the catalog table too");
        }
    }

    @Test
    void aKeyOnlyServicesDocumentIsTypedButNeitherAVariableNorASuggestion() {
        assertEquals("aws:SourceOwner", AwsGlobalKeys.find("aws:sourceowner").name());
        assertFalse(GlobalConditionKeys.isKnown("aws:SourceOwner"));
        assertNull(GlobalConditionKeys.closest("aws:SourceOwnr"));
        assertFalse(AwsGlobalKeys.onGlobalPage().contains(AwsGlobalKeys.find("aws:SourceOwner")));
        assertEquals(AwsGlobalKeys.ALL.size() - 1, AwsGlobalKeys.onGlobalPage().size());
    }

    /** Every one-edit misspelling of every key gets the suggestion the old table gave. */
    @Test
    void suggestionsAreThoseOfTheOldTable() {
        int checked = 0;
        for (String key : OLD_RULES_KEYS) {
            for (String typo : oneEdit(key)) {
                assertEquals(oldClosest(typo), GlobalConditionKeys.closest(typo), typo);
                checked++;
            }
        }
        assertTrue(checked > 1000, "misspellings checked: " + checked);
        assertEquals("aws:SourceVpc", GlobalConditionKeys.closest("aws:SourceVpcx"), "a tie goes to the earlier key");
    }

    private static List<String> oneEdit(String key) {
        List<String> out = new ArrayList<>();
        for (int i = 4; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
            out.add(key.substring(0, i) + 'e' + key.substring(i + 1));
            out.add(key.substring(0, i) + 's' + key.substring(i));
        }
        return out;
    }

    /** The suggestion as the old table made it. */
    private static String oldClosest(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String candidate : OLD_RULES_KEYS) {
            int d = Edits.distance(k, candidate.toLowerCase(java.util.Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        for (String prefix : OLD_TAG_PREFIXES) {
            String p = prefix.toLowerCase(java.util.Locale.ROOT);
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
