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

import io.github.iampolicy.engine.analysis.AnalyzedPolicy;
import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.catalog.ResourceType;
import io.github.iampolicy.engine.model.Policy;
import io.github.iampolicy.engine.model.PolicyKind;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.session.LruCache;
import io.github.iampolicy.engine.tree.Node;
import io.github.iampolicy.engine.tree.ObjectNode;
import io.github.iampolicy.engine.tree.TreeParseException;
import io.github.iampolicy.engine.tree.TreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Forbidden access (IAM303, an offline analogue of Access Analyzer's CheckAccessNotGranted): requests that no
 * policy may allow, given as action patterns and optional resource patterns (IAM globs).
 *
 * <p>"Policy allows something forbidden" is decided as "policy allows a request that the complement of the
 * forbidden set does not", which is exactly {@link SemanticChecker#exceedsReference}: the complement is an
 * Allow-only policy (every action but the forbidden ones on every resource, and the forbidden actions on every
 * resource but the forbidden ones). Deny statements, NotAction, NotResource, conditions and unknown template
 * values of the checked policy are thereby handled as IAM302 handles them.
 */
public final class ForbiddenAccess {

    /** The presets a user can turn on by name. */
    public static final Map<String, List<Entry>> PRESETS = Map.of(
            "sensitive-data",
            List.of(
                    new Entry(List.of("iam:PassRole"), List.of("*")),
                    new Entry(List.of("sts:AssumeRole"), List.of("*")),
                    new Entry(List.of("secretsmanager:GetSecretValue"), List.of("*")),
                    new Entry(List.of("ssm:GetParameter*"), List.of("*")),
                    new Entry(List.of("kms:Decrypt"), List.of("*")),
                    new Entry(List.of("s3:GetObject"), List.of("*"))));

    /** Most actions a pattern may stand for and still be narrowed to the resources each takes. */
    private static final int MAX_TYPED_ACTIONS = 64;

    private ForbiddenAccess() {}

    /**
     * One forbidden entry: the requests whose action matches one of {@code actions} and whose resource matches
     * one of {@code resources} (an empty list means any resource).
     */
    public record Entry(List<String> actions, List<String> resources) {

        public Entry {
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
            if (actions.isEmpty() || actions.stream().anyMatch(a -> a == null || a.isBlank())) {
                throw new IllegalArgumentException("a forbiddenAccess entry needs at least one non-blank action");
            }
            if (resources.stream().anyMatch(r -> r == null || r.isBlank())) {
                throw new IllegalArgumentException("a forbiddenAccess resource pattern must not be blank");
            }
        }

        /** How messages name the entry, e.g. {@code kms:Decrypt on *}. */
        public String label() {
            return String.join(", ", actions) + " on " + (resources.isEmpty() ? "*" : String.join(", ", resources));
        }

        /** Resources that are effectively "any": none given, or a bare {@code *}. */
        boolean anyResource() {
            return resources.isEmpty() || resources.contains("*");
        }
    }

    /**
     * The entries of the named presets, in order.
     *
     * @throws IllegalArgumentException for a name that is not a preset, listing the known ones
     */
    public static List<Entry> presets(List<String> names) {
        List<Entry> out = new ArrayList<>();
        for (String n : names) {
            List<Entry> p = PRESETS.get(n.trim().toLowerCase(Locale.ROOT));
            if (p == null) {
                throw new IllegalArgumentException("unknown forbiddenAccess preset '" + n.trim()
                        + "': known presets are "
                        + String.join(", ", PRESETS.keySet().stream().sorted().toList()));
            }
            out.addAll(p);
        }
        return out;
    }

    /**
     * Does {@code candidate} allow a request of {@code entry}? A Fail's counterexample is such a request.
     *
     * @param catalog tells which resources each forbidden action takes
     */
    public static CheckResult check(
            SemanticChecker checker, ActionCatalog catalog, List<AnalyzedPolicy> candidate, Entry entry) {
        return checker.exceedsReferenceOf(candidate, List.of(complementAnalysis(entry, catalog)));
    }

    /** The complements' analyses per goal execution: every checked policy is held to the same ones. */
    private static final CacheKey<Entry, AnalyzedPolicy> COMPLEMENTS =
            new CacheKey<>("forbidden-access complements", 256);

    /**
     * The {@link #complement} of {@code entry}, built and analysed once per analysis session of {@code catalog}
     * (as the reference policy is, {@link SemanticOptions.Reference#analyses}); the checker only reads its
     * parsed statements, so the scan's threads share it.
     */
    static AnalyzedPolicy complementAnalysis(Entry entry, ActionCatalog catalog) {
        LruCache<Entry, AnalyzedPolicy> cache = catalog.cache(COMPLEMENTS);
        synchronized (cache) {
            AnalyzedPolicy known = cache.get(entry);
            if (known == null) {
                known = new AnalyzedPolicy(complement(entry, catalog), catalog);
                cache.put(entry, known);
            }
            return known;
        }
    }

    /**
     * Every request outside {@code entry}, as an Allow-only identity policy. A forbidden action on a resource of
     * a type it does not take (kms:Decrypt on an alias ARN) is outside too: AWS never authorizes that request,
     * so a policy naming such a resource grants nothing of the entry.
     */
    static Policy complement(Entry entry, ActionCatalog catalog) {
        StringBuilder b = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        b.append("{\"Effect\":\"Allow\",\"NotAction\":").append(array(entry.actions()));
        b.append(",\"Resource\":\"*\"}");
        if (!entry.anyResource()) {
            b.append(",{\"Effect\":\"Allow\",\"Action\":").append(array(entry.actions()));
            b.append(",\"NotResource\":").append(array(entry.resources())).append('}');
        }
        for (String pattern : entry.actions()) {
            List<ActionInfo> actions = catalog.expand(pattern);
            if (actions.size() > MAX_TYPED_ACTIONS) {
                continue;
            }
            for (ActionInfo a : actions) {
                List<String> shapes = shapes(a, catalog);
                if (!shapes.isEmpty()) {
                    b.append(",{\"Effect\":\"Allow\",\"Action\":").append(array(List.of(a.fullName())));
                    b.append(",\"NotResource\":").append(array(shapes)).append('}');
                }
            }
        }
        b.append("]}");
        String json = b.toString();
        try {
            Node root = new TreeReader().read(json, TreeReader.Syntax.JSON).get(0);
            return new Policy("forbiddenAccess", "", PolicyKind.IDENTITY, (ObjectNode) root, json.length());
        } catch (TreeParseException e) {
            throw new IllegalArgumentException("forbiddenAccess entry " + entry.label() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The ARN shapes (catalog ARN formats, each {@code ${...}} as {@code *}) of the resources {@code a} takes, or
     * none when it may also be called on {@code *} (no required resource type) or a format is unknown: then every
     * resource stays forbidden.
     */
    static List<String> shapes(ActionInfo a, ActionCatalog catalog) {
        List<String> out = new ArrayList<>();
        boolean required = false;
        for (ActionInfo.ResourceRef ref : a.resourceTypes()) {
            ResourceType t = catalog.resourceType(a.service(), ref.type());
            if (t == null || t.arnFormat() == null || !t.arnFormat().startsWith("arn:")) {
                return List.of();
            }
            required |= ref.required();
            out.add(t.arnFormat().replaceAll("\\$\\{[^}]*}", "*"));
        }
        return required ? out : List.of();
    }

    private static String array(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            StringBuilder q = new StringBuilder("\"");
            for (char c : v.toCharArray()) {
                if (c == '"' || c == '\\') {
                    q.append('\\').append(c);
                } else if (c < 0x20) {
                    q.append(String.format("\\u%04x", (int) c));
                } else {
                    q.append(c);
                }
            }
            quoted.add(q.append('"').toString());
        }
        return "[" + String.join(",", quoted) + "]";
    }
}
