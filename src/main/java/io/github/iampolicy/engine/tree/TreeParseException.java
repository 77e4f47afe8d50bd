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
