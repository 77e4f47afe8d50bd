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
package io.github.iampolicy.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.TestPolicies;
import io.github.iampolicy.engine.model.Policy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Condition operators at their boundaries, IP and date forms, and the small helpers of the evaluator. */
class EvaluatorEdgeCasesTest {

    static boolean holds(String op, String key, String policyValue, String requestValue) {
        Policy p = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\""
                + op + "\":{\"" + key + "\":\"" + policyValue + "\"}}}");
        Map<String, String> ctx = requestValue == null ? Map.of() : Map.of(key, requestValue);
        return Evaluator.evaluate(List.of(p), Request.of("s3:GetObject", "x", ctx))
                .allowed();
    }

    static boolean num(String op, String pv, String rv) {
        return holds(op, "aws:MultiFactorAuthAge", pv, rv);
    }

    @Test
    void numericOperatorsAtTheirBoundaries() {
        String[] ops = {
            "NumericEquals",
            "NumericNotEquals",
            "NumericLessThan",
            "NumericLessThanEquals",
            "NumericGreaterThan",
            "NumericGreaterThanEquals"
        };
        // request value below, equal to, above the policy value 10
        boolean[][] want = {
            {false, true, false},
            {true, false, true},
            {true, false, false},
            {true, true, false},
            {false, false, true},
            {false, true, true}
        };
        for (int i = 0; i < ops.length; i++) {
            assertEquals(want[i][0], num(ops[i], "10", "9"), ops[i] + " 9");
            assertEquals(want[i][1], num(ops[i], "10", "10.0"), ops[i] + " 10.0");
            assertEquals(want[i][2], num(ops[i], "10", "11"), ops[i] + " 11");
        }
        assertFalse(num("NumericLessThan", "10", "ten"), "not a number");
        assertFalse(num("NumericLessThan", "ten", "3"));
    }

    @Test
    void dateOperatorsAcceptEpochSecondsIsoDateTimesAndDates() {
        String k = "aws:CurrentTime";
        assertTrue(holds("DateEquals", k, "2024-01-01T00:00:00Z", "1704067200"));
        assertTrue(holds("DateEquals", k, "2024-01-01T00:00:00", "2024-01-01T01:00:00+01:00"));
        assertTrue(holds("DateEquals", k, "2024-01-01", "1704067200"));
        assertFalse(holds("DateEquals", k, "2024-01-02", "1704067200"));
        assertTrue(holds("DateLessThanEquals", k, "2024-01-01", "2024-01-01T00:00:00Z"));
        assertFalse(holds("DateLessThan", k, "2024-01-01", "2024-01-01T00:00:00Z"));
        assertTrue(holds("DateGreaterThanEquals", k, "2024-01-01", "2024-01-01T00:00:00Z"));
        assertFalse(holds("DateGreaterThan", k, "2024-01-01", "2024-01-01T00:00:00Z"));
        assertTrue(holds("DateGreaterThan", k, "2024-01-01", "2024-01-01T00:00:01Z"));
        assertFalse(holds("DateEquals", k, "yesterday", "1704067200"));
        assertFalse(holds("DateLessThan", k, "2030-01-01", "soon"));
        assertTrue(holds("DateNotEquals", k, "2024-01-01", "1704067201"));
    }

    @Test
    void ipAddressesAndPrefixes() {
        assertTrue(Evaluator.inCidr("10.1.2.3", "10.0.0.0/8"));
        assertFalse(Evaluator.inCidr("11.1.2.3", "10.0.0.0/8"));
        assertTrue(Evaluator.inCidr("11.1.2.3", "10.0.0.0/7"), "10 and 11 share the first seven bits");
        assertFalse(Evaluator.inCidr("12.1.2.3", "10.0.0.0/7"));
        assertTrue(Evaluator.inCidr("10.0.0.1", "10.0.0.0/31"));
        assertFalse(Evaluator.inCidr("10.0.0.1", "10.0.0.0/32"));
        assertTrue(Evaluator.inCidr("10.0.0.1", "10.0.0.1"), "a plain address is a /32");
        assertFalse(Evaluator.inCidr("10.0.0.2", "10.0.0.1"));
        assertTrue(Evaluator.inCidr("192.168.7.7", "0.0.0.0/0"));
        assertTrue(Evaluator.inCidr("10.0.0.1", "10.0.0.1/32"));
        assertFalse(Evaluator.inCidr("10.0.0.1", "10.0.0.1/33"), "prefix longer than the address");
        assertFalse(Evaluator.inCidr("10.0.0.1", "10.0.0.1/-1"));
        assertFalse(Evaluator.inCidr("10.0.0.1", "10.0.0.1/x"));
        assertFalse(Evaluator.inCidr("10.0.0.1", "/8"));
        assertTrue(Evaluator.inCidr("2001:db8::1", "2001:db8::/32"));
        assertFalse(Evaluator.inCidr("2001:db9::1", "2001:db8::/32"));
        assertTrue(Evaluator.inCidr("::1", "::1"));
        assertFalse(Evaluator.inCidr("::2", "::1"));
        assertTrue(Evaluator.inCidr("2001:db8::1", "2001:db8::1/128"));
        assertFalse(Evaluator.inCidr("2001:db8::1", "2001:db8::1/129"));
        assertFalse(Evaluator.inCidr("10.0.0.1", "::/0"), "IPv4 is not in an IPv6 network");
        assertFalse(Evaluator.inCidr("localhost", "127.0.0.0/8"), "host names are never resolved");
        assertFalse(Evaluator.inCidr("127.0.0.1", "localhost"));
        assertFalse(Evaluator.inCidr("1.2.3", "1.2.3.0/24"));
        assertTrue(Evaluator.inCidr(" 10.0.0.1 ", " 10.0.0.0 / 24 "), "blanks are trimmed");
        assertTrue(holds("IpAddress", "aws:SourceIp", "2001:db8::/32", "2001:db8::5"));
        assertFalse(holds("NotIpAddress", "aws:SourceIp", "2001:db8::/32", "2001:db8::5"));
    }

    @Test
    void binaryEqualsIsExactAndBoolIgnoresCase() {
        assertTrue(holds("BinaryEquals", "aws:x", "QUJD", "QUJD"));
        assertFalse(holds("BinaryEquals", "aws:x", "QUJD", "qujd"));
        assertTrue(holds("Bool", "aws:SecureTransport", "TRUE", "true"));
        assertFalse(holds("Bool", "aws:SecureTransport", "true", "false"));
    }

    @Test
    void operatorFlags() {
        assertTrue(Evaluator.Operator.parse("StringLike").takesVariables());
        assertTrue(Evaluator.Operator.parse("ArnEquals").takesVariables());
        assertFalse(Evaluator.Operator.parse("NumericEquals").takesVariables());
        assertFalse(Evaluator.Operator.parse("Bool").takesVariables());
        assertFalse(Evaluator.Operator.parse("Null").takesVariables());
        assertTrue(Evaluator.Operator.parse("Null").known());
        assertFalse(Evaluator.Operator.parse("NullIfExists").known());
        assertFalse(Evaluator.Operator.parse("ForAllValues:Null").known());
        assertFalse(Evaluator.Operator.parse("StringMatches").known());
        assertFalse(Evaluator.Operator.parse("IfExists").known());
        assertTrue(Evaluator.Operator.parse("ForAnyValue:StringLikeIfExists").known());
    }

    @Test
    void numericValuesAreNotSubstitutedButStringValuesAre() {
        // ${aws:username} in a Numeric value stays literal text, which is no number
        Policy p = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":"
                + "{\"NumericEquals\":{\"aws:x\":\"${aws:username}\"}}}");
        assertFalse(Evaluator.evaluate(
                        List.of(p), Request.of("s3:GetObject", "x", Map.of("aws:username", "5", "aws:x", "5")))
                .allowed());
        Policy q = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":"
                + "{\"StringEquals\":{\"aws:x\":\"${aws:username}\"}}}");
        assertTrue(Evaluator.evaluate(
                        List.of(q), Request.of("s3:GetObject", "x", Map.of("aws:username", "5", "aws:x", "5")))
                .allowed());
    }

    @Test
    void setOperatorsOnMultiValuedKeys() {
        Policy notAll = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"ForAllValues:StringNotEquals\":{\"aws:TagKeys\":[\"a\"]}}}");
        Policy notAny = TestPolicies.statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"ForAnyValue:StringNotEquals\":{\"aws:TagKeys\":[\"a\"]}}}");
        Request ab = new Request("s3:GetObject", "x", Map.of("aws:TagKeys", List.of("a", "b")));
        Request bc = new Request("s3:GetObject", "x", Map.of("aws:TagKeys", List.of("b", "c")));
        Request aa = new Request("s3:GetObject", "x", Map.of("aws:TagKeys", List.of("a", "a")));
        assertFalse(Evaluator.evaluate(List.of(notAll), ab).allowed());
        assertTrue(Evaluator.evaluate(List.of(notAll), bc).allowed());
        assertTrue(Evaluator.evaluate(List.of(notAny), ab).allowed());
        assertFalse(Evaluator.evaluate(List.of(notAny), aa).allowed());
        Request none = new Request("s3:GetObject", "x", Map.of("aws:TagKeys", List.of()));
        assertTrue(Evaluator.evaluate(List.of(notAll), none).allowed(), "an empty set is like a missing key");
        assertFalse(Evaluator.evaluate(List.of(notAny), none).allowed());
    }

    @Test
    void requestUsername() {
        assertEquals(
                "alice", Request.of("a", "b", Map.of("AWS:UserName", "alice")).username());
        assertNull(Request.of("a", "b", Map.of()).username());
        assertNull(new Request("a", "b", Map.of("aws:username", List.of())).username());
        assertEquals(List.of("1"), Request.of("a", "b", Map.of("K", "1")).values("k"));
    }

    @Test
    void decisionEffectText() {
        for (Decision.Effect e : Decision.Effect.values()) {
            assertFalse(e.text().isEmpty(), e.name());
        }
    }

    @Test
    void aStatementWithoutActionOrNotActionMatchesNoAction() {
        var st = io.github.iampolicy.engine.model.Statement.of(
                        TestPolicies.statement("{\"Effect\":\"Allow\",\"Resource\":\"*\"}")
                                .document())
                .get(0);
        assertFalse(Evaluator.actionMatches(st, "iam:GetUser"));
        var na = io.github.iampolicy.engine.model.Statement.of(
                        TestPolicies.statement("{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}")
                                .document())
                .get(0);
        assertFalse(Evaluator.actionMatches(na, "iam:GetUser"));
        assertTrue(Evaluator.actionMatches(na, "s3:GetObject"));
    }
}
