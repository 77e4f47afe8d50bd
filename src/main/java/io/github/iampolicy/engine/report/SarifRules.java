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
package io.github.iampolicy.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.iampolicy.engine.model.RuleInfo;
import io.github.iampolicy.engine.model.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A rule as SARIF's {@code tool.driver.rules} describes it to GitHub code scanning. */
final class SarifRules {

    private SarifRules() {}

    /**
     * The rule's descriptor. {@code configured} is the severity {@code ruleSeverities} gave it, or {@code null}:
     * GitHub ranks an alert by the rule's {@code security-severity} alone, so a rule raised to error or lowered
     * to note must move its score into the band GitHub shows for that level, else the alert keeps the old rank.
     */
    static void rule(JsonGenerator gen, RuleInfo rule, String helpUri, Severity configured) throws IOException {
        Severity level = configured == null ? rule.defaultSeverity() : configured;
        double score = configured == null || configured == rule.defaultSeverity()
                ? rule.securitySeverity()
                : inBand(rule.securitySeverity(), configured);
        String description = nonEmpty(rule.description(), rule.name());
        String help = nonEmpty(rule.help(), description);
        gen.writeStartObject();
        gen.writeStringField("id", rule.id());
        gen.writeStringField("name", rule.name());
        // RuleInfo's description is one sentence by contract: short and full description are the same text.
        text(gen, "shortDescription", description);
        text(gen, "fullDescription", description);
        if (helpUri != null) {
            gen.writeStringField("helpUri", helpUri);
        }
        gen.writeObjectFieldStart("help");
        gen.writeStringField("text", help);
        gen.writeStringField(
                "markdown",
                "**" + rule.id() + " " + markdown(rule.name()) + "** (default: "
                        + rule.defaultSeverity().id() + ")\n\n" + markdown(description) + "\n\n" + markdown(help));
        gen.writeEndObject();
        gen.writeObjectFieldStart("defaultConfiguration");
        gen.writeStringField("level", SarifReportWriter.level(level));
        gen.writeEndObject();
        gen.writeObjectFieldStart("properties");
        gen.writeStringField("security-severity", securitySeverity(score));
        gen.writeStringField("precision", precision(rule));
        gen.writeArrayFieldStart("tags");
        gen.writeString("security");
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /** {@code "field": {"text": text}}, SARIF's message shape. */
    static void text(JsonGenerator gen, String field, String text) throws IOException {
        gen.writeObjectFieldStart(field);
        gen.writeStringField("text", text);
        gen.writeEndObject();
    }

    /**
     * GitHub's {@code precision}, which orders alerts of equal severity. Document checks (IAM0xx) read what the
     * file says, and the semantic rules (IAM3xx) prove each finding with a counterexample request: very high.
     * The pattern rules judge a statement from its text and may flag what a condition elsewhere prevents: high.
     */
    static String precision(RuleInfo rule) {
        String id = rule.id();
        return id.startsWith("IAM0") || id.startsWith("IAM3") ? "very-high" : "high";
    }

    /**
     * {@code score} moved into GitHub's band for {@code severity}: error is high or critical (7.0 and up),
     * warning medium (4.0 to 6.9), note low (0.1 to 3.9).
     */
    static double inBand(double score, Severity severity) {
        double s = Double.isNaN(score) ? 0.0 : score;
        return switch (severity) {
            case ERROR -> Math.max(7.0, Math.min(10.0, s));
            case WARNING -> Math.max(4.0, Math.min(6.9, s));
            case NOTE -> Math.max(0.1, Math.min(3.9, s));
        };
    }

    /** GitHub reads {@code security-severity} as a decimal string such as {@code "8.8"}; at least one decimal. */
    static String securitySeverity(double score) {
        if (Double.isNaN(score) || Double.isInfinite(score)) {
            return "0.0";
        }
        BigDecimal d = BigDecimal.valueOf(Math.max(0.0, Math.min(10.0, score))).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
    }

    /** Escapes the characters Markdown would read as formatting ({@code user/*} is not emphasis). */
    static String markdown(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_{}[]<>#|~".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String nonEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
