# What terraform init downloaded: not the project's code, never scanned.
resource "aws_iam_policy" "vendor" {
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}
