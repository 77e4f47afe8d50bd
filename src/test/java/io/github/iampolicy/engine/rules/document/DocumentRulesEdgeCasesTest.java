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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boundary cases of IAM009 (variables), IAM003-style action checks and account placeholders. */
class DocumentRulesEdgeCasesTest {

    static List<Finding> variables(String resource) {
        return Findings.ofStatement(
                new InvalidVariableRule(),
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"," + "\"Resource\":\"arn:aws:s3:::b/" + resource
                        + "\"}");
    }

    static Finding onlyVariable(String resource) {
        return Findings.only(variables(resource));
    }

    static void noVariableProblem(String resource) {
        assertEquals(List.of(), variables(resource), resource);
    }

    @Test
    void defaultValues() {
        noVariableProblem("${aws:PrincipalTag/team, 'none'}");
        noVariableProblem("${aws:username, ''}");
        for (String bad :
                List.of("${aws:username, '''}", "${aws:username, x}", "${aws:username, '}", "${aws:username, 'a'b'}")) {
            Finding f = onlyVariable(bad);
            assertEquals(Severity.ERROR, f.severity(), bad);
            assertTrue(f.message().contains("has a malformed default value"), f.message());
        }
        Finding noPrefix = onlyVariable("${,'a:b'}");
        assertTrue(noPrefix.message().contains("has no service prefix before its default value"), noPrefix.message());
        Finding emptyPrefix = onlyVariable("${:x, 'd'}");
        assertTrue(emptyPrefix.message().contains("is not valid policy variable syntax"), emptyPrefix.message());
    }

    @Test
    void syntaxOfPrefixesAndKeys() {
        noVariableProblem("${cognito-identity.amazonaws.com:sub}");
        noVariableProblem("${s3_x:prefix}");
        noVariableProblem("${saml:x/y+z=@-.:_9}");
        for (String bad : List.of("${a b:c}", "${\u00e9:x}", "${s3:k\u00e9y}", "${s3:a b}", "${s*3:x}")) {
            Finding f = onlyVariable(bad);
            assertTrue(f.message().contains("is not valid policy variable syntax"), bad + ": " + f.message());
        }
        Finding nested = onlyVariable("${{aws:username}}");
        assertTrue(nested.message().contains("nests braces"), nested.message());
        Finding empty = onlyVariable("$${}");
        assertEquals("${}", empty.subject());
        assertTrue(empty.message().contains("is empty"), empty.message());
        Finding literal = onlyVariable("$${name}");
        assertTrue(literal.message().contains("is not a policy variable (it has no service prefix"), literal.message());
        Finding emptyKey = onlyVariable("${aws:}");
        assertTrue(emptyKey.message().contains("has an empty key after \"aws:\""), emptyKey.message());
        Finding unknown = onlyVariable("${aws:usrname}");
        assertEquals(Severity.WARNING, unknown.severity());
        assertTrue(unknown.message().contains("Did you mean ${aws:username}?"), unknown.message());
        // two variables in one value: both are looked at
        assertEquals(2, variables("${aws:usrname}/${s3:a b}").size());
        assertEquals(1, variables("${aws:username}/${s3:a b}").size());
    }

    @Test
    void dottedVariables() {
        assertEquals("${aws:username}", InvalidVariableRule.dottedVariable("aws.username"));
        assertEquals("${aws:username}", InvalidVariableRule.dottedVariable("AWS.USERNAME"), "canonical spelling");
        assertEquals("${aws:PrincipalTag/team}", InvalidVariableRule.dottedVariable("aws.PrincipalTag.team"));
        assertNull(InvalidVariableRule.dottedVariable("aws.PrincipalTag."));
        assertNull(InvalidVariableRule.dottedVariable("aws."));
        assertNull(InvalidVariableRule.dottedVariable("aws.username.x"));
        assertNull(InvalidVariableRule.dottedVariable("AWS..AccountId"));
        assertNull(InvalidVariableRule.dottedVariable("s3.prefix"));
    }

    // ------------------------------------------------------------------ actions

    static Finding action(String a) {
        return Findings.only(Findings.ofStatement(
                new UnknownActionRule(), "{\"Effect\":\"Allow\",\"Action\":\"" + a + "\",\"Resource\":\"*\"}"));
    }

