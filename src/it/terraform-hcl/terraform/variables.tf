variable "region" {
  description = "AWS region of the service"
  type        = string
  default     = "eu-west-1"
}

variable "developers" {
  description = "IAM user names of the developers who deploy the service"
  type        = set(string)
  default     = ["alice", "bob"]
}
