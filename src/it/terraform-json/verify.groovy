import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] terraform/main.tf.json:[7,19] IAM201 user-resource-wildcard: Statement "Keys" allows '
        + 'iam:CreateAccessKey on arn:aws:iam::${data.aws_caller_identity.current.account_id}:user/* (every user\'s '
        + 'access keys). Scope it to arn:aws:iam::*:user/${aws:username}.')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
assert report.policies*.policyPath.sort() == ['resource.aws_iam_policy.password.policy',
        'resource.aws_iam_user_policy.self_service.policy']
assert report.policies.find { it.policyPath.contains('user_policy') }.kind == 'inline-user'
// $${aws:username} is the policy variable: the password policy is self-scoped
assert !report.findings.any { it.policyPath == 'resource.aws_iam_policy.password.policy' && it.severity == 'error' }
return true
