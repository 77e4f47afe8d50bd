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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and indexes the catalog text: where each service's lines start and end. A service's lines are parsed
 * by {@link CatalogService} when the service is first asked for.
 */
final class CatalogText {

    private CatalogText() {}

    /**
     * Reads a catalog; {@code strict} checks every line's record type and block, which any catalog but the
     * bundled one (checked by a test) needs.
     */
    static ActionCatalog read(InputStream in, boolean strict) throws IOException {
        String text = bytesAsText(in);
        return strict ? strict(text) : bundled(text);
    }

    private static ActionCatalog strict(String text) throws IOException {
        String date = "unknown";
        Map<String, CatalogService> services = new TreeMap<>();
        CatalogService current = null;
        int lineNo = 0;
        for (int pos = 0; pos < text.length(); ) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            lineNo++;
            if (end > pos && text.charAt(pos) != '#') {
                int tab = text.indexOf('\t', pos);
                String type = tab < 0 || tab > end ? text.substring(pos, end) : text.substring(pos, tab);
                switch (type) {
                    case "@date" -> date = text.substring(tab + 1, end);
                    case "S" -> {
                        String prefix = text.substring(tab + 1, end);
                        current = services.computeIfAbsent(prefix, k -> new CatalogService(k, end));
                    }
                    case "K", "R", "A" -> {
                        if (current == null || !current.owns(text, tab + 1, end)) {
                            throw new IOException("catalog line " + lineNo + ": " + type
                                    + " record outside the block of its service");
                        }
                        current.extendTo(end);
                    }
                    default -> throw new IOException("catalog line " + lineNo + ": unknown record type " + type);
                }
            }
            pos = end + 1;
        }
        return ActionCatalog.of(date, text, services);
    }

    /**
     * The catalog bundled with the plugin, which {@code ActionCatalogTest} reads strictly too and finds
     * identical: only its {@code @date} and {@code S} lines are looked at, by jumping from one service
     * to the next, so a build pays a few hundred steps instead of a walk over 26,000 lines in a cold JVM.
     */
    private static ActionCatalog bundled(String text) throws IOException {
        int firstService = lineStarting(text, "S\t", 0);
        int dateLine = lineStarting(text, "@date\t", 0);
        String date = dateLine >= 0 && (firstService < 0 || dateLine < firstService)
                ? text.substring(dateLine + 6, lineEnd(text, dateLine))
                : "unknown";
        Map<String, CatalogService> services = new TreeMap<>();
        for (int line = firstService; line >= 0; ) {
            int end = lineEnd(text, line);
            int next = lineStarting(text, "S\t", end);
            CatalogService service = new CatalogService(text.substring(line + 2, end), end);
            service.extendTo(next < 0 ? text.length() : next - 1);
            if (services.put(service.prefix(), service) != null) {
                throw new IOException("the bundled catalog names service " + service.prefix() + " twice");
            }
            line = next;
        }
        return ActionCatalog.of(date, text, services);
    }

    /** The start of the first line at or after {@code from} that begins with {@code start}, or -1. */
    private static int lineStarting(String text, String start, int from) {
        if (from == 0 && text.startsWith(start)) {
            return 0;
        }
        int at = text.indexOf("\n" + start, Math.max(0, from - 1));
        return at < 0 ? -1 : at + 1;
    }

    private static int lineEnd(String text, int from) {
        int eol = text.indexOf('\n', from);
        return eol < 0 ? text.length() : eol;
    }

    /**
     * The bytes one char each (ISO-8859-1 is a copy, where decoding UTF-8 would walk 1.8 MB in a cold JVM); a
     * service's block is decoded as UTF-8 when it is parsed ({@link CatalogService}).
     */
    private static String bytesAsText(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
