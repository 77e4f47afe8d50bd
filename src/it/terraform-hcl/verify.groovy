import groovy.json.JsonSlurper

// A Maven project with its Terraform module beside it: the self-manage policy of the developers' group is an
// aws_iam_policy_document whose access-key statement covers every user (user/*).
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] terraform/iam.tf:[29,18] IAM201 user-resource-wildcard: Statement "AllowManageOwnAccessKeys" '
        + 'allows iam:CreateAccessKey, iam:DeleteAccessKey, iam:UpdateAccessKey on '
        + 'arn:aws:iam::${data.aws_caller_identity.current.account_id}:user/* (every user\'s access keys). '
        + 'Scope it to arn:aws:iam::*:user/${aws:username}.')
assert log.contains('[WARNING] terraform/iam.tf:[29,18] IAM207 other-users-credential-reads: ')
// IAM301 cannot know the account id, so it reports the access as depending on that deploy-time value
assert log.contains('[WARNING] terraform/iam.tf:[20,3] IAM301 other-user-access: User alice can change another user\'s credentials: '
        + 'statement "AllowManageOwnAccessKeys" allows iam:CreateAccessKey on arn:aws:iam::123456789012:user/bob')
assert log.contains('if `${data.aws_caller_identity.current.account_id}` is `123456789012` (unknown template values)')
// the worker's trust policy, read by file(), is checked where the call is and in its own file
assert log.contains('[WARNING] terraform/main.tf:[64,24] IAM403 cross-account-trust-without-external-id: Statement[0] ')
assert log.contains('[WARNING] terraform/policies/worker-trust.json:[6,28] IAM403 cross-account-trust-without-external-id: ')
// what terraform init downloaded (.terraform/) is never scanned: its Action "*" would be an error
assert !log.contains('.terraform/')
assert log.contains('1 error, 4 warnings, 0 notes in 5 policies (5 files scanned')
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
assert report.policies.collect { it.file + ' ' + it.policyPath + ' ' + it.kind }.sort() == [
        'terraform/iam.tf data.aws_iam_policy_document.self_manage inline-group',
        'terraform/main.tf resource.aws_iam_policy.deploy.policy managed',
        'terraform/main.tf resource.aws_iam_role.worker.assume_role_policy = file(terraform/policies/worker-trust.json) trust',
        'terraform/main.tf resource.aws_iam_role.worker.inline_policy.policy inline-role',
        'terraform/policies/worker-trust.json  unknown']
def f = report.findings.find { it.rule == 'IAM201' }
assert f.file == 'terraform/iam.tf' && f.line == 29 && f.column == 18 && f.statement == 'AllowManageOwnAccessKeys'
// the jsonencode policy of main.tf and the worker's inline policy (a local) are checked and clean
assert !report.findings.any { it.file == 'terraform/main.tf' && it.rule != 'IAM403' }
return true
