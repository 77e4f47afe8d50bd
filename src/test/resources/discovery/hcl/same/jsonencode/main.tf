resource "aws_iam_policy" "self" {
  name = "self"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ManageOwnKeys"
        Effect   = "Allow"
        Action   = ["iam:CreateAccessKey", "iam:DeleteAccessKey"]
        Resource = "arn:aws:iam::*:user/*"
      },
      {
        Sid      = "Password"
        Effect   = "Allow"
        Action   = "iam:ChangePassword"
        Resource = "arn:aws:iam::*:user/$${aws:username}"
      },
    ]
  })
}
