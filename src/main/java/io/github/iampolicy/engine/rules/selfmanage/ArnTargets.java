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
package io.github.iampolicy.engine.rules.selfmanage;

import io.github.iampolicy.engine.catalog.ActionCatalog;
import io.github.iampolicy.engine.rules.selfmanage.PatternProduct.El;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.text.ResourcePattern.Kind;
import io.github.iampolicy.engine.text.ResourcePattern.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The ARNs a resource entry is compared with in {@link UserResources}: six fields of element lists (an IAM
 * user or MFA ARN of any name, or the catalog's ARN format of an action's resource type), and whether the
 * entry's fields can match them.
 */
final class ArnTargets {

    /** Targets of the catalog's ARN formats, memoised in the analysis session. */
    private static final CacheKey<String, List<List<El>>> FORMAT_TARGETS = new CacheKey<>("ARN format targets", 4096);

    private ArnTargets() {}

    static List<El> nameTarget() {
        List<El> t = new ArrayList<>();
        t.add(El.one(PatternProduct.Chars.ALL, false));
        t.add(El.rep(PatternProduct.Chars.ALL, false));
        return t;
    }

    /** Targets of the six fields of {@code arn:<any>:iam::<any>:type/<rest>}. */
    static List<List<El>> iamTarget(String type, List<El> rest) {
        List<El> resource = new ArrayList<>(PatternProduct.literal(type + "/"));
        resource.addAll(rest);
        return List.of(
                PatternProduct.literal("arn"),
                List.of(El.rep(PatternProduct.Chars.ALL, false)),
                PatternProduct.literal("iam"),
                List.of(),
                List.of(El.rep(PatternProduct.Chars.ALL, false)),
                resource);
    }

    /** Targets of the six fields of an ARN format such as {@code arn:${Partition}:iam::${Account}:user/${UserNameWithPath}}. */
    static List<List<El>> formatTarget(ActionCatalog catalog, String format) {
        return catalog.cache(FORMAT_TARGETS).get(format, ArnTargets::readFormat);
    }

    static List<List<El>> readFormat(String format) {
        List<List<El>> fields = new ArrayList<>();
        List<El> cur = new ArrayList<>();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '$' && i + 1 < format.length() && format.charAt(i + 1) == '{' && format.indexOf('}', i) > 0) {
                if (fields.size() == 5) {
                    cur.add(El.one(PatternProduct.Chars.ALL, false));
                }
                cur.add(El.rep(PatternProduct.Chars.ALL, false));
                i = format.indexOf('}', i) + 1;
            } else if (c == ':' && fields.size() < 5) {
                fields.add(cur);
                cur = new ArrayList<>();
                i++;
            } else {
                cur.add(El.lit(c));
                i++;
            }
        }
        fields.add(cur);
        while (fields.size() < 6) {
            fields.add(List.of());
        }
        return List.copyOf(fields);
    }

    /**
     * Whether the entry matches some ARN of the six field targets: field by field for a six-field entry; for
     * fewer fields only when the last ends with {@code *} (it then spans the remaining colons) or an unknown
     * value or variable may hide colons.
     */
    static boolean matches(ResourcePattern p, List<List<El>> target) {
        if (p.isWhollyUnknown()) {
            return true;
        }
        List<List<Token>> f = p.fields();
        int k = f.size();
        if (k == 6) {
            for (int i = 0; i < 6; i++) {
                if (!PatternProduct.intersects(PatternProduct.elements(f.get(i)), target.get(i))) {
                    return false;
                }
            }
            return true;
        }
        List<Token> last = f.get(k - 1);
        if (!last.isEmpty() && last.get(last.size() - 1).kind() == Kind.STAR) {
            for (int i = 0; i < k - 1; i++) {
                if (!PatternProduct.intersects(PatternProduct.elements(f.get(i)), target.get(i))) {
                    return false;
                }
            }
            return PatternProduct.intersects(PatternProduct.elements(last), joined(target, k - 1));
        }
        if (p.hasUnknownOrVariable()) {
            return PatternProduct.intersects(PatternProduct.elements(p.tokens()), joined(target, 0));
        }
        return false;
    }

    static List<El> joined(List<List<El>> target, int from) {
        List<El> out = new ArrayList<>();
        for (int i = from; i < 6; i++) {
            if (i > from) {
                out.add(El.lit(':'));
            }
            out.addAll(target.get(i));
        }
        return out;
    }

    static boolean allStar(List<Token> toks) {
        return !toks.isEmpty() && toks.stream().allMatch(t -> t.kind() == Kind.STAR);
    }

    static boolean noWildcard(List<Token> toks) {
        return toks.stream().noneMatch(t -> t.kind() == Kind.STAR || t.kind() == Kind.ONE);
    }

    static boolean isLiteral(List<Token> toks, String s) {
        if (toks.size() != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!toks.get(i).isLiteral(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