    @Test
    void actionShapes() {
        assertTrue(action(":GetUser").message().contains("has an empty service prefix"));
        assertTrue(action("iam:").message().contains("has an empty action name"));
        assertTrue(action("GetUser").message().contains("Did you mean \"iam:GetUser\"?"));
        assertTrue(action("NoSuchThing").message().contains("Write it as service:ActionName"));
        Finding unknown = action("foo:Bar");
        assertEquals(Severity.ERROR, unknown.severity());
        assertTrue(unknown.message().contains("unknown service prefix \"foo\""), unknown.message());
        assertEquals(
                List.of(),
                Findings.ofStatement(
                        new UnknownActionRule(),
                        "{\"Effect\":\"Allow\",\"Action\":\"i*m:GetUser\",\"Resource\":\"*\"}"));
        Finding noMatch = action("i*m:NoSuchActionAnywhere");
        assertTrue(noMatch.message().contains("matches no action"), noMatch.message());
    }

    @Test
    void badCharactersAreNamed() {
        Finding ws = action("iam:Get User");
        assertTrue(ws.message().contains("has a space in its action name"), ws.message());
        assertTrue(ws.message().endsWith("Remove the whitespace."), ws.message());
        Finding two = action("iam:Get#User!#");
        assertTrue(two.message().contains("has '#', '!' in its action name"), two.message());
        assertTrue(two.message().endsWith("Remove them."), two.message());
        assertTrue(action("iam:Get\\tUser").message().contains("a tab"));
        assertTrue(action("iam:Get\\nUser").message().contains("a line break"));
        assertTrue(action("iam:Get\\rUser").message().contains("a line break"));
        assertTrue(action("iam:Get\\u2003User").message().contains("the character U+2003"));
        assertTrue(action("iam:Get\\u0001User").message().contains("the character U+0001"));
        Finding svc = action("i am:GetUser");
        assertTrue(svc.message().contains("in its service prefix"), svc.message());
        assertTrue(svc.message().endsWith("Remove the whitespace."), svc.message());
        assertTrue(action("i\u00e4m:GetUser").message().contains("'\u00e4'"));
    }

    // ------------------------------------------------------------------ accounts

    @Test
    void accountProblems() {
        assertNull(AccountPlaceholderRule.problem("123456789012"));
        assertNull(AccountPlaceholderRule.problem("123456789012*"));
        assertNull(AccountPlaceholderRule.problem("12345678901?"));
        assertNull(AccountPlaceholderRule.problem("*"));
        assertNull(AccountPlaceholderRule.problem(""));
        assertNull(AccountPlaceholderRule.problem("aws"));
        assertTrue(AccountPlaceholderRule.problem("1234567890123*").contains("looks like a placeholder"));
        assertTrue(AccountPlaceholderRule.problem("12345678901").contains("looks like a placeholder"));
        assertTrue(AccountPlaceholderRule.problem("ACCOUNT").contains("looks like a placeholder"));
        assertTrue(AccountPlaceholderRule.problem("${aws:PrincipalAccount}").contains("is a policy variable"));
    }

    static List<Finding> accounts(String statementBody) {
        return Findings.ofStatement(
                new AccountPlaceholderRule(),
                "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"," + statementBody + "}");
    }

    @Test
    void accountMessagesCountTheOtherArns() {
        Finding one = Findings.only(accounts("\"Resource\":\"arn:aws:iam::ACCOUNT:user/a\""));
        assertTrue(one.message().contains("so the ARN matches nothing. Use"), one.message());
        Finding two = Findings.only(
                accounts("\"Resource\":[\"arn:aws:iam::ACCOUNT:user/a\"," + "\"arn:aws:iam::ACCOUNT:user/b\"]"));
        assertTrue(
                two.message().contains(", and so do 1 more ARN of this statement (account field \"ACCOUNT\")"),
                two.message());
        assertEquals("ACCOUNT", two.subject());
        Finding three = Findings.only(accounts("\"Resource\":[\"arn:aws:iam::ACCOUNT:user/a\","
                + "\"arn:aws:iam::ACCT:user/b\",\"arn:aws:iam::ACCOUNT:user/c\"]"));
        assertTrue(
                three.message()
                        .contains(", and so do 2 more ARNs of this statement (account fields \"ACCOUNT\", "
                                + "\"ACCT\")"),
                three.message());
        assertEquals("ACCOUNT,ACCT", three.subject());
        // NotResource next to Resource is checked too
        Finding both = Findings.only(accounts("\"Resource\":\"arn:aws:iam::123456789012:user/a\","
                + "\"NotResource\":\"arn:aws:iam::ACCOUNT:user/b\""));
        assertTrue(both.message().contains("arn:aws:iam::ACCOUNT:user/b"), both.message());
    }
}
