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

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.selfmanage.UserResources.Scope;
import io.github.iampolicy.engine.text.ResourcePattern;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field-by-field matching against catalog ARN formats, short patterns and NotResource edge cases. */
class UserResourcesEdgeCasesTest {

    static final ActionCatalog CATALOG = ActionCatalog.defaultCatalog();
    static final ActionInfo CREATE_KEY = CATALOG.action("iam:CreateAccessKey");
    static final ActionInfo GET_OBJECT = CATALOG.action("s3:GetObject");

    static boolean grants(ActionInfo a, String resource) {
        boolean viaText = UserResources.grants(a, resource, CATALOG);
        assertEquals(UserResources.grants(a, ResourcePattern.of(resource), CATALOG), viaText, resource);
        return viaText;
    }

    @Test
    void sixFieldPatternsAreMatchedFieldByField() {
        assertTrue(grants(CREATE_KEY, "arn:aws:iam::123456789012:user/bob"));
        assertTrue(grants(CREATE_KEY, "arn:aws-cn:iam::*:user/path/bob"));
        assertFalse(grants(CREATE_KEY, "arn:aws:iam::*:user/"), "a user name has at least one character");
        assertTrue(grants(CREATE_KEY, "arn:aws:iam::*:user/?"));
        assertFalse(grants(CREATE_KEY, "arn:aws:iam:us-east-1:*:user/bob"), "IAM ARNs have no region");
        assertFalse(grants(CREATE_KEY, "arn:aws:sts::*:user/bob"));
        assertFalse(grants(CREATE_KEY, "arn:aws:iam::*:group/bob"));
        assertFalse(grants(CREATE_KEY, "arn:aws:iam::*:xuser/bob"));
        assertFalse(grants(CREATE_KEY, "arx:aws:iam::*:user/bob"));
        assertTrue(grants(CREATE_KEY, "arn:aws:iam::*:user/a:b"), "the resource field keeps colons");
        assertTrue(grants(CREATE_KEY, "arn:aws:iam::*:*"));
        assertTrue(grants(GET_OBJECT, "arn:aws:s3:::bucket/key"));
        assertFalse(grants(GET_OBJECT, "arn:aws:s3:::bucket"), "an object ARN needs a key after the slash");
        assertFalse(grants(GET_OBJECT, "arn:aws:s3:eu-west-1::bucket/key"));
    }

    @Test
    void shorterPatternsMatchOnlyWithATrailingStarOrAVariable() {
        assertTrue(grants(CREATE_KEY, "arn:aws:iam*"));
        assertTrue(grants(CREATE_KEY, "arn:aws:*"));
        assertTrue(grants(CREATE_KEY, "arn:*"));
        assertFalse(grants(CREATE_KEY, "arn:aws:s3*"));
        assertFalse(grants(CREATE_KEY, "arn:aws:iam"));
        assertFalse(grants(CREATE_KEY, "arn:aws:iam::1"), "five fields without a trailing star in the last");
        assertTrue(grants(CREATE_KEY, "arn:aws:iam::*"), "a trailing star spans the remaining fields");
        assertTrue(grants(CREATE_KEY, "arn:aws:iam::*:us*"));
        assertFalse(grants(CREATE_KEY, "arn:aws:iam::*:ro*"));
        assertTrue(grants(CREATE_KEY, "arn:aws:iam::${aws:PrincipalAccount}:user/bob"));
        assertTrue(grants(CREATE_KEY, "arn:aws:iam::${aws:x}"), "a variable may hide the missing colons");
        assertFalse(grants(CREATE_KEY, "arn:aws:s3:::b/${aws:x}"));
        assertFalse(grants(CREATE_KEY, "arn"));
        assertTrue(grants(GET_OBJECT, "arn:aws:s3:::b*"));
        assertFalse(grants(GET_OBJECT, "arn:aws:s3:::b"));
    }

