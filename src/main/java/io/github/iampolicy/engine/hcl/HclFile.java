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
package io.github.iampolicy.engine.hcl;

import io.github.iampolicy.engine.tree.Location;
import io.github.iampolicy.engine.tree.ObjectNode;
import java.util.Map;

/**
 * One parsed {@code .tf} file.
 *
 * @param body      the file's body (see {@link HclReader} for the shape)
 * @param templates every string and heredoc of the file by its location, with the offsets of its characters
 */
public record HclFile(ObjectNode body, Map<Location, HclTemplate> templates) {

    public HclFile {
        templates = Map.copyOf(templates);
    }

    /** The template whose string node stands at {@code at}, or {@code null}. */
    public HclTemplate template(Location at) {
        return templates.get(at);
    }
}
