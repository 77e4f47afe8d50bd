package io.github.iampolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void starMatchesAnyRunIncludingEmpty() {
        assertTrue(Glob.matches("iam:*", "iam:CreateAccessKey", false));
        assertTrue(Glob.matches("*AccessKey*", "AccessKey", false));
        assertTrue(Glob.matches("*a", "*ba", false), "a literal * in the text is just a character");
        assertTrue(Glob.matches("a*b*c", "aXXbYYbZc", false));
        assertFalse(Glob.matches("a*b*c", "aXXbYY", false));
        assertTrue(Glob.matches("*", "", false));
    }

    @Test
    void questionMarkIsExactlyOneCharacter() {
        assertTrue(Glob.matches("user/?", "user/a", false));
        assertFalse(Glob.matches("user/?", "user/", false));
        assertFalse(Glob.matches("user/?", "user/ab", false));
    }

    @Test
    void caseSensitivityIsTheCallersChoice() {
        assertTrue(Glob.matches("IAM:createAccessKEY", "iam:CreateAccessKey", true));
        assertFalse(Glob.matches("user/Alice", "user/alice", false));
    }

    @Test
    void pathologicalPatternsStayFast() {
        String text = "a".repeat(5000);
        long start = System.nanoTime();
        assertFalse(Glob.matches("*a*a*a*a*a*a*a*a*b", text, false));
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }
}
