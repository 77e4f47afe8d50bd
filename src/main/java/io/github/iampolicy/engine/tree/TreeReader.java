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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.iampolicy.engine.text.Values;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads JSON or YAML text into located {@link Node} trees with Jackson's streaming parsers.
 *
 * <p>Input is decoded as strict UTF-8 first so that a bad byte is reported at its line and column rather
 * than silently replaced. A reader is immutable and safe to share between threads.
 */
public final class TreeReader {

    public enum Syntax {
        JSON,
        YAML
    }

    /** A YAML alias ({@code *name}); aliases are never expanded, see {@link #readDocuments}. */
    public record Alias(String name, Location location) {}

    /** The documents of a file and the YAML aliases met in them, in text order. */
    public record Parsed(List<Node> documents, List<Alias> aliases) {

        public Parsed {
            documents = List.copyOf(documents);
            aliases = List.copyOf(aliases);
        }
    }

    private final ParseLimits limits;
    private final StreamReadConstraints constraints;
    private final JsonFactory jsonFactory;
    /** Made on the first YAML file: a build of JSON policies never loads SnakeYAML. */
    private volatile YAMLFactory yamlFactory;

    public TreeReader(ParseLimits limits) {
        this.limits = limits;
        this.constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxFileBytes())
                .build();
        this.jsonFactory =
                JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    private YAMLFactory yamlFactory() {
        YAMLFactory f = yamlFactory;
        if (f == null) {
            LoaderOptions loader = new LoaderOptions();
            loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
            loader.setMaxAliasesForCollections(Math.max(1, limits.maxAliases()));
            loader.setNestingDepthLimit(limits.maxDepth());
            // two threads may both build one; either is as good, and factories are thread-safe once built
            f = YAMLFactory.builder()
                    .loaderOptions(loader)
                    .streamReadConstraints(constraints)
                    .build();
            yamlFactory = f;
        }
        return f;
    }

    public TreeReader() {
        this(ParseLimits.DEFAULT);
    }

    public ParseLimits limits() {
        return limits;
    }

