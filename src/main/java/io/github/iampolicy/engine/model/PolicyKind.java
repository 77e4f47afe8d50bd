package io.github.iampolicy.engine.model;

/**
 * What a policy is attached to, as far as its container says. The kind decides the size limit (IAM010)
 * and whether identity rules apply; a policy whose statements carry {@code Principal} is treated as a
 * resource policy whatever its container says.
 */
public enum PolicyKind {
    MANAGED("managed", 6144, true),
    INLINE_USER("inline-user", 2048, true),
    INLINE_GROUP("inline-group", 5120, true),
    INLINE_ROLE("inline-role", 10240, true),
    /** An identity policy whose attachment is unknown: sized as a managed policy. */
    IDENTITY("identity", 6144, true),
    TRUST("trust", 2048, false),
    RESOURCE("resource", 20480, false);

    private final String id;
    private final int sizeLimit;
    private final boolean identity;

    PolicyKind(String id, int sizeLimit, boolean identity) {
        this.id = id;
        this.sizeLimit = sizeLimit;
        this.identity = identity;
    }

    public String id() {
        return id;
    }

    /** Non-whitespace characters AWS accepts for this kind. */
    public int sizeLimit() {
        return sizeLimit;
    }

    public boolean isIdentity() {
        return identity;
    }
}
