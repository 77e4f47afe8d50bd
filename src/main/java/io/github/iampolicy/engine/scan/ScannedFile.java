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
package io.github.iampolicy.engine.scan;

import io.github.iampolicy.engine.model.Finding;
import io.github.iampolicy.engine.suppress.InlineSuppression;
import java.util.List;

/**
 * What one file contributed to a scan, handed to {@link ScanListener#fileScanned} in file order.
 *
 * @param index       the file's position among the scanned files, from 0
 * @param file        the file's path as reports show it
 * @param findings    its findings, in {@link Finding#ORDER}
 * @param policies    the policies found in it
 * @param suppressions the inline suppressions written in it
 */
public record ScannedFile(
        int index,
        String file,
        List<Finding> findings,
        List<ScanResult.PolicySummary> policies,
        List<InlineSuppression> suppressions) {

    public ScannedFile {
        findings = List.copyOf(findings);
        policies = List.copyOf(policies);
        suppressions = List.copyOf(suppressions);
    }
}
