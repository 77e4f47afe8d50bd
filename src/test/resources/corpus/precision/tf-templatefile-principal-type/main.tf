variable "trusted_entity_type" {
  type    = string
  default = "AWS"
}

variable "trusted_entity" {
  type = string
}

resource "aws_iam_role" "role" {
  name = "example"
  assume_role_policy = templatefile("${path.module}/policies/trust_policy.tpl", {
    trusted_entity_type = var.trusted_entity_type
    trusted_entity      = var.trusted_entity
  })
}
