variable "principals" {
  type    = map(list(string))
  default = {}
}

variable "assume_role_actions" {
  type    = list(string)
  default = ["sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"]
}

data "aws_iam_policy_document" "assume_role" {
  count = length(keys(var.principals))

  statement {
    effect  = "Allow"
    actions = var.assume_role_actions

    principals {
      type        = element(keys(var.principals), count.index)
      identifiers = var.principals[element(keys(var.principals), count.index)]
    }
  }
}

resource "aws_iam_role" "default" {
  name               = "example"
  assume_role_policy = data.aws_iam_policy_document.assume_role[0].json
}
