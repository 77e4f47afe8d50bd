resource "aws_iam_policy" "self" {
  name   = "self"
  policy = data.aws_iam_policy_document.self.json
}

data "aws_iam_policy_document" "self" {
  statement {
    sid       = "ManageOwnKeys"
    actions   = ["iam:CreateAccessKey", "iam:DeleteAccessKey"]
    resources = ["arn:aws:iam::*:user/*"]
  }

  statement {
    sid       = "Password"
    actions   = ["iam:ChangePassword"]
    resources = ["arn:aws:iam::*:user/&{aws:username}"]
  }
}
