resource "aws_iam_user" "dev" {
  name = "dev"
}

resource "aws_iam_user" "ops" {
  name = "ops"
}

resource "aws_iam_user_policy" "keys" {
  user = aws_iam_user.dev.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "ManageKeys"
      Effect   = "Allow"
      Action   = "iam:CreateAccessKey"
      Resource = "arn:aws:iam::*:user/*"
    }]
  })
}

# the guard is on another user: it does not limit dev
resource "aws_iam_user_policy" "guard" {
  user = aws_iam_user.ops.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid         = "OnlyOwnKeys"
      Effect      = "Deny"
      Action      = "iam:CreateAccessKey"
      NotResource = "arn:aws:iam::*:user/$${aws:username}"
    }]
  })
}
