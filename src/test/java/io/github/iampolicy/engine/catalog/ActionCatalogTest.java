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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionCatalogTest {

    private final ActionCatalog catalog = ActionCatalog.defaultCatalog();

    @Test
    void loadsOncePerJvm() {
        assertSame(catalog, ActionCatalog.defaultCatalog());
        assertEquals("2026-05-10", catalog.snapshotDate());
        assertTrue(catalog.size() > 20_000, "every AWS action: " + catalog.size());
    }

    @Test
    void knowsSelfManageActionsWithAccessLevelAndResourceTypes() {
        ActionInfo create = catalog.action("IAM:createaccesskey");
        assertNotNull(create);
        assertEquals("iam:CreateAccessKey", create.fullName());
        assertTrue(create.accessLevel().isWrite());
        assertEquals(List.of(new ActionInfo.ResourceRef("user", true)), create.resourceTypes());

        ActionInfo listVirtual = catalog.action("iam:ListVirtualMFADevices");
        assertEquals(AccessLevel.LIST, listVirtual.accessLevel());
        assertTrue(listVirtual.resourceTypes().isEmpty(), "supports only Resource *");

        ActionInfo deleteVirtual = catalog.action("iam:DeleteVirtualMFADevice");
        assertTrue(deleteVirtual.hasResourceType("mfa"));
        assertTrue(deleteVirtual.hasResourceType("sms-mfa"));
        assertFalse(deleteVirtual.resourceTypes().get(0).required());

        assertEquals(
                "arn:${Partition}:iam::${Account}:user/${UserNameWithPath}",
                catalog.resourceType("iam", "user").arnFormat());
    }

    @Test
    void legacySmsActionsAreNotActions() {
        assertNull(catalog.action("iam:RequestSmsMfaRegistration"));
        assertNull(catalog.action("iam:FinalizeSmsMfaRegistration"));
        assertNull(catalog.action("iam:UpdateAccessKeys"));
        assertTrue(catalog.hasService("IAM"));
        assertFalse(catalog.hasService("service-prefix-1"));
    }

    @Test
    void expandsWildcardsCaseInsensitively() {
        List<String> keys = catalog.expand("iam:*accesskey*").stream()
                .map(ActionInfo::fullName)
                .toList();
        assertEquals(
                List.of(
                        "iam:CreateAccessKey",
                        "iam:DeleteAccessKey",
                        "iam:GetAccessKeyLastUsed",
                        "iam:ListAccessKeys",
                        "iam:UpdateAccessKey"),
                keys);
        assertEquals(catalog.size(), catalog.expand("*").size());
        assertEquals(catalog.actions("iam").size(), catalog.expand("IAM:*").size());
        assertTrue(catalog.expand("iam:Get?ser").stream().anyMatch(a -> a.name().equals("GetUser")));
        assertTrue(catalog.expand("iam:UpdateAccessKeys").isEmpty());
        assertTrue(catalog.expand("nosuchservice:*").isEmpty());
        assertTrue(catalog.expand("ec2:* ").isEmpty(), "a trailing space matches no action");
        assertFalse(catalog.expand("*:ListUsers").isEmpty());
        assertTrue(catalog.expand("ListUsers").isEmpty(), "an action without a service prefix matches nothing");
    }

    @Test
    void readsTheFormatItDocuments() throws IOException {
        String text = "# comment\n@date\t2020-01-02\nS\tsvc\nR\tsvc\tthing\tarn:${Partition}:svc:::thing/${Id}\n"
                + "A\tsvc\tDoIt\tW\tthing*\nA\tsvc\tListAll\tL\t\n";
        ActionCatalog c = ActionCatalog.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("2020-01-02", c.snapshotDate());
        assertEquals(2, c.size());
        assertEquals(AccessLevel.WRITE, c.action("svc:doit").accessLevel());
        assertTrue(c.action("svc:ListAll").resourceTypes().isEmpty());
        IOException bad = assertThrows(
                IOException.class,
                () -> ActionCatalog.read(new ByteArrayInputStream("X\tfoo\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(bad.getMessage().contains("line 1"));
        // services are parsed lazily, so a record in the wrong block must be caught while indexing
        IOException misplaced = assertThrows(
                IOException.class,
                () -> ActionCatalog.read(
                        new ByteArrayInputStream("S\tsvc\nA\tother\tDoIt\tW\t\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(misplaced.getMessage().contains("line 2"), misplaced.getMessage());
        IOException orphan = assertThrows(
                IOException.class,
                () -> ActionCatalog.read(
                        new ByteArrayInputStream("A\tsvc\tDoIt\tW\t\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(orphan.getMessage().contains("line 1"), orphan.getMessage());
    }

    @Test
    void theBundledCatalogReadByItsServiceLinesEqualsAStrictRead() throws IOException {
        ActionCatalog strict;
        ActionCatalog bundled;
        try (InputStream a = new GZIPInputStream(ActionCatalog.class.getResourceAsStream(ActionCatalog.RESOURCE));
                InputStream b = new GZIPInputStream(ActionCatalog.class.getResourceAsStream(ActionCatalog.RESOURCE))) {
            strict = ActionCatalog.read(a);
            bundled = CatalogText.read(b, false);
        }
        assertEquals(strict.snapshotDate(), bundled.snapshotDate());
        assertEquals(List.copyOf(strict.services()), List.copyOf(bundled.services()));
        for (String service : strict.services()) {
            assertEquals(strict.actions(service), bundled.actions(service), service);
            assertEquals(strict.conditionKeys(service), bundled.conditionKeys(service), service);
            for (ActionInfo a : strict.actions(service)) {
                for (ActionInfo.ResourceRef ref : a.resourceTypes()) {
                    assertEquals(strict.resourceType(service, ref.type()), bundled.resourceType(service, ref.type()));
                }
            }
        }
        assertEquals(strict.size(), bundled.size());
    }

    @Test
    void bothReadsKeepUtf8AndAgreeOnSmallCatalogs() throws IOException {
        String text = "# catalogue \u00e9t\u00e9\n@date\t2020-01-02\nS\ta\nA\ta\tOne\tR\t\n# between\nS\tb\n"
                + "R\tb\tthing\tarn:${Partition}:b:::caf\u00e9/${Id}\nA\tb\tTwo\tW\tthing*\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ActionCatalog strict = ActionCatalog.read(new ByteArrayInputStream(bytes));
        ActionCatalog bundled = CatalogText.read(new ByteArrayInputStream(bytes), false);
        for (ActionCatalog c : List.of(strict, bundled)) {
            assertEquals("2020-01-02", c.snapshotDate());
            assertEquals(List.of("a", "b"), List.copyOf(c.services()));
            assertEquals(2, c.size());
            assertEquals(
                    "arn:${Partition}:b:::caf\u00e9/${Id}",
                    c.resourceType("b", "thing").arnFormat());
        }
        assertEquals(strict.actions("b"), bundled.actions("b"));
    }

    @Test
    void servicesAreParsedWhenFirstAskedForAndAgreeWithAWholeRead() throws IOException {
        String text = "S\ta\nA\ta\tOne\tR\t\nS\tb\nR\tb\tthing\tarn:${Partition}:b:::thing/${Id}\n"
                + "A\tb\tTwo\tW\tthing*\nA\tb\tThree\tL\tthing\n";
        ActionCatalog c = ActionCatalog.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                List.of("b:Two", "b:Three"),
                c.actions("B").stream().map(ActionInfo::fullName).toList());
        assertEquals(
                "arn:${Partition}:b:::thing/${Id}", c.resourceType("b", "thing").arnFormat());
        assertNull(c.resourceType("a", "thing"));
        assertEquals(
                List.of("a:One", "b:Two", "b:Three"),
                c.expand("*").stream().map(ActionInfo::fullName).toList());
        assertEquals(3, c.size());
        assertNull(c.action("a:Two"));
        assertNull(c.action("nocolon"));
    }

    @Test
    void readsConditionKeysOfServicesActionsAndResourceTypes() throws IOException {
        String text = "S\tsvc\nK\tsvc\tsvc:Mode\tString\nK\tsvc\tsvc:Ids\tArrayOfARN\n"
                + "K\tsvc\taws:ResourceTag/${TagKey}\tString\n"
                + "R\tsvc\tthing\tarn:${Partition}:svc:::thing/${Id}\taws:ResourceTag/${TagKey}\n"
                + "A\tsvc\tDoIt\tW\tthing*\tsvc:Mode\nA\tsvc\tListAll\tL\t\tsvc:Ids\n";
        ActionCatalog c = ActionCatalog.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        ConditionKey ids = c.conditionKey("SVC", "svc:ids");
        assertEquals(ConditionKeyType.ARN, ids.type());
        assertTrue(ids.multiValued());
        assertFalse(c.conditionKey("svc", "svc:mode").multiValued());
        assertNull(c.conditionKey("svc", "svc:Other"));
        ActionInfo doIt = c.action("svc:DoIt");
        assertEquals(List.of("svc:Mode"), doIt.conditionKeys());
        assertTrue(c.supports(doIt, "svc:mode"));
        assertTrue(c.supports(doIt, "aws:ResourceTag/team"), "a key of the action's resource type");
        assertTrue(c.supports(doIt, "aws:SourceIp"), "a global key every request carries");
        assertFalse(c.supports(doIt, "svc:Ids"));
        ActionInfo list = c.action("svc:ListAll");
        assertFalse(c.supports(list, "aws:ResourceTag/team"), "no resource type, no resource tags");
        assertFalse(c.supports(list, "aws:RequestTag/team"));
    }

    @Test
    void aTagKeyFamilyWrittenWithTheLiteralTagKeyPlaceholderMatchesEveryTag() {
        // the Service Authorization Reference writes Secrets Manager's family as secretsmanager:ResourceTag/tag-key;
        // aws-samples/serverless-patterns lambda-secretsmanager-abac tests secretsmanager:ResourceTag/App
        ActionCatalog c = ActionCatalog.defaultCatalog();
        ConditionKey app = c.conditionKey("secretsmanager", "secretsmanager:ResourceTag/App");
        assertNotNull(app);
        assertTrue(app.isFamily());
        assertEquals("secretsmanager:ResourceTag/", app.fixedPart());
        assertNotNull(c.conditionKey("ssm", "ssm:resourceTag/team"));
        // the fixed part alone, or another prefix, is no member
        assertNull(c.conditionKey("secretsmanager", "secretsmanager:ResourceTag/"));
        assertNull(c.conditionKey("secretsmanager", "secretsmanager:ResourceTags/App"));
        // an exact key whose name only ends like the placeholder stays exact
        ConditionKey exact = ConditionKey.of("svc:Tag/tag-keys", "String");
        assertFalse(exact.isFamily());
        assertFalse(exact.matches("svc:Tag/other"));
    }

    @Test
    void bundledCatalogKnowsConditionKeysWithTheirTypes() {
        ActionCatalog c = ActionCatalog.defaultCatalog();
        assertEquals(ConditionKeyType.STRING, c.conditionKey("s3", "s3:prefix").type());
        assertEquals(
                ConditionKeyType.NUMERIC,
                c.conditionKey("sts", "sts:DurationSeconds").type());
        assertTrue(c.conditionKey("s3", "s3:ExistingObjectTag/env").isFamily());
        assertTrue(c.conditionKey("kms", "kms:EncryptionContext:app") != null);
        assertTrue(c.supports(c.action("s3:ListBucket"), "s3:prefix"));
        assertFalse(c.supports(c.action("s3:GetObject"), "s3:prefix"));
        assertTrue(c.supports(c.action("ec2:TerminateInstances"), "ec2:ResourceTag/Owner"));
        assertTrue(c.supports(c.action("ec2:TerminateInstances"), "aws:ResourceTag/Owner"));
        assertEquals(
                ConditionKeyType.IP_ADDRESS, AwsGlobalKeys.find("AWS:sourceip").type());
        assertTrue(AwsGlobalKeys.find("aws:PrincipalOrgPaths").multiValued());
        assertEquals(
                "aws:PrincipalTag/${TagKey}",
                AwsGlobalKeys.find("aws:PrincipalTag/team").name());
        assertNull(AwsGlobalKeys.find("aws:PrincipalTag/"), "a family member needs a tag key");
        assertNull(AwsGlobalKeys.find("aws:SourceIpAddress"));
    }

    /** The bundled catalog must be exactly what the generator makes of the AWS data in the test resources. */
    @Test
    void bundledCatalogIsRegeneratedFromTheAwsData(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("catalog.tsv.gz");
        CatalogGenerator.generate(TestData.resolve("data/iam-definition.json.gz"), out, "2026-05-10");
        byte[] bundled;
        try (InputStream in = new GZIPInputStream(ActionCatalog.class.getResourceAsStream(ActionCatalog.RESOURCE))) {
            bundled = in.readAllBytes();
        }
        byte[] regenerated;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            regenerated = in.readAllBytes();
        }
        assertArrayEquals(bundled, regenerated, "run the generator as the README says and commit the result");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertEquals(catalog.size(), ActionCatalog.read(in).size());
        }
    }

    @Test
    void generatorRejectsABadDate(@TempDir Path tmp) {
        assertThrows(
                IllegalArgumentException.class,
                () -> CatalogGenerator.generate(
                        TestData.resolve("data/iam-definition.json.gz"), tmp.resolve("c.gz"), "May 2026"));
    }
}
