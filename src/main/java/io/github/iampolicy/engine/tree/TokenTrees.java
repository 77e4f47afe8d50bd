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

import static io.github.iampolicy.engine.tree.ParseProblems.location;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.iampolicy.engine.text.Values;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds located {@link Node}s from a parser's token stream. JSON and YAML share Jackson's token model; YAML adds
 * tags and aliases, which is why it has its own walk.
 */
final class TokenTrees {

    private final ParseLimits limits;

    TokenTrees(ParseLimits limits) {
        this.limits = limits;
    }

    /** The value at the parser's current token; the parser is left on the value's last token. */
    Node readValue(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        Location at = location(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                List<ObjectNode.Member> members = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = location(p.currentTokenLocation());
                    p.nextToken();
                    members.add(new ObjectNode.Member(key, keyAt, readValue(p)));
                }
                return new ObjectNode(ended(at, p), null, members);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(p));
                }
                return new ArrayNode(ended(at, p), null, elements);
            }
            default:
                return scalar(p, t, at, null);
        }
    }

    /**
     * A YAML value, collecting its aliases. An alias is not expanded (CloudFormation rejects aliases, and
     * expansion is what alias bombs feed on): it becomes an unknown value so that it never passes for the literal
     * text of its name.
     */
    Node readYamlValue(YAMLParser p, List<TreeReader.Alias> aliases) throws IOException, TreeParseException {
        JsonToken t = p.currentToken();
        Location at = location(p.currentTokenLocation());
        String tag = p.getTypeId();
        if (tag != null && !tag.startsWith("!")) {
            tag = "!" + tag;
        }
        if (p.isCurrentAlias()) {
            if (aliases.size() >= limits.maxAliases()) {
                throw new TreeParseException(
                        "more than the limit of " + limits.maxAliases() + " YAML aliases (maxYamlAliases)", at, true);
            }
            // Jackson hands an alias over as a string holding the alias name, which must not pass for a value.
            String name = p.getText();
            aliases.add(new TreeReader.Alias(name, at));
            String unknown = Values.unknown("*" + name);
            return new ScalarNode(at, null, ScalarNode.Type.STRING, unknown, unknown);
        }
        switch (t) {
            case START_OBJECT: {
                List<ObjectNode.Member> members = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = location(p.currentTokenLocation());
                    p.nextToken();
                    members.add(new ObjectNode.Member(key, keyAt, readYamlValue(p, aliases)));
                }
                return new ObjectNode(ended(at, p), tag, members);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readYamlValue(p, aliases));
                }
                return new ArrayNode(ended(at, p), tag, elements);
            }
            default:
                return scalar(p, t, at, tag);
        }
    }

    /**
     * {@code at} ending where the parser stands, just after the token it read last (the value's last character,
     * or the closing bracket of a container; for YAML the end mark of the event). Call it once the value's text
     * was read: Jackson finishes a string token lazily.
     */
    private static Location ended(Location at, JsonParser p) {
        return at.endingAt(location(p.currentLocation()));
    }

    private static ScalarNode scalar(JsonParser p, JsonToken t, Location start, String tag) throws IOException {
        p.getText(); // finishes the token, so that the parser stands after it
        Location at = ended(start, p);
        return switch (t) {
            case VALUE_STRING -> {
                String s = p.getText();
                yield new ScalarNode(at, tag, ScalarNode.Type.STRING, s, s);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String s = p.getText();
                yield new ScalarNode(at, tag, ScalarNode.Type.NUMBER, s, s);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                String s = p.getText();
                yield new ScalarNode(at, tag, ScalarNode.Type.BOOLEAN, s, t == JsonToken.VALUE_TRUE ? "true" : "false");
            }
            case VALUE_NULL -> new ScalarNode(at, tag, ScalarNode.Type.NULL, p.getText(), "null");
            default -> {
                String s = p.getText();
                yield new ScalarNode(at, tag, ScalarNode.Type.STRING, s, s);
            }
        };
    }
}
