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
package io.github.iampolicy.engine.catalog;

/** AWS access levels of the Service Authorization Reference. */
public enum AccessLevel {
    LIST('L', "List"),
    READ('R', "Read"),
    WRITE('W', "Write"),
    PERMISSIONS_MANAGEMENT('P', "Permissions management"),
    TAGGING('T', "Tagging");

    private final char code;
    private final String label;

    AccessLevel(char code, String label) {
        this.code = code;
        this.label = label;
    }

    public char code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * Write, Permissions management or Tagging. The generator behind our data reports AWS's Write level
     * of IAM credential actions as Permissions management, so the three are treated alike.
     */
    public boolean isWrite() {
        return this == WRITE || this == PERMISSIONS_MANAGEMENT || this == TAGGING;
    }

    public static AccessLevel ofCode(char c) {
        for (AccessLevel l : values()) {
            if (l.code == c) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown access level code " + c);
    }

    public static AccessLevel ofLabel(String label) {
        for (AccessLevel l : values()) {
            if (l.label.equalsIgnoreCase(label)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown access level " + label);
    }
}
