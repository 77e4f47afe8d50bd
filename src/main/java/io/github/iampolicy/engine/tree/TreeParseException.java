package io.github.iampolicy.engine.tree;

/** A file that could not be read into a tree; always carries the position of the problem. */
public final class TreeParseException extends Exception {

    private final Location location;
    private final boolean limitExceeded;

    public TreeParseException(String message, Location location) {
        this(message, location, false);
    }

    public TreeParseException(String message, Location location, boolean limitExceeded) {
        super(message);
        this.location = location;
        this.limitExceeded = limitExceeded;
    }

    public Location location() {
        return location;
    }

    /** True when the input was well-formed as far as read, but exceeded a {@link ParseLimits} bound. */
    public boolean limitExceeded() {
        return limitExceeded;
    }
}
