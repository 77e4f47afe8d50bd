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
package io.github.iampolicy.engine.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.catalog.ResourceType;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.text.ResourcePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** IAM006's matching of ARN patterns against formats without automata answers as the automata do. */
class FieldShapesTest {

    private static Boolean shapes(String pattern, String format) {
        return FieldShapes.intersect(pieces(pattern, false), pieces(format, true));
    }

    private static List<List<ArnMatching.Piece>> pieces(String arn, boolean format) {
        return ArnMatching.pieces(format ? ArnMatching.formatPattern(arn) : ResourcePattern.of(arn), format);
    }

    @Test
    void decidesLiteralTextWithOneFinalWildcard() {
        String user = "arn:${Partition}:iam::${Account}:user/${UserNameWithPath}";
        assertEquals(Boolean.TRUE, shapes("arn:aws:iam::123456789012:user/${aws:username}", user));
        assertEquals(Boolean.TRUE, shapes("arn:aws:iam::*:user/*", user));
        assertEquals(Boolean.TRUE, shapes("arn:aws:iam::*:*", user), "the resource star covers user/...");
        assertEquals(Boolean.TRUE, shapes("arn:aws:iam::1:user", "arn:aws:iam::1:user"));
        assertEquals(Boolean.FALSE, shapes("arn:aws:iam::1:mfa/*", user), "mfa/ and user/ share no ARN");
        assertEquals(Boolean.FALSE, shapes("arn:aws:s3:::b/*", user), "the service differs");
        assertEquals(Boolean.FALSE, shapes("arn:aws:iam::1:user", "arn:aws:iam::1:users"));
        assertEquals(Boolean.FALSE, shapes("arn:aws:iam::1:user?/x", "arn:aws:s3::1:user"), "a disjoint field decides");
    }

    @Test
    void leavesOtherShapesToTheAutomata() {
        String user = "arn:${Partition}:iam::${Account}:user/${UserNameWithPath}";
        assertNull(shapes("arn:aws:iam::1:user/?", user), "? stands for one character");
        assertNull(shapes("arn:aws:iam::1:*/bob", user), "a wildcard before literal text");
        assertNull(shapes("arn:aws:iam::1:user/*x*", user));
        assertNull(shapes("arn:aws:iam::1:user/x", "arn:${Partition}:iam::${Account}:${Type}/${Name}"));
    }

    /**
     * ARN formats of the bundled catalog against patterns made from formats (their variables written as
     * text, as stars, cut short): where the shapes decide, they agree with the automata, and they decide the
     * most.
     */
    @Test
    void agreesWithTheAutomataOnTheWholeCatalog() {
        ActionCatalog catalog = ActionCatalog.defaultCatalog().within(new AnalysisSession());
        Set<String> formats = new TreeSet<>();
        for (String service : catalog.services()) {
            for (ActionInfo a : catalog.actions(service)) {
                for (ActionInfo.ResourceRef ref : a.resourceTypes()) {
                    ResourceType t = catalog.resourceType(service, ref.type());
                    if (t != null) {
                        formats.add(t.arnFormat());
                    }
                }
            }
        }
        assertTrue(formats.size() > 500, "formats: " + formats.size());
        List<String> all = new ArrayList<>(formats);
        int decided = 0;
        int pairs = 0;
        // every 29th format and its neighbour: the automata are slow enough to make more a long test
        for (int i = 0; i < all.size(); i += 29) {
            String format = all.get(i);
            List<String> patterns = new ArrayList<>(patternsFrom(format));
            patterns.addAll(patternsFrom(all.get((i + 1) % all.size())));
            patterns.addAll(List.of(
                    "arn:aws:s3:::bucket/*",
                    "arn:aws:iam::*:user/${aws:username}",
                    "arn:*:*:*:*:*",
                    "arn:aws:iam::123456789012:mfa/*",
                    "arn:aws:ec2:*:*:instance/i-?",
                    "arn:aws:logs:*:*:*:log-stream:*"));
            for (String p : patterns) {
                ResourcePattern t = ResourcePattern.of(p);
                if (!t.isArnShaped()) {
                    continue;
                }
                boolean automata = ArnMatching.intersectsByAutomata(catalog, t, format);
                assertEquals(automata, ArnMatching.intersects(catalog, t, format), p + " against " + format);
                ResourcePattern f = ArnMatching.formatPattern(format);
                if (f.isArnShaped()
                        && FieldShapes.intersect(ArnMatching.pieces(t, false), ArnMatching.pieces(f, true)) != null) {
                    decided++;
                }
                pairs++;
            }
        }
        assertTrue(decided * 10 > pairs * 7, decided + " of " + pairs + " pairs decided without automata");
    }

    private static List<String> patternsFrom(String format) {
        String f = format.startsWith("^") ? format.substring(1) : format;
        f = f.endsWith("$") ? f.substring(0, f.length() - 1) : f;
        String text = f.replaceAll("\\$\\{[^}]*}", "x1");
        String stars = f.replaceAll("\\$\\{[^}]*}", "*");
        String partly = f.replace("${Partition}", "aws")
                .replace("${Region}", "us-east-1")
                .replace("${Account}", "123456789012");
        List<String> out = new ArrayList<>(List.of(text, stars, partly));
        int slash = text.lastIndexOf('/');
        if (slash > 0) {
            out.add(text.substring(0, slash + 1) + "*");
            out.add(text.substring(0, slash) + "-other/*");
        }
        int colon = text.lastIndexOf(':');
        out.add(text.substring(0, colon + 1) + "*");
        out.add(text.substring(0, colon + 1) + text.substring(colon + 1, Math.min(text.length(), colon + 3)));
        return out;
    }

    @Test
    void aColonInsideAFieldLeavesTheAnswerToTheAutomata() {
        List<List<ArnMatching.Piece>> odd = new ArrayList<>(pieces("arn:aws:iam::1:user/x", false));
        odd.set(2, List.of(new ArnMatching.Piece(ArnMatching.Kind.LITERAL, ':')));
        assertNull(FieldShapes.intersect(odd, pieces("arn:aws:s3:::b", true)));
        assertFalse(FieldShapes.intersect(pieces("arn:aws:iam::1:x", false), pieces("arn:aws:s3:::b", true)));
    }
}
