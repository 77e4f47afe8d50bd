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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.rules.selfmanage.UserResources.Scope;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.text.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserResourcesTest {

    private static final ActionCatalog CATALOG = ActionCatalog.defaultCatalog();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // covers other users
                "*                                              | COVERS_OTHERS",
                "**                                             | COVERS_OTHERS",
                "arn:aws:iam::*:*                               | COVERS_OTHERS",
                "arn:aws:iam::123456789012:*                    | COVERS_OTHERS",
                "arn:aws:iam::123456789012:user/*               | COVERS_OTHERS",
                "arn:aws:iam::*:user/path/*                     | COVERS_OTHERS",
                "arn:aws:iam::*:user/?*                         | COVERS_OTHERS",
                "arn:aws:iam::*:user/?                          | COVERS_OTHERS",
                "arn:aws:iam::*:user/${aws:username}*           | COVERS_OTHERS",
                "arn:aws:iam::*:user/*${aws:username}           | COVERS_OTHERS",
                "arn:aws:iam::*:user/${aws:username}/*          | COVERS_OTHERS",
                "arn:aws:iam::*:user/${aws:username}?           | COVERS_OTHERS",
                "arn:*:iam::*:user*                             | COVERS_OTHERS",
                "arn:aws:iam::*:u*                              | COVERS_OTHERS",
                "arn:aws:*::*:*                                 | COVERS_OTHERS",
                "arn:aws:iam:*:*:user/*                         | COVERS_OTHERS",
                "arn:aws:iam::*:*${aws:username}                | COVERS_OTHERS",
                "arn:aws:iam::*                                 | COVERS_OTHERS",
                "arn:*                                          | COVERS_OTHERS",
                "arn:aws:iam::${AWS::AccountId}:user/*          | COVERS_OTHERS",
                // self forms
                "arn:aws:iam::*:user/${aws:username}            | SELF",
                "arn:aws:iam::123456789012:user/${aws:username} | SELF",
                "arn:aws:iam::*:user/*/${aws:username}          | SELF",
                "arn:aws:iam::*:user/dev/${aws:username}        | SELF",
                "arn:aws:iam::*:user/${AWS:UserName}            | SELF",
                "arn:aws-cn:iam::*:user/${aws:username}         | SELF",
                "arn:aws:iam::*:*/${aws:username}               | SELF",
                // one named user
                "arn:aws:iam::123456789012:user/Maria           | LITERAL",
                "arn:aws:iam::*:user/division/Maria             | LITERAL",
                "arn:aws:iam::*:user/${aws:userid}              | VARIABLE",
                "arn:aws:iam::*:user/${aws:PrincipalTag/name}   | VARIABLE",
                "arn:aws:iam::*:user/${aws:username}-admin      | VARIABLE",
                "arn:aws:iam::*:user/${name}                    | UNKNOWN",
                "arn:aws:iam::*:user/${aws.username}            | UNKNOWN",
                "${arn}                                         | UNKNOWN",
                // another type, or nothing at all
                "arn:aws:iam::*:mfa/*                           | OTHER_TYPE",
                "arn:aws:iam::*:mfa/${aws:username}             | OTHER_TYPE",
                "arn:aws:iam::*:group/*                         | OTHER_TYPE",
                "arn:aws:iam::*:User/*                          | OTHER_TYPE",
                "arn:aws:iam::*:user/                           | OTHER_TYPE",
                "arn:aws:iam:us-east-1:*:user/*                 | OTHER_TYPE",
                "arn:aws:s3:::bucket/*                          | OTHER_TYPE",
                "arn:aws:iam::*:u2f/${aws:username}/*           | OTHER_TYPE",
                "user/*                                         | OTHER_TYPE",
                "arn:aws:iam::*:user${aws:username}             | OTHER_TYPE",
            })
    void classifiesUserResources(String resource, Scope expected) {
        assertEquals(expected, UserResources.classify(Values.resolveTemplate(resource), UserResources.USER));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "*                                     | COVERS_OTHERS",
                "arn:aws:iam::*:mfa/*                  | COVERS_OTHERS",
                "arn:aws:iam::*:*                      | COVERS_OTHERS",
                "arn:aws:iam::*:mfa/${aws:username}    | SELF",
                "arn:aws:iam::*:mfa/${aws:username}*   | COVERS_OTHERS",
                "arn:aws:iam::*:mfa/my-device          | LITERAL",
                "arn:aws:iam::*:user/*                 | OTHER_TYPE",
                "arn:aws:iam::*:sms-mfa/*              | OTHER_TYPE",
            })
    void classifiesMfaResources(String resource, Scope expected) {
        assertEquals(expected, UserResources.classify(resource, UserResources.MFA));
    }

    @Test
    void anUnknownValueNeverHidesALiteralStar() {
        String account = Values.unknown("account_id");
        assertEquals(
                Scope.COVERS_OTHERS, UserResources.classify("arn:aws:iam::" + account + ":user/*", UserResources.USER));
        assertEquals(
                Scope.COVERS_OTHERS,
                UserResources.classify("arn:aws:iam::*:user/" + Values.unknown("p") + "*", UserResources.USER));
        assertEquals(
                Scope.SELF,
                UserResources.classify("arn:aws:iam::" + account + ":user/${aws:username}", UserResources.USER));
        assertEquals(
                Scope.UNKNOWN,
                UserResources.classify("arn:aws:iam::" + account + ":user/" + Values.unknown("u"), UserResources.USER));
    }

    @Test
    void escapedWildcardsAreLiteral() {
        assertEquals(Scope.LITERAL, UserResources.classify("arn:aws:iam::*:user/${*}", UserResources.USER));
    }

    @ParameterizedTest
    @CsvSource({"*", "arn:aws:iam::*:*", "arn:aws:iam::123456789012:user/*", "arn:aws:iam::*:u*", "arn:*:iam::*:user/*"
    })
    void notResourceEntriesThatExcludeEveryUser(String entry) {
        assertTrue(UserResources.excludesAll(ResourcePattern.of(entry), UserResources.USER));
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:iam::*:user/${aws:username}",
        "arn:aws:iam::123456789012:user/Maria",
        "arn:aws:iam::*:user/a*",
        "arn:aws:iam::*:mfa/*",
        "arn:aws:iam:us-east-1:*:user/*"
    })
    void notResourceEntriesThatLeaveOtherUsers(String entry) {
        assertFalse(UserResources.excludesAll(ResourcePattern.of(entry), UserResources.USER));
    }

    @Test
    void grantsFollowsResourceTypes() {
        var enable = CATALOG.action("iam:EnableMFADevice");
        assertFalse(UserResources.grants(enable, ResourcePattern.of("arn:aws:iam::*:mfa/*"), CATALOG));
        assertTrue(UserResources.grants(enable, ResourcePattern.of("arn:aws:iam::*:user/${aws:username}"), CATALOG));
        assertTrue(UserResources.grants(enable, ResourcePattern.of("*"), CATALOG));
        var listUsers = CATALOG.action("iam:ListUsers");
        assertTrue(UserResources.grants(listUsers, ResourcePattern.of("*"), CATALOG));
        assertFalse(UserResources.grants(listUsers, ResourcePattern.of("arn:aws:iam::*:user/*"), CATALOG));
        var passRole = CATALOG.action("iam:PassRole");
        assertTrue(UserResources.grants(passRole, ResourcePattern.of(Values.unknown("role.arn")), CATALOG));
        assertFalse(UserResources.grants(passRole, ResourcePattern.of("arn:aws:iam::*:user/*"), CATALOG));
        assertTrue(UserResources.grants(passRole, ResourcePattern.of("arn:aws:iam::123456789012:role/app-*"), CATALOG));
        var putObject = CATALOG.action("s3:PutObject");
        assertTrue(UserResources.grants(putObject, ResourcePattern.of("arn:aws:s3:::bucket/*"), CATALOG));
        assertFalse(UserResources.grants(putObject, ResourcePattern.of("arn:aws:iam::*:user/*"), CATALOG));
    }

    @Test
    void notResourceGrantsUnlessEverythingIsExcluded() {
        var create = CATALOG.action("iam:CreateAccessKey");
        assertTrue(UserResources.notResourceGrants(create, java.util.List.of("arn:aws:iam::*:user/Maria")));
        assertFalse(UserResources.notResourceGrants(create, java.util.List.of("*")));
        assertFalse(UserResources.notResourceGrants(create, java.util.List.of("arn:aws:iam::*:user/*")));
    }
}
