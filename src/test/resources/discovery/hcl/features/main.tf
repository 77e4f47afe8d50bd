locals {
  deploy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:PutObject"
      Resource = "arn:aws:s3:::${var.bucket}/*"
    }]
  })
  reader = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Action": "sqs:ReceiveMessage", "Resource": "arn:aws:sqs:*:*:jobs"}]
    }
  EOT
  alias = local.deploy
}

resource "aws_iam_policy" "deploy" {
  policy = local.deploy
}

resource "aws_iam_role_policy" "reader" {
  role   = "r"
  policy = "${local.reader}"
}

resource "aws_iam_user_policy" "alias" {
  user   = "u"
  policy = local.alias
}

resource "aws_iam_policy" "admin" {
  policy = file("${path.module}/policies/admin.json")
}

resource "aws_iam_policy" "bucket" {
  policy = templatefile("policies/bucket.json.tpl", { bucket = var.bucket })
}

resource "aws_iam_policy" "outside" {
  policy = file("../../../reference/aws-iam-credentials-console.json")
}

resource "aws_iam_policy" "computed" {
  policy = file("${var.dir}/admin.json")
}

resource "aws_iam_policy" "broken" {
  policy = file("policies/broken.json")
}

resource "aws_iam_role" "app" {
  assume_role_policy = data.aws_iam_policy_document.trust.json

  inline_policy {
    name   = "logs"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "logs:PutLogEvents", Resource = "*" }]
    })
  }

  inline_policy {
    name   = "documented"
    policy = data.aws_iam_policy_document.inline.json
  }
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "inline" {
  statement {
    actions   = ["dynamodb:GetItem"]
    resources = ["arn:aws:dynamodb:*:*:table/t"]
  }
}
