// Policy files for a scan longer than the progress interval the pom sets (1 ms) with one thread, generated
// rather than committed: each file takes far more than a millisecond, so lines come on any machine.
// Each file differs (its Sid, user path and bucket) so that no memo makes the files after the first free.
def res = new File(basedir, 'src/main/resources/iam')
res.mkdirs()
def files = 100
files.times { i ->
    new File(res, String.format('policy-%04d.json', i)).text = """{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "OwnCredentials${i}", "Effect": "Allow",
     "Action": ["iam:GetUser", "iam:ListAccessKeys", "iam:CreateAccessKey", "iam:DeleteAccessKey"],
     "Resource": "arn:aws:iam::*:user/team${i}/\${aws:username}"},
    {"Sid": "OwnObjects${i}", "Effect": "Allow",
     "Action": ["s3:GetObject", "s3:PutObject"],
     "Resource": "arn:aws:s3:::bucket-${i}/\${aws:username}/*"},
    {"Sid": "NoMfaNoAccess${i}", "Effect": "Deny",
     "NotAction": ["iam:GetUser", "iam:ListMFADevices", "iam:CreateVirtualMFADevice", "iam:EnableMFADevice"],
     "Resource": "*",
     "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}
  ]
}
"""
}
return true
