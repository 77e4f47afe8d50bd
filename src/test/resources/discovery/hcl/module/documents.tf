data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "key" {
  count = var.encrypt ? 1 : 0
  statement {
    sid       = "Root"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${var.account}:root"]
    }
  }
}

data "aws_iam_policy_document" "deny_without_mfa" {
  statement {
    sid         = "DenyWithoutMfa"
    effect      = "Deny"
    not_actions = ["iam:ChangePassword", "iam:GetUser"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "self_manage" {
  policy_id               = "self"
  source_policy_documents = [data.aws_iam_policy_document.deny_without_mfa.json, var.extra]
  override_policy_documents = [
    jsonencode({ Statement = [{ Sid = "Keys", Effect = "Allow", Action = "iam:ListAccessKeys", Resource = "arn:aws:iam::*:user/$${aws:username}" }] }),
  ]

  statement {
    sid       = "Keys"
    actions   = ["iam:CreateAccessKey"]
    resources = ["arn:aws:iam::*:user/*"]
  }

  dynamic "statement" {
    for_each = var.extra_statements
    content {
      actions   = statement.value.actions
      resources = ["arn:aws:iam::*:user/&{aws:username}"]
    }
  }

  dynamic "statement" {
    for_each = var.allow_ssh_keys ? [1] : []
    content {
      sid       = "SshKeys"
      actions   = ["iam:UploadSSHPublicKey"]
      resources = ["arn:aws:iam::*:user/&{aws:username}"]
    }
  }

  statement {
    sid       = "Mfa"
    actions   = ["iam:EnableMFADevice"]
    resources = ["arn:aws:iam::*:user/&{aws:username}"]
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

data "aws_iam_policy_document" "generated" {
  dynamic "statement" {
    for_each = var.statements
    content {
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}
