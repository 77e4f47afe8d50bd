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

import io.github.iampolicy.engine.tree.Location;

/**
 * A managed policy a template attaches to a principal by ARN, e.g. {@code ManagedPolicyArns} of an
 * {@code AWS::IAM::Role} or the {@code policy_arn} of an {@code aws_iam_user_policy_attachment}. The document
 * itself is not in the file; rules judge the attachment by the policy it names.
 *
 * @param file      path relative to the project base directory, with {@code /} separators
 * @param path      where the ARN sits inside the file, e.g. {@code Resources.Admin.Properties.ManagedPolicyArns[0]}
 * @param location  line and column of the ARN as written
 * @param principal what the policy is attached to: {@code user}, {@code group}, {@code role}, or the strictest of
 *                  them for an attachment to several kinds
 * @param arn       the ARN with template values resolved; parts only the deployment knows (the partition of
 *                  {@code ${AWS::Partition}}) are unknown values
 */
public record ManagedPolicyAttachment(String file, String path, Location location, String principal, String arn) {}
