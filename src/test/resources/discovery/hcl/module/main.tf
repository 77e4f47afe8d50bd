# Every policy attribute the plugin reads, in the forms Terraform users write.
resource "aws_iam_policy" "quotes" {
  name   = "q-${var.env}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "sns:Publish"
        Resource = "arn:aws:sns:${var.region}:${data.aws_caller_identity.me.account_id}:${var.fifo ? format("%s.fifo", var.name) : var.name}"
      },
    ]
  })
}

resource "aws_iam_user_policy" "self" {
  user   = aws_iam_user.u.name
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["iam:CreateAccessKey"],
          "Resource": ["arn:aws:iam::${local.account}:user/$${aws:username}", "arn:aws:iam::*:user/&{aws:username}"]
        }
      ]
    }
  EOT
}

resource "aws_iam_group_policy" "grp" {
  group  = "g"
  policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ec2:*\",\"Resource\":\"group-res\"}]}"
}

resource "aws_iam_role" "svc" {
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "broken" {
  role   = "r"
  policy = <<EOF
{
  "Statement": [{"Effect": "Allow", "Action": "s3:*" "Resource": "*"}]
}
EOF
}

resource "aws_iam_policy" "reference" {
  policy = var.policy_json
}

resource "aws_iam_policy" "notjson" {
  policy = "just some text"
}

resource "aws_iam_policy" "computed" {
  policy = jsonencode(local.policy)
}

resource "aws_s3_bucket_policy" "b" {
  bucket = "x"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::x/*" }] })
}

resource "aws_kms_key" "k" {
  policy = data.aws_iam_policy_document.key[0].json
}

resource "aws_sqs_queue_policy" "q" {
  queue_url = "u"
  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sqs:SendMessage", Resource = "*" }] })
}

resource "aws_sns_topic_policy" "t" {
  arn    = "a"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sns:Publish", Resource = "*" }] })
}

resource "aws_ecr_repository_policy" "e" {
  repository = "r"
  policy     = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "ecr:BatchGetImage" }] })
}

resource "aws_s3_bucket" "not_read" {
  bucket = "x"
  policy = "{\"Statement\":[]}"
}
