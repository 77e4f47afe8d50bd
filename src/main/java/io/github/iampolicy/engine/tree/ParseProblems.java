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
package io.github.iampolicy.engine.tree;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns Jackson's and SnakeYAML's errors into {@link TreeParseException}s. Their messages name their own settings
 * and carry a source excerpt; a user needs the name of our limit parameter and one location we print ourselves.
 */
final class ParseProblems {

    private final ParseLimits limits;

    ParseProblems(ParseLimits limits) {
        this.limits = limits;
    }

    TreeParseException constraint(StreamConstraintsException e, JsonParser p) {
        return new TreeParseException(limitMessage(e), constraintLocation(e, p), true);
    }

    TreeParseException constraint(StreamConstraintsException e) {
        return new TreeParseException(limitMessage(e), location(e.getLocation()), true);
    }

    TreeParseException read(JsonProcessingException e) {
        return new TreeParseException(cleanMessage(e), location(e.getLocation()));
    }

    /** A YAML read error; SnakeYAML reports its own limits as read errors, so they are told apart by message. */
    TreeParseException yamlRead(JsonProcessingException e) {
        String message = cleanMessage(e);
        boolean limit = isLimit(message);
        return new TreeParseException(limit ? yamlLimitMessage(message) : message, location(e.getLocation()), limit);
    }

    /** SnakeYAML signals some structural errors (e.g. nesting or code-point limits) unchecked. */
    TreeParseException yamlUnchecked(RuntimeException e) {
        String message = firstLine(String.valueOf(e.getMessage()));
        boolean limit = isLimit(message);
        return new TreeParseException(
                limit ? yamlLimitMessage(message) : "YAML error: " + message, yamlLocation(e), limit);
    }

    /** Jackson gives some constraint violations no location; the parser still knows where it stopped. */
    private static Location constraintLocation(StreamConstraintsException e, JsonParser p) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? location(e.getLocation())
                : location(p.currentLocation());
    }

    private static boolean isLimit(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("exceed") || m.contains("limit");
    }

    private String yamlLimitMessage(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "nesting deeper than the limit of " + limits.maxDepth() + " (maxNestingDepth)";
        }
        if (m.contains("code point")) {
            return "the file has more characters than the limit of " + limits.maxFileBytes() + " (maxFileSize)";
        }
        return "a limit was exceeded: " + message;
    }

    private String limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "nesting deeper than the limit of " + limits.maxDepth() + " (maxNestingDepth)";
        }
        if (m.contains("number value length")) {
            return "a number longer than the limit of " + limits.maxNumberLength() + " characters (maxNumberLength)";
        }
        if (m.contains("string value length") || m.contains("name length")) {
            return "a string longer than the limit of " + limits.maxStringLength() + " characters (maxStringLength)";
        }
        if (m.contains("document length")) {
            return "the file is longer than the limit of " + limits.maxFileBytes() + " (maxFileSize)";
        }
        return "a limit was exceeded: " + cleanMessage(e);
    }

    private static Location yamlLocation(RuntimeException e) {
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            return new Location(
                    m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
        }
        return Location.START;
    }

    static Location location(JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return Location.START;
        }
        return new Location(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static String cleanMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            m = String.valueOf(e.getMessage());
        }
        return firstLine(m);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return (nl >= 0 ? m.substring(0, nl) : m).trim();
    }
}
