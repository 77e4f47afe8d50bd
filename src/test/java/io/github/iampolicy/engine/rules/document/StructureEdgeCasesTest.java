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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.PolicyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages of the structure checks (IAM001) and duplicate keys (parse errors) at their branches. */
class StructureEdgeCasesTest {

    static List<Finding> structure(String statement, PolicyKind kind) {
        return Findings.of(
                new InvalidStructureRule(), "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}", kind);
    }

    static Finding one(String statement, PolicyKind kind) {
        return Findings.only(structure(statement, kind));
    }

    static final String AR = "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"";

    @Test
    void effectHints() {
        assertTrue(one("{\"Effect\":\"allow\"," + AR + "}", PolicyKind.IDENTITY)
                .message()
                .endsWith("Write \"Allow\" (the value is case-sensitive)."));
        assertTrue(one("{\"Effect\":\" DENY \"," + AR + "}", PolicyKind.IDENTITY)
                .message()
                .endsWith("Write \"Deny\" (the value is case-sensitive)."));
        assertTrue(one("{\"Effect\":\"Permit\"," + AR + "}", PolicyKind.IDENTITY)
                .message()
                .endsWith("Use \"Allow\" or \"Deny\"."));
        assertTrue(one("{\"Effect\":true," + AR + "}", PolicyKind.IDENTITY)
                .message()
                .contains("it must be the string \"Allow\" or \"Deny\""));
        assertEquals(List.of(), structure("{\"Effect\":\"Deny\"," + AR + "}", PolicyKind.IDENTITY));
    }

    @Test
    void actionAndNotAction() {
        Finding both = one(
                "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}",
                PolicyKind.IDENTITY);
        assertEquals("NotAction", both.subject());
        Finding neither = one("{\"Effect\":\"Allow\",\"Resource\":\"*\"}", PolicyKind.IDENTITY);
        assertTrue(neither.message().contains("has neither \"Action\" nor \"NotAction\""), neither.message());
        assertTrue(neither.message().contains("with the actions"), neither.message());
        Finding noRes = one("{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}", PolicyKind.IDENTITY);
        assertTrue(noRes.message().contains("with the resources"), noRes.message());
    }

    @Test
    void principals() {
        Finding inline = one("{\"Effect\":\"Allow\",\"Principal\":\"*\"," + AR + "}", PolicyKind.INLINE_USER);
        assertEquals("Principal", inline.subject());
        assertTrue(inline.message().contains("identity policy"), inline.message());
        Finding none = one("{\"Effect\":\"Allow\"," + AR + "}", PolicyKind.RESOURCE);
        assertTrue(none.message().contains("has no \"Principal\""), none.message());
        Finding both = one(
                "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"NotPrincipal\":\"*\"," + AR + "}", PolicyKind.RESOURCE);
        assertEquals("NotPrincipal", both.subject());
        Finding str =
                one("{\"Effect\":\"Allow\",\"Principal\":\"arn:aws:iam::1:root\"," + AR + "}", PolicyKind.RESOURCE);
        assertTrue(str.message().contains("a string principal must be \"*\""), str.message());
        Finding num = one("{\"Effect\":\"Allow\",\"Principal\":5," + AR + "}", PolicyKind.RESOURCE);
        assertTrue(num.message().contains("it must be \"*\" or an object"), num.message());
        Finding key = one("{\"Effect\":\"Allow\",\"Principal\":{\"Aws\":\"*\"}," + AR + "}", PolicyKind.RESOURCE);
        assertTrue(key.message().contains("Aws"), key.message());
        Finding val = one("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[5]}," + AR + "}", PolicyKind.RESOURCE);
        assertTrue(val.message().contains("\"AWS\""), val.message());
        // an identity policy with a principal is a resource policy: it needs no more
        assertEquals(
                List.of(),
                structure("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"}," + AR + "}", PolicyKind.IDENTITY));
    }

    @Test
    void conditions() {
        Finding notObject = one("{\"Effect\":\"Allow\"," + AR + ",\"Condition\":[]}", PolicyKind.IDENTITY);
        assertTrue(notObject.message().contains("it must be an object of operators"), notObject.message());
        Finding op = one(
                "{\"Effect\":\"Allow\"," + AR + ",\"Condition\":{\"StringEqualz\":{\"a:b\":\"c\"}}}",
                PolicyKind.IDENTITY);
        assertTrue(op.message().contains("unknown condition operator \"StringEqualz\""), op.message());
        Finding keys =
                one("{\"Effect\":\"Allow\"," + AR + ",\"Condition\":{\"StringEquals\":\"x\"}}", PolicyKind.IDENTITY);
        assertTrue(keys.message().contains("it must be an object of condition keys"), keys.message());
        Finding empty = one(
                "{\"Effect\":\"Allow\"," + AR + ",\"Condition\":{\"StringEquals\":{\"a:b\":[]}}}", PolicyKind.IDENTITY);
        assertTrue(empty.message().contains("has an empty list of values"), empty.message());
        Finding nested = one(
                "{\"Effect\":\"Allow\"," + AR + ",\"Condition\":{\"StringEquals\":{\"a:b\":[{}]}}}",
                PolicyKind.IDENTITY);
        assertTrue(nested.message().contains("in its values"), nested.message());
        Finding obj = one(
                "{\"Effect\":\"Allow\"," + AR + ",\"Condition\":{\"StringEquals\":{\"a:b\":{}}}}", PolicyKind.IDENTITY);
        assertTrue(obj.message().contains("condition values must be strings"), obj.message());
    }

    // ------------------------------------------------------------------ duplicate keys

    @Test
    void duplicateKeys() {
        String twice = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"A\",\"Effect\":\"Allow\","
                + "\"Effect\":\"Deny\"," + AR + "}]}";
        Finding f = Findings.only(Findings.of(new ParseErrorRule(), twice));
        assertTrue(f.message().contains("Duplicate key \"Effect\" in Statement \"A\": it appears twice"), f.message());
        assertTrue(f.message().contains("uses the last one, \"Deny\""), f.message());
        assertEquals("Statement[0].Effect", f.subject());
        String thrice = "{\"Version\":\"2012-10-17\",\"Version\":\"2008-10-17\",\"Version\":1,\"Statement\":[]}";
        Finding g = Findings.only(Findings.of(new ParseErrorRule(), thrice));
        assertTrue(g.message().contains("it appears 3 times"), g.message());
        assertTrue(g.message().contains("uses the last one, the number 1 at"), g.message());
        assertEquals("Version", g.subject());
    }
}
