package io.github.iampolicy.engine.model;

import java.util.Map;

/**
 * A concrete request the policy allows although it should not: the evidence behind a semantic finding.
 *
 * @param context request condition keys and values; a key absent from the map is absent from the request
 */
public record Counterexample(String username, String action, String resource, Map<String, String> context) {

    public Counterexample {
        context = Map.copyOf(context);
    }
}
