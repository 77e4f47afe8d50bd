variable "sns_topic_enable_cmk_encryption" {
  type    = bool
  default = false
}

resource "aws_iam_role_policy" "states" {
  name = "example-states"
  role = "example-role"
  policy = templatefile("${path.module}/policies/states.tpl", {
    topic_arn                       = "arn:aws:sns:us-east-1:111122223333:example"
    sns_topic_enable_cmk_encryption = var.sns_topic_enable_cmk_encryption
  })
}
