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
import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.catalog.ResourceType;
import io.github.iampolicy.engine.model.Statement;
import io.github.iampolicy.engine.rules.selfmanage.PatternProduct.El;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.text.ResourcePattern;
import io.github.iampolicy.engine.text.ResourcePattern.Kind;
import io.github.iampolicy.engine.text.ResourcePattern.Token;
import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one classifier of resource entries that the self-manage and privilege rules share: what a
 * {@code Resource} entry means for IAM {@code user} and {@code mfa} resources, and whether it can grant an
 * action anything at all.
 *
 * <p>For a resource type {@code user} (or {@code mfa}, {@code sms-mfa}) an entry is one of {@link Scope}:
 * <ul>
 * <li>{@link Scope#OTHER_TYPE}: it matches no ARN of that type ({@code mfa/*} for {@code user}, an S3 ARN,
 * {@code User/x} since resources match case-sensitively, a region in an IAM ARN);</li>
 * <li>{@link Scope#COVERS_OTHERS}: for some caller it matches the resource of another user (or device),
 * because a wildcard can produce characters of the last path segment, the name: {@code *},
 * {@code arn:aws:iam::*:*}, {@code user/*}, {@code user/path/*}, {@code user/?*},
 * {@code user/${aws:username}*}, {@code user/*${aws:username}}, {@code arn:*:iam::*:user*};</li>
 * <li>{@link Scope#SELF}: the name is exactly {@code ${aws:username}} after a {@code /}:
 * {@code user/${aws:username}}, {@code user/*}{@code /${aws:username}} (names are unique, so any path
 * before the last {@code /} is safe; a literal path such as {@code user/dev/${aws:username}} is self too);</li>
 * <li>{@link Scope#LITERAL}, {@link Scope#VARIABLE}, {@link Scope#UNKNOWN}: it names one user, by a literal
 * name, by another variable ({@code ${aws:userid}}, {@code ${aws:PrincipalTag/x}}, or {@code ${aws:username}}
 * with other characters such as {@code ${aws:username}-admin}), or by an unknown template value (a
 * variable wins over an unknown value). An entry that is one unknown value as a whole (a Terraform
 * {@code ${aws_iam_user.x.arn}}) is {@link Scope#UNKNOWN}.</li>
 * </ul>
 */
public final class UserResources {

    /** What an entry covers for one resource type. */
    public enum Scope {
        OTHER_TYPE,
        COVERS_OTHERS,
        SELF,
        LITERAL,
        VARIABLE,
        UNKNOWN;

        /** One named user or device: {@link #LITERAL}, {@link #VARIABLE} or {@link #UNKNOWN}. */
        public boolean isSingle() {
            return this == LITERAL || this == VARIABLE || this == UNKNOWN;
        }
    }

    public static final String USER = "user";
    public static final String MFA = "mfa";
    public static final String SMS_MFA = "sms-mfa";

    private UserResources() {}

    /** {@link #classify(ResourcePattern, String)} of a resolved resource text. */
    public static Scope classify(String resource, String type) {
        return classify(ResourcePattern.of(resource), type);
    }

    private static final CacheKey<String, Boolean> GRANTS = new CacheKey<>("resource grants action", 100_000);

    /** What the entry covers of the IAM resource type {@code type} ({@code user}, {@code mfa}, {@code sms-mfa}). */
    public static Scope classify(ResourcePattern p, String type) {
        if (p.isWhollyUnknown()) {
            return Scope.UNKNOWN;
        }
        if (!ArnTargets.matches(p, ArnTargets.iamTarget(type, ArnTargets.nameTarget()))) {
            return Scope.OTHER_TYPE;
        }
        if (coversOthers(p, type)) {
            return Scope.COVERS_OTHERS;
        }
        List<Token> name = p.nameTokens();
        if (name.size() == 1 && name.get(0).kind() == Kind.SELF) {
            return Scope.SELF;
        }
        boolean var = false;
        boolean unknown = false;
        boolean self = false;
        for (Token t : name) {
            switch (t.kind()) {
                case VARIABLE -> var = true;
                case UNKNOWN -> unknown = true;
                case SELF -> self = true;
                case STAR, ONE -> {
                    return Scope.COVERS_OTHERS; // defensive: coversOthers already said so
                }
                default -> {}
            }
        }
        if (var) {
            return Scope.VARIABLE;
        }
        if (unknown) {
            return Scope.UNKNOWN;
        }
        return self ? Scope.VARIABLE : Scope.LITERAL;
    }

    /** Whether a wildcard of the entry can produce characters of the name: it covers another user's resource. */
    static boolean coversOthers(ResourcePattern p, String type) {
        // the name right after "type/", or after a path ending in "/"; MARK = a character from a wildcard
        List<El> direct = new ArrayList<>();
        direct.add(El.rep(PatternProduct.Chars.NAME, false));
        direct.add(El.one(PatternProduct.Chars.MARK, false));
        direct.add(El.rep(PatternProduct.Chars.NAME, false));
        List<El> withPath = new ArrayList<>();
        withPath.add(El.rep(PatternProduct.Chars.ALL, false));
        withPath.add(El.lit('/'));
        withPath.addAll(direct);
        return ArnTargets.matches(p, ArnTargets.iamTarget(type, direct))
                || ArnTargets.matches(p, ArnTargets.iamTarget(type, withPath));
    }

    /**
     * Whether a {@code NotResource} entry excludes every resource of {@code type}, so that the statement
     * grants nothing on that type: {@code *}, or an ARN whose partition, service, region and account cannot
     * leave out any ARN of the type ({@code *}, literal or unknown account) and whose resource field is a
     * prefix of {@code type/} followed by {@code *} ({@code arn:aws:iam::*:*}, {@code arn:aws:iam::123:user/*}).
     * Anything narrower leaves other users' resources granted.
     */
    public static boolean excludesAll(ResourcePattern p, String type) {
        if (p.isAllStar()) {
            return true;
        }
        List<List<Token>> f = p.fields();
        if (f.size() != 6 || !ArnTargets.isLiteral(f.get(0), "arn")) {
            return false;
        }
        boolean partition = ArnTargets.allStar(f.get(1)) || ArnTargets.noWildcard(f.get(1));
        boolean service = ArnTargets.allStar(f.get(2)) || ArnTargets.isLiteral(f.get(2), "iam");
        boolean region = ArnTargets.allStar(f.get(3)) || f.get(3).isEmpty();
        boolean account = ArnTargets.allStar(f.get(4)) || ArnTargets.noWildcard(f.get(4));
        if (!(partition && service && region && account)) {
            return false;
        }
        List<Token> res = f.get(5);
        int i = 0;
        StringBuilder prefix = new StringBuilder();
        while (i < res.size() && res.get(i).kind() == Kind.LITERAL) {
            prefix.append(res.get(i).c());
            i++;
        }
        if (i == res.size() || !(type + "/").startsWith(prefix.toString())) {
            return false;
        }
        return ArnTargets.allStar(res.subList(i, res.size()));
    }

    /** Whether any of the {@code NotResource} entries excludes every resource of the type. */
    public static boolean anyExcludesAll(List<String> notResource, String type) {
        return notResource.stream().anyMatch(r -> excludesAll(ResourcePattern.of(r), type));
    }

    /**
     * Whether a {@code Resource} entry can grant the action anything: it can match an ARN of one of the
     * action's resource types, or, for an action without resource types, the request resource {@code *}. An
     * entry that is wholly an unknown value is assumed to match (as for IAM006).
     */
    public static boolean grants(ActionInfo action, String resource, ActionCatalog catalog) {
        // the answer depends on the action only through its service and resource types
        return catalog.cache(GRANTS)
                .get(
                        action.service() + action.resourceTypes() + '\u0000' + resource,
                        k -> grants(action, ResourcePattern.of(resource), catalog));
    }

    public static boolean grants(ActionInfo action, ResourcePattern p, ActionCatalog catalog) {
        if (p.isWhollyUnknown()) {
            return true;
        }
        if (action.resourceTypes().isEmpty()) {
            return PatternProduct.intersects(PatternProduct.elements(p.tokens()), PatternProduct.literal("*"));
        }
        for (ActionInfo.ResourceRef ref : action.resourceTypes()) {
            ResourceType rt = catalog.resourceType(action.service(), ref.type());
            if (rt == null || ArnTargets.matches(p, ArnTargets.formatTarget(catalog, rt.arnFormat()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a statement with these {@code NotResource} entries grants the action anything: unless an
     * entry is {@code *}, or excludes every resource of each of the action's types.
     */
    public static boolean notResourceGrants(ActionInfo action, List<String> notResource) {
        List<ResourcePattern> ps = notResource.stream().map(ResourcePattern::of).toList();
        if (ps.stream().anyMatch(ResourcePattern::isAllStar)) {
            return false;
        }
        if (action.resourceTypes().isEmpty() || !"iam".equals(action.service())) {
            return true;
        }
        for (ActionInfo.ResourceRef ref : action.resourceTypes()) {
            if (ps.stream().noneMatch(p -> excludesAll(p, ref.type()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a statement covers other users' resources of {@code type}: its {@code Resource} entries that are
     * {@link Scope#COVERS_OTHERS}, or its {@code NotResource} when no entry of it excludes every resource of
     * the type ("{@code NotResource}" covers other users; {@code NotResource: user/${aws:username}}
     * covers every user but the caller).
     *
     * @param entries      the covering {@code Resource} entries, in order
     * @param notResource  the {@code NotResource} entries when they cover, else empty
     */
    public record Cover(List<ScalarNode> entries, List<ScalarNode> notResource) {

        public boolean any() {
            return !entries.isEmpty() || !notResource.isEmpty();
        }

        /** Where to report: the first covering entry, or the {@code NotResource} value. */
        public Location location(Statement st) {
            return !entries.isEmpty() ? entries.get(0).location() : st.locationOf("NotResource");
        }

        /** The covering resources for messages. */
        public String describe() {
            if (!entries.isEmpty()) {
                return Grants.list(entries.stream().map(Grants::show).toList(), 4);
            }
            return "NotResource "
                    + Grants.list(notResource.stream().map(Grants::show).toList(), 4);
        }

        /** {@code every user's} for covering entries, {@code every other user's} for NotResource. */
        public String whose() {
            return entries.isEmpty() ? "every other user's" : "every user's";
        }

        /** A stable subject for fingerprints. */
        public String subject() {
            return !entries.isEmpty() ? Grants.show(entries.get(0)) : "NotResource";
        }
    }

    /** {@link Cover} of the statement for resource type {@code type}. */
    public static Cover covering(Statement st, String type) {
        List<ScalarNode> entries = new ArrayList<>();
        if (st.resource() != null) {
            for (ScalarNode r : st.resource()) {
                if (classify(ResourcePattern.of(r.value()), type) == Scope.COVERS_OTHERS) {
                    entries.add(r);
                }
            }
            return new Cover(List.copyOf(entries), List.of());
        }
        if (st.notResource() != null && !anyExcludesAll(Grants.texts(st.notResource()), type)) {
            return new Cover(List.of(), st.notResource());
        }
        return new Cover(List.of(), List.of());
    }
}
