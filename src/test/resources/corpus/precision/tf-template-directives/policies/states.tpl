{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": "sns:Publish",
            "Resource": "${topic_arn}"
        }%{ if sns_topic_enable_cmk_encryption },
        {
            "Effect": "Allow",
            "Action": ["kms:GenerateDataKey*", "kms:Encrypt", "kms:Decrypt"],
            "Resource": "*"
        }
        %{ endif }
    ]
}
