import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/policies/keys.json:[4,5] IAM301 other-user-access: User alice can change '
        + 'another user\'s credentials: statement "KeysExceptAdmin" allows iam:CreateAccessKey on '
        + 'arn:aws:iam::123456789012:user/bob (MFA present (aws:MultiFactorAuthPresent=true)). '
        + 'Scope credential actions to arn:aws:iam::*:user/${aws:username}.')
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def f = report.findings.find { it.rule == 'IAM301' }
assert f.severity == 'error' && f.statement == 'KeysExceptAdmin'
assert f.counterexample.username == 'alice'
assert f.counterexample.action == 'iam:CreateAccessKey'
assert f.counterexample.resource == 'arn:aws:iam::123456789012:user/bob'
assert f.counterexample.context.'aws:MultiFactorAuthPresent' == 'true'
return true
