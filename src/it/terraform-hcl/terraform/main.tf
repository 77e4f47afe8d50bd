data "aws_caller_identity" "current" {}

resource "aws_iam_group" "developers" {
  name = "quotes-developers"
}

resource "aws_iam_user" "developer" {
  for_each      = var.developers
  name          = each.key
  force_destroy = true
}

resource "aws_iam_user_group_membership" "developer" {
  for_each = aws_iam_user.developer
  user     = each.value.name
  groups   = [aws_iam_group.developers.name]
}

# Developers manage their own credentials, nothing else.
resource "aws_iam_group_policy" "self_manage" {
  name   = "self-manage-credentials"
  group  = aws_iam_group.developers.name
  policy = data.aws_iam_policy_document.self_manage.json
}

resource "aws_iam_policy" "deploy" {
  name        = "quotes-deploy"
  description = "Deploys the quotes service artifacts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Artifacts"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "arn:aws:s3:::quotes-artifacts-${data.aws_caller_identity.current.account_id}/*"
      },
    ]
  })
}

resource "aws_iam_group_policy_attachment" "deploy" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.deploy.arn
}

# The worker role: its trust policy is a file of the module, its queue policy a local.
locals {
  worker_queue = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Jobs"
        Effect   = "Allow"
        Action   = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
        Resource = "arn:aws:sqs:*:${data.aws_caller_identity.current.account_id}:quotes-jobs"
      },
    ]
  })
}

resource "aws_iam_role" "worker" {
  name               = "quotes-worker"
  assume_role_policy = file("${path.module}/policies/worker-trust.json")

  inline_policy {
    name   = "jobs"
    policy = local.worker_queue
  }
}
