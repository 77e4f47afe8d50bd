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
assert log.contains('1 error, 2 warnings, 0 notes in 2 policies (4 files scanned')
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
assert report.policies.collect { it.file + ' ' + it.policyPath + ' ' + it.kind }.sort() == [
        'terraform/iam.tf data.aws_iam_policy_document.self_manage inline-group',
        'terraform/main.tf resource.aws_iam_policy.deploy.policy managed']
def f = report.findings.find { it.rule == 'IAM201' }
assert f.file == 'terraform/iam.tf' && f.line == 29 && f.column == 18 && f.statement == 'AllowManageOwnAccessKeys'
// the jsonencode policy of main.tf is checked and clean
assert !report.findings.any { it.file == 'terraform/main.tf' }
return true
