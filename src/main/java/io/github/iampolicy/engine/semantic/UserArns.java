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

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import dk.brics.automaton.BasicOperations;
import io.github.iampolicy.engine.session.AnalysisSession;
import io.github.iampolicy.engine.session.CacheKey;
import io.github.iampolicy.engine.text.Arn;
import java.util.List;

/**
 * Languages of IAM user names and user ARNs (IAM API: names {@code [\w+=,.@-]{1,64}}, paths of printable
 * ASCII), built fresh on every call, plus the concrete test the verifier uses. The account field may be any
 * text without {@code :}: a policy written for the account {@code account} (a placeholder) still names users.
 */
final class UserArns {

    static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-";

    private UserArns() {}

    /**
     * User names: the name characters, at least one. The 64-character limit is left to the verifier
     * ({@link #isName}): a 64-fold repetition makes every product ten times larger, and a shortest witness
     * never needs more than the policies' longest literal plus a few characters.
     */
    static Automaton names() {
        return Languages.chars(NAME_CHARS).repeat(1);
    }

    static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (char c : s.toCharArray()) {
            if (NAME_CHARS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Automaton printable() {
        return Languages.range('!', '~');
    }

    private static Automaton digits(int n) {
        return Languages.range('0', '9').repeat(n, n);
    }

    /** {@code arn:<partition>:iam::<12 digits>:user/}, then an optional path ending in {@code /}. */
    private static Automaton prefix() {
        Automaton partition =
                Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789-").repeat(1);
        Automaton path = BasicOperations.concatenate(List.of(printable().repeat(), BasicAutomata.makeChar('/')))
                .optional();
        Automaton account = Languages.notColon().repeat();
        Automaton a = BasicOperations.concatenate(List.of(
                BasicAutomata.makeString("arn:"),
                partition,
                BasicAutomata.makeString(":iam::"),
                account,
                BasicAutomata.makeString(":user/"),
                path));
        a.minimize();
        return a;
    }

    /**
     * The session's templates: built once per session; automata are mutable, so callers only ever get clones
     * and the templates themselves are never changed.
     */
    private static final CacheKey<String, List<Automaton>> TEMPLATES = new CacheKey<>("user ARN templates", 1);

    private static List<Automaton> templates(AnalysisSession session) {
        return session.cache(TEMPLATES).get("", k -> {
            Automaton all = BasicOperations.concatenate(List.of(prefix(), names()));
            all.minimize();
            return List.of(all, prefix());
        });
    }

    /** Every IAM user ARN (a fresh copy). */
    static Automaton userArn(AnalysisSession session) {
        return templates(session).get(0).clone();
    }

    /** User ARNs of the user named {@code u} in any case: what "another user" excludes. */
    static Automaton own(AnalysisSession session, String u) {
        Automaton a =
                BasicOperations.concatenate(List.of(templates(session).get(1).clone(), Languages.caseless(u)));
        a.minimize();
        return a;
    }

    /** Concrete check, independent of the automata: {@code resource} is the user ARN of a user other than u. */
    static boolean namesOtherUser(String resource, String u) {
        Arn arn = Arn.parse(resource);
        if (arn == null
                || !arn.partition().matches("[a-z0-9-]+")
                || !arn.service().equals("iam")
                || !arn.region().isEmpty()
                || !arn.resource().startsWith("user/")) {
            return false;
        }
        String rest = arn.resource().substring("user/".length());
        int slash = rest.lastIndexOf('/');
        String name = rest.substring(slash + 1);
        String path = slash < 0 ? "" : rest.substring(0, slash);
        return isName(name) && path.chars().allMatch(c -> c >= '!' && c <= '~') && !name.equalsIgnoreCase(u);
    }

    /** Partitions a reader knows, shortest ({@code aws}) first. */
    private static Automaton partitions() {
        return BasicAutomata.makeString("aws")
                .union(BasicAutomata.makeString("aws-cn"))
                .union(BasicAutomata.makeString("aws-us-gov"));
    }

    /** {@code arn:<partition>:iam::<account>:user/}, an IAM path without empty segments, then {@code name}. */
    private static Automaton userArn(Automaton partition, Automaton account, Automaton name) {
        Automaton segment = Languages.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                .repeat(1);
        Automaton path = BasicOperations.concatenate(List.of(segment, BasicAutomata.makeChar('/')))
                .repeat();
        return BasicOperations.concatenate(List.of(
                BasicAutomata.makeString("arn:"),
                partition,
                BasicAutomata.makeString(":iam::"),
                account,
                BasicAutomata.makeString(":user/"),
                path,
                name));
    }

    /**
     * Languages tried in order for a witness a person believes: a real partition, a 12-digit account, an IAM
     * path without {@code //}; the last resort is the raw language.
     */
    static List<Automaton> preferences(boolean userArn, String u) {
        Automaton alnum = Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789");
        if (userArn) {
            String other = "bob".equalsIgnoreCase(u) ? "alice" : "bob";
            Automaton account = BasicAutomata.makeString(SemanticChecker.ACCOUNT);
            Automaton aws = BasicAutomata.makeString("aws");
            Automaton name = alnum.repeat(1);
            Automaton anyName = names();
            return List.of(
                    userArn(aws, digits(12), BasicAutomata.makeString(other)),
                    userArn(partitions(), account, BasicAutomata.makeString(other)),
                    userArn(aws, account, name),
                    userArn(partitions(), account, name),
                    userArn(partitions(), digits(12), name),
                    userArn(partitions(), digits(12), anyName),
                    userArn(
                            Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789-")
                                    .repeat(1),
                            digits(12),
                            anyName),
                    BasicOperations.concatenate(List.of(
                            BasicAutomata.makeString("arn:aws:iam::" + SemanticChecker.ACCOUNT + ":user/"),
                            printable().repeat())),
                    printable().repeat());
        }
        Automaton field =
                Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789-").repeat();
        Automaton res = Languages.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-")
                .repeat();
        Automaton alnum1 =
                Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789").repeat(1);
        return List.of(
                BasicOperations.concatenate(List.of(
                        BasicAutomata.makeString("arn:aws:"),
                        field,
                        BasicAutomata.makeChar(':'),
                        field,
                        BasicAutomata.makeString(":" + SemanticChecker.ACCOUNT + ":"),
                        alnum1,
                        BasicAutomata.makeChar('/'),
                        alnum1.clone())),
                BasicOperations.concatenate(List.of(
                        BasicAutomata.makeString("arn:aws:"),
                        field,
                        BasicAutomata.makeChar(':'),
                        field,
                        BasicAutomata.makeString(":" + SemanticChecker.ACCOUNT + ":"),
                        Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789/").repeat())),
                BasicOperations.concatenate(List.of(
                        BasicAutomata.makeString("arn:aws:"),
                        field,
                        BasicAutomata.makeChar(':'),
                        field,
                        BasicAutomata.makeChar(':'),
                        digits(12),
                        BasicAutomata.makeChar(':'),
                        res)),
                BasicOperations.concatenate(List.of(
                        BasicAutomata.makeString("arn:aws:"),
                        field,
                        BasicAutomata.makeChar(':'),
                        field,
                        BasicAutomata.makeChar(':'),
                        digits(12).optional(),
                        BasicAutomata.makeChar(':'),
                        res)),
                printable().repeat());
    }
}
