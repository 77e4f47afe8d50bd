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
package io.github.iampolicy.engine.model;

/**
 * The documentation of a rule, the same in every report.
 *
 * @param id               stable id such as {@code IAM201}
 * @param name             kebab-case name such as {@code user-resource-wildcard}
 * @param defaultSeverity  severity when neither the rule nor the configuration says otherwise
 * @param description      one sentence: what the rule flags
 * @param help             how to fix it
 * @param securitySeverity CVSS-like score 0.0-10.0 for SARIF {@code security-severity}
 */
public record RuleInfo(
        String id, String name, Severity defaultSeverity, String description, String help, double securitySeverity) {}
