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

import io.github.iampolicy.engine.rules.document.ArnMatching.Kind;
import io.github.iampolicy.engine.rules.document.ArnMatching.Piece;
import java.util.List;

/**
 * Decides whether an ARN pattern and an ARN format meet without building automata, for the shapes nearly all
 * policies and catalog formats have: every field literal text, optionally ended by one wildcard
 * ({@code user/${aws:username}}, {@code mfa/*}, {@code ${Account}}). A one-policy build then neither loads
 * the automaton library nor compiles its code for IAM006; other shapes are left to the automata.
 *
 * <p>The six fields can be judged one by one: the first five hold no {@code :} (it separates them, and their
 * wildcards stand for text without one), so an ARN splits into fields in exactly one way, and it matches both
 * when each of its fields does.
 */
final class FieldShapes {

    private static final int LAST = 5;

    private FieldShapes() {}

    /**
     * Whether some ARN matches both field lists (six fields each), or {@code null} when a field has another
     * shape than literal text with an optional final wildcard.
     */
    static Boolean intersect(List<List<Piece>> a, List<List<Piece>> b) {
        if (a.size() != LAST + 1 || b.size() != LAST + 1 || colonInsideAField(a) || colonInsideAField(b)) {
            return null;
        }
        boolean undecided = false;
        for (int i = 0; i <= LAST; i++) {
            Shape x = Shape.of(a.get(i));
            Shape y = Shape.of(b.get(i));
            if (x == null || y == null) {
                undecided = true;
            } else if (!x.meets(y)) {
                return Boolean.FALSE; // one disjoint field decides, whatever the shapes of the others
            }
        }
        return undecided ? null : Boolean.TRUE;
    }

    /** A literal {@code :} before the resource field would make the fields' split ambiguous. */
    private static boolean colonInsideAField(List<List<Piece>> fields) {
        for (int i = 0; i < LAST; i++) {
            for (Piece p : fields.get(i)) {
                if (p.kind() == Kind.LITERAL && p.c() == ':') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Literal text, then any text (without {@code :} before the resource field) when {@code open}. */
    private record Shape(String text, boolean open) {

        static Shape of(List<Piece> pieces) {
            StringBuilder text = new StringBuilder(pieces.size());
            boolean open = false;
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                if (p.kind() == Kind.LITERAL) {
                    text.append(p.c());
                } else if ((p.kind() == Kind.STAR || p.kind() == Kind.ANY) && i == pieces.size() - 1) {
                    open = true;
                } else {
                    return null;
                }
            }
            return new Shape(text.toString(), open);
        }

        boolean meets(Shape o) {
            if (open && o.open) {
                return text.startsWith(o.text) || o.text.startsWith(text);
            }
            if (open) {
                return o.text.startsWith(text);
            }
            return o.open ? text.startsWith(o.text) : text.equals(o.text);
        }
    }
}
