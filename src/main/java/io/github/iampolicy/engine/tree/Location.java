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

/**
 * A 1-based line and column in a source file where an element starts, and where it ends when the reader knows
 * ({@code endLine}, {@code endColumn}: the position just after the element's last character; 0 when unknown).
 *
 * <p>A location is identified by its start: equality, hash and order ignore the end, which only tells a report
 * how much to underline. Locations derived from others (a resolved CloudFormation intrinsic, an interpolated
 * Terraform string) often have no end.
 */
public record Location(int line, int column, int endLine, int endColumn) implements Comparable<Location> {

    public static final Location START = new Location(1, 1);

    /** A start without a known end. */
    public Location(int line, int column) {
        this(line, column, 0, 0);
    }

    /** This start, ending just before {@code end}'s start; itself when {@code end} is not after it. */
    public Location endingAt(Location end) {
        if (end == null || end.compareTo(this) <= 0) {
            return this;
        }
        return new Location(line, column, end.line, end.column);
    }

    /** Whether the end is known. */
    public boolean hasEnd() {
        return endLine >= line && endLine > 0;
    }

    @Override
    public int compareTo(Location o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && l.line == line && l.column == column;
    }

    @Override
    public int hashCode() {
        return 31 * line + column;
    }

    @Override
    public String toString() {
        return "[" + line + "," + column + "]";
    }
}
