package io.github.iampolicy.engine.model;

import java.util.Locale;

/** Finding severities, matching SARIF levels and Maven log levels; declared from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    /** The lower-case name used in configuration and reports: error, warning, note. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or note)");
    }
}
