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
package io.github.iampolicy.engine.catalog;

import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.session.LruCache;
import io.github.iampolicy.engine.text.Glob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Every AWS action with its access level and resource types, read from the compact catalog that
 * {@link CatalogGenerator} derives from the Service Authorization Reference.
 *
 * <p>The bundled catalog is loaded once per JVM ({@link #defaultCatalog()}) and is immutable, so parallel
 * module builds share it. Action names match case-insensitively, as IAM matches them.
 *
 * <p>Reading the file only indexes where each service's lines start; a service's actions are parsed the
 * first time something asks for that service. A build whose policies name a few services (the usual case:
 * {@code iam} and a handful more) so parses a few hundred of the 21,000 actions, which is most of what a
 * cold start of the goal used to spend on the catalog.
 */
public final class ActionCatalog {

    /** Classpath location of the bundled catalog. */
    public static final String RESOURCE = "/iam-policy/catalog.tsv.gz";

    private final String snapshotDate;
    private final String text;
    /** Service prefix to its block; sorted, so that every listing keeps catalog order. */
    private final Map<String, CatalogService> services;

    /** Expansions of action patterns: the function is pure, so they are memoised per analysis session. */
    private static final CacheKey<String, List<ActionInfo>> EXPANSIONS = new CacheKey<>("action expansions", 16_384);

    /** The session whose caches this view uses, or {@code null} for the shared catalog, which memoises nothing. */
    private final AnalysisSession session;

    private ActionCatalog(
            String snapshotDate, String text, Map<String, CatalogService> services, AnalysisSession session) {
        this.snapshotDate = snapshotDate;
        this.text = text;
        this.services = services;
        this.session = session;
    }

    /**
     * This catalog as seen by one analysis: the same actions, with expansions and the memos of the code that
     * is handed the catalog ({@link #session()}) kept in {@code session}, so they die with it.
     */
    public ActionCatalog within(AnalysisSession session) {
        return new ActionCatalog(snapshotDate, text, services, java.util.Objects.requireNonNull(session));
    }

    /**
     * The analysis session this view belongs to, or {@code null} for the catalog itself: code handed a
     * catalog memoises in the session's caches when there is one and computes afresh otherwise.
     */
    public AnalysisSession session() {
        return session;
    }

    /** The session's cache named {@code key}; a cache that keeps nothing for the catalog itself. */
    public <K, V> LruCache<K, V> cache(CacheKey<K, V> key) {
        return session == null ? new LruCache<>(0) : session.cache(key);
    }

    private static final class Holder {
        static final ActionCatalog DEFAULT = loadDefault();

        private static ActionCatalog loadDefault() {
            try (InputStream in = ActionCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the action catalog " + RESOURCE + " is missing from the plugin");
                }
                return CatalogText.read(new GZIPInputStream(in, 1 << 16), false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the action catalog " + RESOURCE, e);
            }
        }
    }

    /** The catalog bundled with the plugin, read on first use and shared by the whole JVM. */
    public static ActionCatalog defaultCatalog() {
        return Holder.DEFAULT;
    }

    /**
     * Reads a catalog in the format {@link CatalogGenerator} writes (uncompressed stream). Every line's record
     * type is checked here; the fields of a service's lines are parsed when the service is first used.
     */
    public static ActionCatalog read(InputStream in) throws IOException {
        return CatalogText.read(in, true);
    }

    /** A catalog of the given indexed text ({@link CatalogText}); the map must not change any more. */
    static ActionCatalog of(String snapshotDate, String text, Map<String, CatalogService> services) {
        return new ActionCatalog(snapshotDate, text, Collections.unmodifiableMap(services), null);
    }

    /** The date of the AWS data the catalog was generated from (ISO-8601). */
    public String snapshotDate() {
        return snapshotDate;
    }

    /** The number of actions; parses every service. */
    public int size() {
        int n = 0;
        for (CatalogService service : services.values()) {
            n += service.actions(text).size();
        }
        return n;
    }

    /** Service prefixes, sorted. */
    public Collection<String> services() {
        return services.keySet();
    }

    public boolean hasService(String prefix) {
        return services.containsKey(prefix.toLowerCase(Locale.ROOT));
    }

    /** The action named {@code service:Name} (any case), or {@code null}. */
    public ActionInfo action(String fullName) {
        String key = fullName.toLowerCase(Locale.ROOT);
        int colon = key.indexOf(':');
        CatalogService service = colon < 0 ? null : services.get(key.substring(0, colon));
        return service == null ? null : service.action(text, key);
    }

    /** Every action of a service (any case), in catalog order. */
    public List<ActionInfo> actions(String service) {
        CatalogService s = services.get(service.toLowerCase(Locale.ROOT));
        return s == null ? List.of() : s.actions(text);
    }

    /** The resource type {@code name} of {@code service}, or {@code null}. */
    public ResourceType resourceType(String service, String name) {
        CatalogService s = services.get(service);
        return s == null ? null : s.resourceType(text, name);
    }

    /** The condition keys the service defines (its own, and the global and foreign keys its actions use). */
    public List<ConditionKey> conditionKeys(String service) {
        CatalogService s = services.get(service.toLowerCase(Locale.ROOT));
        return s == null ? List.of() : s.conditionKeys(text);
    }

    /** The key of {@code service} that {@code key} is or belongs to (any case), or {@code null}. */
    public ConditionKey conditionKey(String service, String key) {
        for (ConditionKey k : conditionKeys(service)) {
            if (k.matches(key)) {
                return k;
            }
        }
        return null;
    }

    /**
     * Whether a request for {@code action} can carry {@code key}: a global key that every request may carry,
     * or a key the action or one of its resource types lists.
     */
    public boolean supports(ActionInfo action, String key) {
        ConditionKey global = AwsGlobalKeys.find(key);
        if (global != null && !AwsGlobalKeys.isActionSpecific(global)) {
            return true;
        }
        if (matchesAny(action.conditionKeys(), key)) {
            return true;
        }
        for (ActionInfo.ResourceRef ref : action.resourceTypes()) {
            ResourceType type = resourceType(action.service(), ref.type());
            if (type != null && matchesAny(type.conditionKeys(), key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(List<String> names, String key) {
        for (String name : names) {
            if (new ConditionKey(name, null, false).matches(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every action an action pattern matches: {@code *} and {@code ?} wildcards, case-insensitive, the
     * service part matched against service prefixes. A pattern without {@code :} other than {@code *}
     * matches nothing (IAM would reject it). Results are memoised in the session of a {@link #within} view; the list is in catalog order.
     */
    public List<ActionInfo> expand(String pattern) {
        String p = pattern.toLowerCase(Locale.ROOT);
        return cache(EXPANSIONS).get(p, this::computeExpansion);
    }

    /**
     * The actions of one service that {@code pattern} matches: the same as filtering {@link #expand} by
     * service, without walking the other services (a {@code *} costs the size of the service).
     */
    public List<ActionInfo> expandWithin(String pattern, String service) {
        if (pattern.equals("*")) {
            return expand(service + ":*");
        }
        int colon = pattern.indexOf(':');
        if (colon < 0 || !Glob.matches(pattern.substring(0, colon), service, true)) {
            return List.of();
        }
        return expand(service + pattern.substring(colon));
    }

    private List<ActionInfo> computeExpansion(String p) {
        if (p.equals("*")) {
            List<ActionInfo> all = new ArrayList<>();
            services.values().forEach(service -> all.addAll(service.actions(text)));
            return List.copyOf(all);
        }
        int colon = p.indexOf(':');
        if (colon < 0) {
            return List.of();
        }
        String servicePattern = p.substring(0, colon);
        String namePattern = p.substring(colon + 1);
        boolean serviceGlob = Glob.hasWildcard(servicePattern);
        boolean nameGlob = Glob.hasWildcard(namePattern);
        if (!serviceGlob && !nameGlob) {
            ActionInfo a = action(p);
            return a == null ? List.of() : List.of(a);
        }
        List<ActionInfo> out = new ArrayList<>();
        for (Map.Entry<String, CatalogService> e : services.entrySet()) {
            if (serviceGlob ? Glob.matches(servicePattern, e.getKey(), true) : servicePattern.equals(e.getKey())) {
                for (ActionInfo a : e.getValue().actions(text)) {
                    if (Glob.matches(namePattern, a.name(), true)) {
                        out.add(a);
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
