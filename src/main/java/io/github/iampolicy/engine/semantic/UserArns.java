package io.github.iampolicy.engine.semantic;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import dk.brics.automaton.BasicOperations;
import io.github.iampolicy.engine.text.Arn;
import java.util.List;

/**
 * Languages of IAM user names and user ARNs (IAM API: names {@code [\w+=,.@-]{1,64}}, paths of printable
 * ASCII), built fresh on every call, plus the concrete test the verifier uses. The account field may be any
 * text without {@code :}: a policy written for the account {@code account} (a placeholder) still names users.
 */
final class UserArns {

    static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-";

    private UserArns() {
    }

    static Automaton names() {
        Automaton a = Languages.chars(NAME_CHARS).repeat(1, 64);
        a.minimize();
        return a;
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
        Automaton partition = Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789-").repeat(1);
        Automaton path = BasicOperations.concatenate(List.of(printable().repeat(), BasicAutomata.makeChar('/')))
                .optional();
        Automaton account = Languages.notColon().repeat();
        Automaton a = BasicOperations.concatenate(List.of(BasicAutomata.makeString("arn:"), partition,
                BasicAutomata.makeString(":iam::"), account, BasicAutomata.makeString(":user/"), path));
        a.minimize();
        return a;
    }

    /** Every IAM user ARN. */
    static Automaton userArn() {
        return BasicOperations.concatenate(List.of(prefix(), names()));
    }

    /** User ARNs naming a user other than {@code u} (names compare case-insensitively). */
    static Automaton other(Automaton ignored, String u) {
        Automaton name = names().minus(Languages.caseless(u));
        Automaton a = BasicOperations.concatenate(List.of(prefix(), name));
        a.minimize();
        return a;
    }

    /** Concrete check, independent of the automata: {@code resource} is the user ARN of a user other than u. */
    static boolean namesOtherUser(String resource, String u) {
        Arn arn = Arn.parse(resource);
        if (arn == null || !arn.partition().matches("[a-z0-9-]+") || !arn.service().equals("iam")
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

    /** Languages tried in order for a readable witness (the last resort is the raw language). */
    static List<Automaton> preferences(boolean userArn, String u) {
        Automaton alnum = Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789");
        if (userArn) {
            String other = u.equalsIgnoreCase("bob") ? "alice" : "bob";
            return List.of(
                    BasicOperations.concatenate(List.of(BasicAutomata.makeString("arn:aws:iam::"),
                            Languages.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_").repeat(),
                            BasicAutomata.makeString(":user/" + other))),
                    BasicOperations.concatenate(List.of(BasicAutomata.makeString("arn:aws:iam::"
                            + SemanticChecker.ACCOUNT + ":user/"), alnum.repeat())),
                    BasicOperations.concatenate(List.of(BasicAutomata.makeString("arn:aws:iam::"
                            + SemanticChecker.ACCOUNT + ":user/"), printable().repeat())),
                    printable().repeat());
        }
        Automaton field = Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789-").repeat();
        Automaton res = Languages.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-")
                .repeat();
        Automaton alnum1 = Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789").repeat(1);
        return List.of(
                BasicOperations.concatenate(List.of(BasicAutomata.makeString("arn:aws:"), field,
                        BasicAutomata.makeChar(':'), field, BasicAutomata.makeString(":" + SemanticChecker.ACCOUNT
                                + ":"), alnum1, BasicAutomata.makeChar('/'), alnum1.clone())),
                BasicOperations.concatenate(List.of(BasicAutomata.makeString("arn:aws:"), field,
                        BasicAutomata.makeChar(':'), field, BasicAutomata.makeString(":" + SemanticChecker.ACCOUNT
                                + ":"), Languages.chars("abcdefghijklmnopqrstuvwxyz0123456789/").repeat())),
                BasicOperations.concatenate(List.of(BasicAutomata.makeString("arn:aws:"), field,
                        BasicAutomata.makeChar(':'), field, BasicAutomata.makeChar(':'), digits(12).optional(),
                        BasicAutomata.makeChar(':'), res)),
                printable().repeat());
    }
}
