variable "cloudwatch_log_group_enable_cmk_encryption" {
  type    = bool
  default = false
}

data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

resource "aws_kms_key" "example" {
  description         = "example key"
  enable_key_rotation = true
  policy = jsonencode(
    {
      "Version" : "2012-10-17",
      "Id" : "key-default-1",
      "Statement" : concat([
        {
          "Sid" : "Enable IAM User Permissions",
          "Effect" : "Allow",
          "Principal" : {
            "AWS" : "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"
          },
          "Action" : "kms:*",
          "Resource" : "*"
          }], var.cloudwatch_log_group_enable_cmk_encryption ? [{
          "Sid" : "Allow CloudWatch Logs access",
          "Effect" : "Allow",
          "Principal" : {
            "Service" : "logs.${data.aws_region.current.region}.amazonaws.com"
          },
          "Action" : ["kms:Encrypt", "kms:Decrypt"],
          "Resource" : "*"
      }] : [])
    }
  )
}
