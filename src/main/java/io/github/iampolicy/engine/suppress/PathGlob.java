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
package io.github.iampolicy.engine.suppress;

import java.util.regex.Pattern;

/**
 * Ant-style patterns over {@code /}-separated relative paths, as Maven users write includes: {@code **}
 * any number of directories (none included), {@code *} any characters within one name, {@code ?} one
 * character within one name.
 */
public final class PathGlob {

    private final String pattern;
    private final Pattern regex;

    public PathGlob(String pattern) {
        this.pattern = pattern;
        this.regex = Pattern.compile(toRegex(pattern.replace('\\', '/')));
    }

    public boolean matches(String path) {
        return path != null && regex.matcher(path).matches();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathGlob g && g.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static String toRegex(String glob) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                b.append("(?:.*/)?");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                b.append(".*");
                i += 2;
            } else if (c == '*') {
                b.append("[^/]*");
                i++;
            } else if (c == '?') {
                b.append("[^/]");
                i++;
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return b.toString();
    }
}
