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
package io.github.iampolicy.engine.rules.privilege;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The privilege-escalation methods of IAM106: ways to act with another role's permissions without any IAM write
 * action except {@code iam:PassRole}. Each method lists its steps; a step is satisfied by any one of its actions.
 * The table is documented, with its sources, in src/site/markdown/rules/IAM106.md; keep both in step.
 */
final class EscalationMethods {

    /**
     * One method.
     *
     * @param id       short stable name used in messages and the page
     * @param passRole whether the method passes a role to new compute ({@code iam:PassRole} is then a step too);
     *                 otherwise it runs code in existing compute, as that compute's role
     * @param steps    each step's alternative actions, {@code service:Name}
     */
    record Method(String id, boolean passRole, List<List<String>> steps) {

        Set<String> keys() {
            Set<String> out = new LinkedHashSet<>();
            if (passRole) {
                out.add(PASS_ROLE);
            }
            steps.forEach(s -> s.forEach(a -> out.add(a.toLowerCase(Locale.ROOT))));
            return out;
        }
    }

    static final String PASS_ROLE = "iam:passrole";

    static final List<Method> ALL = List.of(
            pass("ec2-run-instances", List.of("ec2:RunInstances")),
            pass("lambda-create-invoke", List.of("lambda:CreateFunction"), List.of("lambda:InvokeFunction")),
            pass(
                    "lambda-create-event-source",
                    List.of("lambda:CreateFunction"),
                    List.of("lambda:CreateEventSourceMapping")),
            pass("glue-dev-endpoint", List.of("glue:CreateDevEndpoint")),
            pass("glue-job", List.of("glue:CreateJob"), List.of("glue:StartJobRun", "glue:CreateTrigger")),
            pass("cloudformation-stack", List.of("cloudformation:CreateStack")),
            pass("datapipeline", List.of("datapipeline:CreatePipeline"), List.of("datapipeline:PutPipelineDefinition")),
            pass(
                    "ecs-task",
                    List.of("ecs:RegisterTaskDefinition"),
                    List.of("ecs:RunTask", "ecs:StartTask", "ecs:CreateService")),
            pass("codebuild-project", List.of("codebuild:CreateProject"), List.of("codebuild:StartBuild")),
            pass(
                    "sagemaker-notebook",
                    List.of("sagemaker:CreateNotebookInstance"),
                    List.of("sagemaker:CreatePresignedNotebookInstanceUrl")),
            pass("sagemaker-job", List.of("sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob")),
            pass("apprunner-service", List.of("apprunner:CreateService")),
            pass(
                    "autoscaling-launch",
                    List.of("autoscaling:CreateLaunchConfiguration", "ec2:CreateLaunchTemplate"),
                    List.of("autoscaling:CreateAutoScalingGroup")),
            existing("lambda-update-code", List.of("lambda:UpdateFunctionCode")),
            existing("lambda-update-configuration", List.of("lambda:UpdateFunctionConfiguration")),
            existing("glue-update-dev-endpoint", List.of("glue:UpdateDevEndpoint")),
            existing("glue-update-job", List.of("glue:UpdateJob"), List.of("glue:StartJobRun")),
            existing("codebuild-update-project", List.of("codebuild:UpdateProject"), List.of("codebuild:StartBuild")),
            existing("cloudformation-update-stack", List.of("cloudformation:UpdateStack")),
            existing("sagemaker-presigned-url", List.of("sagemaker:CreatePresignedNotebookInstanceUrl")),
            existing("ssm-send-command", List.of("ssm:SendCommand", "ssm:StartSession")),
            existing("ec2-instance-connect", List.of("ec2-instance-connect:SendSSHPublicKey")),
            existing("ecs-execute-command", List.of("ecs:ExecuteCommand")),
            existing(
                    "ec2-user-data",
                    List.of("ec2:ModifyInstanceAttribute"),
                    List.of("ec2:StopInstances"),
                    List.of("ec2:StartInstances")));

    private EscalationMethods() {}

    @SafeVarargs
    private static Method pass(String id, List<String>... steps) {
        return new Method(id, true, List.of(steps));
    }

    @SafeVarargs
    private static Method existing(String id, List<String>... steps) {
        return new Method(id, false, List.of(steps));
    }

    /** Every action of every method, lower case. */
    static Set<String> allKeys() {
        Set<String> out = new LinkedHashSet<>();
        ALL.forEach(m -> out.addAll(m.keys()));
        return java.util.Collections.unmodifiableSet(out); // kept in static tables
    }
}
