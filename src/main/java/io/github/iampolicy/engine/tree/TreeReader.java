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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
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
    private final ParseProblems problems;
    private final TokenTrees trees;
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
        this.problems = new ParseProblems(limits);
        this.trees = new TokenTrees(limits);
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
        return Utf8Text.decode(bytes);
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
                throw problems.constraint(e);
            } catch (StreamReadException e) {
                throw problems.read(e);
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
            return EngineMarks.reserveIn(trees.readValue(p));
        } catch (IOException e) {
            throw problem(e, p);
        }
    }

    /** The location of a parser's current token, for problems found while walking a stream. */
    public static Location tokenLocation(JsonParser p) {
        return ParseProblems.location(p.currentTokenLocation());
    }

    /** A parse or limit problem raised while walking a stream, in the terms {@link #readCurrent} uses. */
    public TreeParseException problem(IOException e, JsonParser p) {
        if (e instanceof StreamConstraintsException c) {
            return problems.constraint(c, p);
        }
        if (e instanceof StreamReadException r) {
            return problems.read(r);
        }
        return new TreeParseException(String.valueOf(e.getMessage()), ParseProblems.location(p.currentLocation()));
    }

    private Parsed readJson(JsonParser p) throws IOException, TreeParseException {
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Parsed(List.of(), List.of());
            }
            Node root = trees.readValue(p);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new TreeParseException("unexpected content after the end of the JSON value", tokenLocation(p));
            }
            return new Parsed(List.of(root), List.of());
        } catch (StreamConstraintsException e) {
            throw problems.constraint(e, p);
        }
    }

    private Parsed readYaml(String text) throws TreeParseException {
        List<Node> docs = new ArrayList<>();
        try (YAMLParser p = yamlFactory().createParser(text)) {
            List<Alias> aliases = new ArrayList<>();
            try {
                while (p.nextToken() != null) {
                    if (docs.size() >= limits.maxDocuments()) {
                        throw new TreeParseException(
                                "more than the limit of " + limits.maxDocuments()
                                        + " YAML documents (maxYamlDocuments)",
                                tokenLocation(p),
                                true);
                    }
                    docs.add(trees.readYamlValue(p, aliases));
                }
            } catch (StreamConstraintsException e) {
                throw problems.constraint(e, p);
            }
            return new Parsed(docs, aliases);
        } catch (StreamConstraintsException e) {
            throw problems.constraint(e);
        } catch (StreamReadException e) {
            throw problems.yamlRead(e);
        } catch (IOException e) {
            throw new TreeParseException(e.getMessage(), Location.START);
        } catch (RuntimeException e) {
            throw problems.yamlUnchecked(e);
        }
    }

    /**
     * Makes the engine's unknown-value marks in a file's text harmless before it is parsed, see
     * {@link EngineMarks}. (Text the engine builds itself, such as a Terraform policy string with its
     * interpolations replaced, is not passed through it.)
     */
    public static String reserveEngineMarks(String text) {
        return EngineMarks.reserve(text);
    }
}
