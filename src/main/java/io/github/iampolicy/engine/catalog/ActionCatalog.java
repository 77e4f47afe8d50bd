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

import io.github.iampolicy.engine.text.Glob;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Every AWS action with its access level and resource types, read from the compact catalog that
 * {@link CatalogGenerator} derives from the Service Authorization Reference.
 *
 * <p>The bundled catalog is loaded once per JVM ({@link #defaultCatalog()}) and is immutable, so parallel
 * module builds share it. Action names match case-insensitively, as IAM matches them.
 */
public final class ActionCatalog {

    /** Classpath location of the bundled catalog. */
    public static final String RESOURCE = "/iam-policy/catalog.tsv.gz";

    private final String snapshotDate;
    private final Map<String, ActionInfo> byKey;
    private final Map<String, List<ActionInfo>> byService;
    private final Map<String, ResourceType> resourceTypes;
    private final Map<String, List<ActionInfo>> expansions = new ConcurrentHashMap<>();

    private ActionCatalog(
            String snapshotDate,
            Map<String, ActionInfo> byKey,
            Map<String, List<ActionInfo>> byService,
            Map<String, ResourceType> resourceTypes) {
        this.snapshotDate = snapshotDate;
        this.byKey = byKey;
        this.byService = byService;
        this.resourceTypes = resourceTypes;
    }

    private static final class Holder {
        static final ActionCatalog DEFAULT = loadDefault();

        private static ActionCatalog loadDefault() {
            try (InputStream in = ActionCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the action catalog " + RESOURCE + " is missing from the plugin");
                }
                return read(new GZIPInputStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the action catalog " + RESOURCE, e);
            }
        }
    }

    /** The catalog bundled with the plugin, read on first use and shared by the whole JVM. */
    public static ActionCatalog defaultCatalog() {
        return Holder.DEFAULT;
    }

    /** Reads a catalog in the format {@link CatalogGenerator} writes (uncompressed stream). */
    public static ActionCatalog read(InputStream in) throws IOException {
        String date = "unknown";
        Map<String, ActionInfo> byKey = new HashMap<>();
        Map<String, List<ActionInfo>> byService = new TreeMap<>();
        Map<String, ResourceType> types = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "@date" -> date = f[1];
                case "S" -> byService.computeIfAbsent(f[1], k -> new ArrayList<>());
                case "R" -> types.put(f[1] + ":" + f[2], new ResourceType(f[1], f[2], f[3]));
                case "A" -> {
                    List<ActionInfo.ResourceRef> refs = new ArrayList<>();
                    if (f.length > 4 && !f[4].isEmpty()) {
                        for (String t : f[4].split(",")) {
                            boolean required = t.endsWith("*");
                            refs.add(new ActionInfo.ResourceRef(
                                    required ? t.substring(0, t.length() - 1) : t, required));
                        }
                    }
                    ActionInfo a = new ActionInfo(f[1], f[2], AccessLevel.ofCode(f[3].charAt(0)), refs);
                    byKey.put(a.key(), a);
                    byService.computeIfAbsent(f[1], k -> new ArrayList<>()).add(a);
                }
                default -> throw new IOException("catalog line " + lineNo + ": unknown record type " + f[0]);
            }
        }
        Map<String, List<ActionInfo>> frozen = new LinkedHashMap<>();
        byService.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new ActionCatalog(date, Map.copyOf(byKey), frozen, Map.copyOf(types));
    }

    /** The date of the AWS data the catalog was generated from (ISO-8601). */
    public String snapshotDate() {
        return snapshotDate;
    }

    public int size() {
        return byKey.size();
    }

    /** Service prefixes, sorted. */
    public Collection<String> services() {
        return byService.keySet();
    }

    public boolean hasService(String prefix) {
        return byService.containsKey(prefix.toLowerCase(Locale.ROOT));
    }

    /** The action named {@code service:Name} (any case), or {@code null}. */
    public ActionInfo action(String fullName) {
        return byKey.get(fullName.toLowerCase(Locale.ROOT));
    }

    /** Every action of a service (any case), in catalog order. */
    public List<ActionInfo> actions(String service) {
        return byService.getOrDefault(service.toLowerCase(Locale.ROOT), List.of());
    }

    /** The resource type {@code name} of {@code service}, or {@code null}. */
    public ResourceType resourceType(String service, String name) {
        return resourceTypes.get(service + ":" + name);
    }

    /**
     * Every action an action pattern matches: {@code *} and {@code ?} wildcards, case-insensitive, the
     * service part matched against service prefixes. A pattern without {@code :} other than {@code *}
     * matches nothing (IAM would reject it). Results are cached; the list is in catalog order.
     */
    public List<ActionInfo> expand(String pattern) {
        String p = pattern.toLowerCase(Locale.ROOT);
        List<ActionInfo> cached = expansions.get(p); // the usual case: a plain get takes no lock
        return cached != null ? cached : expansions.computeIfAbsent(p, this::computeExpansion);
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
            List<ActionInfo> all = new ArrayList<>(byKey.size());
            byService.values().forEach(all::addAll);
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
            ActionInfo a = byKey.get(p);
            return a == null ? List.of() : List.of(a);
        }
        List<ActionInfo> out = new ArrayList<>();
        for (Map.Entry<String, List<ActionInfo>> e : byService.entrySet()) {
            if (serviceGlob ? Glob.matches(servicePattern, e.getKey(), true) : servicePattern.equals(e.getKey())) {
                for (ActionInfo a : e.getValue()) {
                    if (Glob.matches(namePattern, a.name(), true)) {
                        out.add(a);
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
