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
package io.github.iampolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each goal hands every scan parameter to the scanner under its own name: a value set on the field of a parameter
 * comes back in the {@link ScanSettings} component of that name, for the check goals and the site reports alike.
 */
class ScanSettingsWiringTest {

    static Stream<Arguments> goals() {
        return Stream.of(
                Arguments.of("check", (Supplier<Object>) CheckMojo::new),
                Arguments.of("baseline", (Supplier<Object>) BaselineMojo::new),
                Arguments.of("report", (Supplier<Object>) ReportMojo::new),
                Arguments.of("aggregate", (Supplier<Object>) AggregateMojo::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goals")
    void everyParameterReachesTheScannerUnderItsName(String goal, Supplier<Object> mojo) throws Exception {
        Object instance = mojo.get();
        RecordComponent[] components = ScanSettings.class.getRecordComponents();
        Object[] values = new Object[components.length];
        int booleans = 0;
        for (int i = 0; i < components.length; i++) {
            // booleans alternate, so two boolean parameters wired the wrong way round show too
            values[i] = components[i].getType() == boolean.class ? booleans++ % 2 == 0 : distinct(components[i], i);
            field(instance.getClass(), components[i].getName()).set(instance, values[i]);
        }
        ScanSettings settings = settings(instance);
        for (int i = 0; i < components.length; i++) {
            assertEquals(
                    values[i], components[i].getAccessor().invoke(settings), goal + ": " + components[i].getName());
        }
    }

    /** A value no other component gets, so a parameter wired to the wrong component shows. */
    private static Object distinct(RecordComponent c, int i) {
        Type type = c.getGenericType();
        if (type == int.class) {
            return 1000 + i;
        }
        if (type == String.class) {
            return c.getName() + "-value";
        }
        if (type == File.class) {
            return new File(c.getName());
        }
        if (type instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            if (element == String.class) {
                return List.of(c.getName());
            }
            if (element == File.class) {
                return List.of(new File(c.getName()));
            }
            if (element == ForbiddenAccessEntry.class) {
                return List.of(new ForbiddenAccessEntry());
            }
        }
        throw new AssertionError("no test value for " + c);
    }

    private static ScanSettings settings(Object mojo) throws Exception {
        if (mojo instanceof AbstractScanMojo m) {
            return m.settings();
        }
        return ((AbstractReportMojo) mojo).settings();
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
