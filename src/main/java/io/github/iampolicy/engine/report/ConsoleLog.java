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
package io.github.iampolicy.engine.report;

/** Where the check's console lines go: Maven's log for the goal, a list in tests. */
public interface ConsoleLog {

    void debug(String line);

    void info(String line);

    void warn(String line);

    void error(String line);

    /** Whether warnings are shown; under {@code -q} only errors are. */
    boolean warnEnabled();
}