    /** Strictly decodes UTF-8 without a byte-order mark; a bad byte is a located error. */
    public static String decodeUtf8(byte[] bytes) throws TreeParseException {
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            Location at = positionAfter(out);
            throw new TreeParseException(
                    String.format("invalid UTF-8 byte 0x%02X: files are read as UTF-8", bytes[in.position()] & 0xFF),
                    at);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Reads every document of {@code text}; JSON has exactly one, YAML one per {@code ---}. */
    public List<Node> read(String text, Syntax syntax) throws TreeParseException {
        return readDocuments(text, syntax).documents();
    }

    /**
     * Reads every document of {@code text} and lists its YAML aliases. An alias is not expanded (CloudFormation
     * rejects aliases, and expansion is what alias bombs feed on): it is read as an unknown value
     * ({@link io.github.iampolicy.engine.text.Values#unknown}) so that it never passes for the literal text of
     * its name, and the caller decides whether an alias is a problem.
     */
    public Parsed readDocuments(String text, Syntax syntax) throws TreeParseException {
        if (syntax == Syntax.JSON) {
            try (JsonParser p = jsonFactory.createParser(text)) {
                return readJson(p);
            } catch (StreamConstraintsException e) {
                throw new TreeParseException(limitMessage(e), location(e.getLocation()), true);
            } catch (StreamReadException e) {
                throw new TreeParseException(cleanMessage(e), location(e.getLocation()));
            } catch (IOException e) {
                throw new TreeParseException(e.getMessage(), Location.START);
            }
        }
        return readYaml(text);
    }

    /**
     * A JSON parser over a stream, for files too large to hold as text (Terraform plans); the caller walks the
     * tokens and reads the parts it needs with {@link #readCurrent}.
     */
    public JsonParser streamingParser(java.io.InputStream in) throws IOException {
        return jsonFactory.createParser(in);
    }

    /**
     * Reads the value at the parser's current token, and nothing after it. Strings are passed through
     * {@link #reserveEngineMarks} as a whole file's text would be.
     */
    public Node readCurrent(JsonParser p) throws TreeParseException {
        try {
            return reserveMarks(readValue(p, 0));
        } catch (StreamConstraintsException e) {
            throw new TreeParseException(limitMessage(e), constraintLocation(e, p), true);
        } catch (StreamReadException e) {
            throw new TreeParseException(cleanMessage(e), location(e.getLocation()));
        } catch (IOException e) {
            throw new TreeParseException(String.valueOf(e.getMessage()), location(p.currentLocation()));
        }
    }

    /** The location of a parser's current token, for problems found while walking a stream. */
    public static Location tokenLocation(JsonParser p) {
        return location(p.currentTokenLocation());
    }

    /** A parse or limit problem raised while walking a stream, in the terms {@link #readCurrent} uses. */
    public TreeParseException problem(IOException e, JsonParser p) {
        if (e instanceof StreamConstraintsException c) {
            return new TreeParseException(limitMessage(c), constraintLocation(c, p), true);
        }
        if (e instanceof StreamReadException r) {
            return new TreeParseException(cleanMessage(r), location(r.getLocation()));
        }
        return new TreeParseException(String.valueOf(e.getMessage()), location(p.currentLocation()));
    }

    /**
     * A decoded string may still hold an escape of an engine mark meant for text parsed later (a policy in a
     * string), so each string gets the treatment a whole file's text gets.
     */
    private static Node reserveMarks(Node n) {
        if (n instanceof ScalarNode s) {
            return s.type() == ScalarNode.Type.STRING
                    ? new ScalarNode(s.location(), s.tag(), s.type(), unmark(s.raw()), unmark(s.value()))
                    : s;
        }
        if (n instanceof ArrayNode a) {
            List<Node> out = new ArrayList<>(a.size());
            a.elements().forEach(e -> out.add(reserveMarks(e)));
            return new ArrayNode(a.location(), a.tag(), out);
        }
        ObjectNode o = (ObjectNode) n;
        List<ObjectNode.Member> out = new ArrayList<>(o.members().size());
        o.members()
                .forEach(
                        m -> out.add(new ObjectNode.Member(unmark(m.key()), m.keyLocation(), reserveMarks(m.value()))));
        return new ObjectNode(o.location(), o.tag(), out);
    }

    private static String unmark(String s) {
        return s == null ? null : reserveEngineMarks(s);
    }

    private Parsed readJson(JsonParser p) throws IOException, TreeParseException {
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Parsed(List.of(), List.of());
            }
            Node root = readValue(p, 0);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new TreeParseException(
                        "unexpected content after the end of the JSON value", location(p.currentTokenLocation()));
            }
            return new Parsed(List.of(root), List.of());
        } catch (StreamConstraintsException e) {
            throw new TreeParseException(limitMessage(e), constraintLocation(e, p), true);
        }
    }

    /** Jackson gives some constraint violations no location; the parser still knows where it stopped. */
    private static Location constraintLocation(StreamConstraintsException e, JsonParser p) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? location(e.getLocation())
                : location(p.currentLocation());
    }

    private Parsed readYaml(String text) throws TreeParseException {
        List<Node> docs = new ArrayList<>();
        try (YAMLParser p = yamlFactory().createParser(text)) {
            List<Alias> aliases = new ArrayList<>();
            JsonToken t;
            try {
                while ((t = p.nextToken()) != null) {
                    if (docs.size() >= limits.maxDocuments()) {
                        throw new TreeParseException(
                                "more than the limit of " + limits.maxDocuments()
                                        + " YAML documents (maxYamlDocuments)",
                                location(p.currentTokenLocation()),
                                true);
                    }
                    docs.add(readYamlValue(p, 0, aliases));
                }
            } catch (StreamConstraintsException e) {
                throw new TreeParseException(limitMessage(e), constraintLocation(e, p), true);
            }
            return new Parsed(docs, aliases);
        } catch (StreamConstraintsException e) {
            throw new TreeParseException(limitMessage(e), location(e.getLocation()), true);
        } catch (StreamReadException e) {
            String message = cleanMessage(e);
            boolean limit = isLimit(message);
            throw new TreeParseException(limit ? yamlLimitMessage(message) : message, location(e.getLocation()), limit);
        } catch (IOException e) {
            throw new TreeParseException(e.getMessage(), Location.START);
        } catch (RuntimeException e) {
            // SnakeYAML signals some structural errors (e.g. nesting or code-point limits) unchecked.
            String message = firstLine(String.valueOf(e.getMessage()));
            boolean limit = isLimit(message);
            throw new TreeParseException(
                    limit ? yamlLimitMessage(message) : "YAML error: " + message, yamlLocation(e), limit);
        }
    }

    private static boolean isLimit(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("exceed") || m.contains("limit");
    }

    /** SnakeYAML's limit messages name its own settings; say which of ours was exceeded instead. */
    private String yamlLimitMessage(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "nesting deeper than the limit of " + limits.maxDepth() + " (maxNestingDepth)";
        }
        if (m.contains("code point")) {
            return "the file has more characters than the limit of " + limits.maxFileBytes() + " (maxFileSize)";
        }
        return "a limit was exceeded: " + message;
    }

    /** Jackson's constraint messages name its own settings; say which of ours was exceeded instead. */
    private String limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
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
        if (e instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
            return new Location(
                    m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
        }
        return Location.START;
    }

    private Node readValue(JsonParser p, int depth) throws IOException, TreeParseException {
        JsonToken t = p.currentToken();
        Location at = location(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                List<ObjectNode.Member> members = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = location(p.currentTokenLocation());
                    p.nextToken();
                    members.add(new ObjectNode.Member(key, keyAt, readValue(p, depth + 1)));
                }
                return new ObjectNode(ended(at, p), null, members);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(p, depth + 1));
                }
                return new ArrayNode(ended(at, p), null, elements);
            }
            default:
                return scalar(p, t, at, null);
        }
    }

    private Node readYamlValue(YAMLParser p, int depth, List<Alias> aliases) throws IOException, TreeParseException {
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
            aliases.add(new Alias(name, at));
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
                    members.add(new ObjectNode.Member(key, keyAt, readYamlValue(p, depth + 1, aliases)));
                }
                return new ObjectNode(ended(at, p), tag, members);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readYamlValue(p, depth + 1, aliases));
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

    private static final java.util.regex.Pattern MARK_ESCAPE =
            java.util.regex.Pattern.compile("\\\\(u|U0000)([eE]00[12])");

    /**
     * The engine marks unknown values with two private-use characters ({@link Values#START}, {@link Values#END}).
     * Written into a file, directly or as a JSON or YAML escape, they would make a literal look unknown and dodge
     * the rules, so a file's text is passed through this before it is parsed: the characters and their escapes
     * become U+FFFD, which matches in the rules what it matches in AWS, nothing. Lengths are kept, so positions
     * do not move. (Text the engine builds itself, such as a Terraform policy string with its interpolations
     * replaced, is not passed through it.)
     */
    public static String reserveEngineMarks(String text) {
        String out = text;
        if (out.indexOf(Values.START) >= 0 || out.indexOf(Values.END) >= 0) {
            out = out.replace(Values.START, '\uFFFD').replace(Values.END, '\uFFFD');
        }
        if (out.indexOf('\\') >= 0) {
            out = MARK_ESCAPE
                    .matcher(out)
                    .replaceAll(m -> java.util.regex.Matcher.quoteReplacement("\\" + m.group(1) + "FFFD"));
        }
        return out;
    }

    private static Location location(JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return Location.START;
        }
        return new Location(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static Location positionAfter(CharSequence decoded) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= decoded.length() || decoded.charAt(i + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }
        return new Location(line, col);
    }

    /** Jackson appends a source excerpt and location to its messages; we print our own location. */
    private static String cleanMessage(com.fasterxml.jackson.core.JsonProcessingException e) {
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