    @Test
    void excludesAllEdgeCases() {
        String u = UserResources.USER;
        for (String yes : List.of(
                "*",
                "arn:aws:iam::*:*",
                "arn:*:*:*:*:*",
                "arn:aws:iam::123456789012:user/*",
                "arn:aws:iam::*:us*",
                "arn:aws:iam::*:user/**",
                "arn:aws:*::*:*",
                "arn:aws:iam::*:**")) {
            assertTrue(UserResources.excludesAll(ResourcePattern.of(yes), u), yes);
        }
        for (String no : List.of(
                "arn:aws:iam::*:user/a*",
                "arn:aws:iam::*:user/",
                "arn:aws:s3::*:*",
                "arn:aws:iam:us-east-1:*:*",
                "arn:aws:iam::12?:user/*",
                "arn:a*s:iam::*:*",
                "arn:aws:iam::*:role/*",
                "xrn:aws:iam::*:*",
                "arn:aws:iam::*",
                "arn:aws:ia?::*:*",
                "arn:aws:iam::1*:*",
                "arn:aws:iam::*:user/*x",
                "arn:aws:iam::*:user?*",
                "arn:aws:iam::*:users/*")) {
            assertFalse(UserResources.excludesAll(ResourcePattern.of(no), u), no);
        }
        assertTrue(UserResources.excludesAll(ResourcePattern.of("arn:aws:iam::*:mfa/*"), UserResources.MFA));
        assertFalse(UserResources.excludesAll(ResourcePattern.of("arn:aws:iam::*:user/*"), UserResources.MFA));
        assertTrue(UserResources.anyExcludesAll(List.of("arn:aws:iam::*:user/bob", "arn:aws:iam::*:user/*"), u));
        assertFalse(UserResources.anyExcludesAll(List.of("arn:aws:iam::*:user/bob"), u));
    }

    @Test
    void notResourceGrants() {
        assertFalse(UserResources.notResourceGrants(CREATE_KEY, List.of("arn:aws:iam::*:user/*")));
        assertTrue(UserResources.notResourceGrants(CREATE_KEY, List.of("arn:aws:iam::*:user/${aws:username}")));
        assertFalse(UserResources.notResourceGrants(CREATE_KEY, List.of("arn:aws:iam::*:user/bob", "*")));
        assertTrue(UserResources.notResourceGrants(GET_OBJECT, List.of("arn:aws:s3:::*")), "only IAM types are judged");
        assertFalse(UserResources.notResourceGrants(GET_OBJECT, List.of("*")));
        ActionInfo attach = CATALOG.action("iam:AttachUserPolicy");
        // AttachUserPolicy acts on users (and may name a policy): excluding all users leaves none of its user type
        assertTrue(UserResources.notResourceGrants(attach, List.of("arn:aws:iam::*:role/*")));
    }

    @Test
    void classifyByText() {
        String u = UserResources.USER;
        assertEquals(Scope.SELF, UserResources.classify("arn:aws:iam::*:user/${aws:username}", u));
        assertEquals(Scope.LITERAL, UserResources.classify("arn:aws:iam::*:user/bob", u));
        assertEquals(Scope.COVERS_OTHERS, UserResources.classify("arn:aws:iam::*:user/*", u));
        assertEquals(Scope.OTHER_TYPE, UserResources.classify("arn:aws:iam::*:role/bob", u));
        assertEquals(Scope.VARIABLE, UserResources.classify("arn:aws:iam::*:user/${aws:PrincipalTag/x}", u));
        assertEquals(Scope.VARIABLE, UserResources.classify("arn:aws:iam::*:user/x-${aws:username}", u));
        // asked twice: the cached answer is the same
        assertEquals(Scope.COVERS_OTHERS, UserResources.classify("arn:aws:iam::*:user/*", u));
        assertTrue(Scope.LITERAL.isSingle());
        assertFalse(Scope.SELF.isSingle());
    }

    @Test
    void coverSubjectsAndWording() {
        Statement st = Statement.of(TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                                + "\"Resource\":[\"arn:aws:iam::*:user/bob\",\"arn:aws:iam::*:user/*\"]}")
                        .document())
                .get(0);
        UserResources.Cover c = UserResources.covering(st, UserResources.USER);
        assertTrue(c.any());
        assertEquals(1, c.entries().size());
        assertTrue(c.subject().contains("arn:aws:iam::*:user/*"), c.subject());
        assertEquals("every user's", c.whose());
        Statement nr = Statement.of(TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                                + "\"NotResource\":\"arn:aws:iam::*:user/${aws:username}\"}")
                        .document())
                .get(0);
        UserResources.Cover n = UserResources.covering(nr, UserResources.USER);
        assertEquals("NotResource", n.subject());
        assertEquals("every other user's", n.whose());
        assertTrue(n.describe().startsWith("NotResource "), n.describe());
        Statement none = Statement.of(TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"iam:CreateAccessKey\","
                                + "\"NotResource\":\"arn:aws:iam::*:user/*\"}")
                        .document())
                .get(0);
        assertFalse(UserResources.covering(none, UserResources.USER).any());
    }
}
