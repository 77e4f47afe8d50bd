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
package io.github.iampolicy.engine.analysis;

import io.github.iampolicy.engine.catalog.ActionInfo;
import io.github.iampolicy.engine.tree.ScalarNode;

/**
 * A catalog action a statement names, and the {@code Action} entry that reached it first ({@code null} when the
 * statement uses {@code NotAction}, whose complement names it).
 */
public record Granted(ActionInfo action, ScalarNode source) {}
