# Elevated AWS managed policies attached by ARN (IAM111): error for a user, warning for a role.
data "aws_partition" "current" {}

resource "aws_iam_user_policy_attachment" "operator_admin" {
  user       = "operator"
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachment" "pipeline_power" {
  role       = "pipeline"
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_role_policy_attachment" "auditor_read" {
  role       = "auditor"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
