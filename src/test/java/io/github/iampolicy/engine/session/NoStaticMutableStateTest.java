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
package io.github.iampolicy.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the plugin keeps mutable state in a static field: every static field is final and everything
 * reachable from it is immutable. Mutable state belongs to an {@link AnalysisSession}, which ends with the
 * goal; a static cache would outlive it, grow across the builds of a Maven daemon and carry text of one
 * build's files into the next.
 *
 * <p>Values are judged, not declared types: a {@code static final Map} holding a {@code HashMap} is an
 * offender, one holding {@code Map.of(...)} is not. Objects of the plugin's own classes are immutable when all
 * their fields are final and hold immutable values, recursively.
 */
class NoStaticMutableStateTest {

    /** Leaf types whose instances cannot change. */
    private static final Set<Class<?>> VALUES = Set.of(
            Object.class, // a bare identity token has no state
            String.class,
            Boolean.class,
            Character.class,
            Byte.class,
            Short.class,
            Integer.class,
            Long.class,
            Float.class,
            Double.class,
            Class.class,
            java.util.regex.Pattern.class,
            java.util.Locale.class,
            java.nio.charset.Charset.class,
            java.math.BigInteger.class,
            java.math.BigDecimal.class,
            java.time.Duration.class,
            java.time.LocalDate.class);

    /**
     * Classes trusted as immutable though their fields say otherwise: the action catalog (its content is the
     * bundled file; services are parsed on first use, once, behind the catalog's own synchronisation), and
     * Jackson's mappers, configured in the static initialiser and thread-safe afterwards; what they cache
     * internally is keyed by the plugin's own Java types, not by anything a scanned project contains.
     */
    private static final Set<String> TRUSTED = Set.of(
            ActionCatalog.class.getName(),
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.databind.json.JsonMapper",
            "com.fasterxml.jackson.databind.ObjectWriter",
            "com.fasterxml.jackson.databind.ObjectReader");

    @Test
    void noClassOfThePluginHoldsMutableStaticState() throws IOException, URISyntaxException {
        List<String> offenders = new ArrayList<>();
        List<Class<?>> classes = mainClasses();
        assertTrue(classes.size() > 100, "the scan sees the plugin's classes: " + classes.size());
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                String where = c.getName() + "." + f.getName();
                if (!Modifier.isFinal(f.getModifiers())) {
                    offenders.add(where + ": static and not final");
                    continue;
                }
                if (f.getType().isPrimitive()) {
                    continue;
                }
                f.setAccessible(true);
                Object value;
                try {
                    value = f.get(null);
                } catch (IllegalAccessException e) {
                    offenders.add(where + ": cannot be read (" + e.getMessage() + ")");
                    continue;
                }
                String problem = mutable(value, new IdentityHashMap<>());
                if (problem != null) {
                    offenders.add(where + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), offenders, "static fields holding mutable state; move them into AnalysisSession");
    }

    @Test
    void theCheckSeesMutableValues() {
        assertEquals("java.util.HashMap is mutable", mutable(new java.util.HashMap<>(), new IdentityHashMap<>()));
        assertEquals("an array is mutable", mutable(new String[] {"a"}, new IdentityHashMap<>()));
        assertTrue(mutable(new ThreadLocal<>(), new IdentityHashMap<>()).contains("ThreadLocal"));
        assertTrue(mutable(List.of(new java.util.ArrayList<>()), new IdentityHashMap<>())
                .contains("ArrayList"));
        assertTrue(mutable(new AnalysisSession(), new IdentityHashMap<>()).startsWith(AnalysisSession.class.getName()));
        assertEquals(null, mutable(Map.of("a", List.of(1, 2)), new IdentityHashMap<>()));
        assertEquals(null, mutable(List.of(Map.entry("a", "b")), new IdentityHashMap<>()));
        assertTrue(mutable(Map.entry("a", new java.util.ArrayList<>()), new IdentityHashMap<>())
                .contains("ArrayList"));
        assertEquals(null, mutable(new CacheKey<String, String>("k", 1), new IdentityHashMap<>()));
    }

    /** Why {@code value} or something reachable from it can change, or {@code null} when nothing can. */
    private static String mutable(Object value, IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return null;
        }
        Class<?> c = value.getClass();
        if (VALUES.contains(c) || TRUSTED.contains(c.getName())) {
            return null;
        }
        if (c.isHidden() || c.isSynthetic() || c.getName().contains("$$Lambda")) {
            return null; // a lambda or method reference: behaviour, its captures are effectively final
        }
        if (c.isArray()) {
            return "an array is mutable";
        }
        String name = c.getName();
        if (name.startsWith("java.util.ImmutableCollections$")
                || name.startsWith("java.util.Collections$Unmodifiable")
                || name.startsWith("java.util.Collections$Empty")
                || name.startsWith("java.util.Collections$Singleton")) {
            Stream<?> elements = value instanceof Map<?, ?> m
                    ? Stream.concat(m.keySet().stream(), m.values().stream())
                    : ((Collection<?>) value).stream();
            return elements.map(e -> mutable(e, seen))
                    .filter(p -> p != null)
                    .findFirst()
                    .orElse(null);
        }
        if (name.equals("java.util.KeyValueHolder") || value instanceof java.util.AbstractMap.SimpleImmutableEntry) {
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) value; // Map.entry(...): cannot change, its key and value may
            String key = mutable(e.getKey(), seen);
            return key != null ? key : mutable(e.getValue(), seen);
        }
        if (!name.startsWith("io.github.iampolicy.") && !c.isEnum() && !c.isRecord()) {
            return name + " is mutable";
        }
        for (Class<?> k = c;
                k != null && k != Object.class && k != Enum.class && k != Record.class;
                k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (!Modifier.isFinal(f.getModifiers())) {
                    return name + "." + f.getName() + " is not final";
                }
                if (f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    String inner = mutable(f.get(value), seen);
                    if (inner != null) {
                        return name + "." + f.getName() + " -> " + inner;
                    }
                } catch (IllegalAccessException | RuntimeException e) {
                    return name + "." + f.getName() + " cannot be read";
                }
            }
        }
        return null;
    }

    /** Every class compiled from src/main, initialised so that its static fields hold their values. */
    private static List<Class<?>> mainClasses() throws IOException, URISyntaxException {
        Path root = Path.of(AnalysisSession.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".class"))::iterator) {
                String rel = root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                if (rel.endsWith("module-info.class") || rel.endsWith("package-info.class")) {
                    continue;
                }
                String className =
                        rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                try {
                    out.add(Class.forName(className, true, NoStaticMutableStateTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + className + ": " + e, e);
                }
            }
        }
        return out;
    }
}
