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

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.model.Suppression;
import io.github.iampolicy.engine.tree.Location;

/**
 * A suppression written in the scanned file itself, on a CloudFormation resource or a Terraform resource.
 *
 * @param file     the file, relative to the project base directory
 * @param scope    the policy path prefix of the resource, e.g. {@code Resources.DeployRole}; it covers the
 *                 policies below it
 * @param location where the suppression is written
 * @param ruleId   the rule id as written, upper case
 * @param reason   the reason, or {@code null} when none was given (then it does not apply)
 * @param origin   the convention and place, e.g. {@code Resources.DeployRole.Metadata.cfn_nag}
 */
public record InlineSuppression(
        String file, String scope, Location location, String ruleId, String reason, String origin) {

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** Whether it covers the finding: same file and rule, and the finding's policy lies inside the resource. */
    public boolean covers(Finding f) {
        String path = f.policyPath() == null ? "" : f.policyPath();
        return file.equals(f.file())
                && ruleId.equals(f.rule().id())
                && (path.equals(scope) || path.startsWith(scope + "."));
    }

    public Suppression suppression() {
        return new Suppression(Suppression.Kind.IN_SOURCE, reason, origin);
    }

    /** {@code IAM201 at infra/stack.yaml:[12,9] (Resources.Role.Metadata.cfn_nag)}. */
    public String describe() {
        return ruleId + " at " + file + ":" + location + " (" + origin + ")";
    }
}
